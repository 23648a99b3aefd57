import { describe, expect, it } from 'vitest';
import { summariseBulk } from './bulk-outcome.ts';
import { pageSelection, toggleAll, toggleOne } from './queue-selection.ts';

describe('selecting rows', () => {
  it('ticks and unticks one', () => {
    const once = toggleOne(new Set(), 'a');
    expect([...once]).toEqual(['a']);
    expect([...toggleOne(once, 'a')]).toEqual([]);
  });

  it('selects all on the page, or unselects them when all were', () => {
    const page = ['a', 'b', 'c'];
    expect([...toggleAll(new Set(['b']), page)].sort()).toEqual(page);
    expect([...toggleAll(new Set(page), page)]).toEqual([]);
    // Rows of another page stay as they were.
    expect([...toggleAll(new Set(['z']), page)].sort()).toEqual(['a', 'b', 'c', 'z']);
    expect([...toggleAll(new Set(['z', ...page]), page)]).toEqual(['z']);
  });

  it('counts only rows still shown, and says whether all or some are ticked', () => {
    expect(pageSelection(new Set(['b', 'gone']), ['a', 'b'])).toEqual({
      chosen: ['b'],
      all: false,
      some: true,
    });
    expect(pageSelection(new Set(['a', 'b']), ['a', 'b'])).toEqual({
      chosen: ['a', 'b'],
      all: true,
      some: false,
    });
    expect(pageSelection(new Set(), [])).toEqual({ chosen: [], all: false, some: false });
  });
});

describe('the outcome of a bulk action', () => {
  it('counts what was done and names what was not, by reference', () => {
    const names = new Map([
      ['1', 'INC-000042'],
      ['2', 'INC-000043'],
      ['3', 'INC-000044'],
    ]);
    const summary = summariseBulk(
      [
        { id: '1', outcome: 'done' },
        { id: '2', outcome: 'conflict' },
        { id: '3', outcome: 'done' },
        { id: '4', outcome: 'not_found' },
      ],
      (id) => names.get(id) ?? id,
    );
    expect(summary).toEqual({
      done: 2,
      refused: [
        { id: '2', name: 'INC-000043', outcome: 'conflict' },
        { id: '4', name: '4', outcome: 'not_found' },
      ],
    });
  });
});
