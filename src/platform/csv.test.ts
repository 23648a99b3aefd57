import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes commas, quotes and new lines, and starts with a BOM for Khmer in Excel', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['ខ្ញុំ, "ABA"', 'line\nbreak'],
        [42, null],
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"ខ្ញុំ, ""ABA""","line\nbreak"\r\n42,\r\n');
  });

  it.each(['=HYPERLINK("http://x")', '+855 12 345 678', '-1+2', '@SUM(A1)', '\tcmd'])(
    'defuses a formula in %j',
    (cell) => {
      const csv = toCsv(['h'], [[cell]]);
      const value = csv.split('\r\n')[1]!;
      expect(value.replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );
});
