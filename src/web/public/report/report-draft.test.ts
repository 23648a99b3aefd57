import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_REPORT_FORM } from './report-form.ts';
import { clearDraft, loadDraft, saveDraft } from './report-draft.ts';

describe('the report draft', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    store = new Map();
    vi.stubGlobal('window', {
      localStorage: {
        getItem: (key: string) => store.get(key) ?? null,
        setItem: (key: string, value: string) => void store.set(key, value),
        removeItem: (key: string) => void store.delete(key),
      },
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('comes back as it was typed, answers included', () => {
    const values = {
      ...EMPTY_REPORT_FORM,
      incidentType: 'money-scam' as const,
      details: { amount: '៥០០ ០០០', paymentChannel: 'aba' },
      description: 'ខ្ញុំបានផ្ទេរប្រាក់',
    };
    saveDraft(values);
    expect(loadDraft()).toEqual(values);
    clearDraft();
    expect(loadDraft()).toBeNull();
  });

  it('is not kept while the form is empty, and a damaged one is ignored', () => {
    saveDraft(EMPTY_REPORT_FORM);
    expect(store.size).toBe(0);
    store.set('karpear.reportDraft', '{"version":1,"values":{"incidentType":"nope"}}');
    expect(loadDraft()).toBeNull();
    store.set('karpear.reportDraft', 'not json');
    expect(loadDraft()).toBeNull();
  });
});
