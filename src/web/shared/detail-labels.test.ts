import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { detailAnswers, formatAmount } from './detail-labels.ts';

// A stand-in translator that returns the key, so tests can assert which label was chosen.
const t = ((key: string) => key) as unknown as TFunction;

describe('the answers of a report as an analyst reads them', () => {
  it('come in the order they were asked, labelled, with the currency in the amount', () => {
    const details = {
      paymentChannel: 'aba',
      currency: 'KHR',
      amount: 500000,
      transferredAt: '2026-01-05',
      addedLater: 'kept',
    };
    expect(detailAnswers('money-scam', details, t, 'en')).toEqual([
      { field: 'amount', label: 'details.fields.amount.label', value: '500,000 ៛' },
      {
        field: 'paymentChannel',
        label: 'details.fields.paymentChannel.label',
        value: 'details.options.paymentChannel.aba',
      },
      {
        field: 'transferredAt',
        label: 'details.fields.transferredAt.label',
        value: 'January 5, 2026',
      },
      { field: 'addedLater', label: 'addedLater', value: 'kept' },
    ]);
  });

  it('write dollars before the number and riel after it', () => {
    expect(formatAmount(50, 'USD')).toBe('$50');
    expect(formatAmount(1250000.5, 'KHR')).toBe('1,250,000.5 ៛');
    expect(formatAmount(12, undefined)).toBe('12');
  });
});
