import { describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../../../domain/evidence/evidence.schemas.ts';
import { availableActions } from './evidence-actions.ts';

const item = (state: EvidenceItem['state'], legalHold = false) =>
  ({ state, legalHold }) as EvidenceItem;
const analyst = { handle: true, unseal: false, destroy: false };
const coordinator = { handle: true, unseal: true, destroy: true };

describe('availableActions', () => {
  it('offers what the role may do and the state allows', () => {
    expect(availableActions(item('active'), analyst)).toEqual(['seal', 'hold', 'transfer']);
    expect(availableActions(item('sealed'), analyst)).toEqual(['hold', 'transfer']);
    expect(availableActions(item('sealed', true), coordinator)).toEqual([
      'unseal',
      'release',
      'transfer',
    ]);
    expect(availableActions(item('active'), coordinator)).toEqual([
      'seal',
      'hold',
      'transfer',
      'destroy',
    ]);
    expect(availableActions(item('destroyed'), coordinator)).toEqual([]);
    expect(
      availableActions(item('active'), { handle: false, unseal: false, destroy: false }),
    ).toEqual([]);
  });
});
