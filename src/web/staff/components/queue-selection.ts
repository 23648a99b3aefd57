import { useState } from 'react';

/** The selection with `id` added, or taken out if it was in. */
export function toggleOne(selection: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(selection);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** "Select all on this page": all of `ids` in, or, when they all were, all of them out. */
export function toggleAll(selection: ReadonlySet<string>, ids: readonly string[]): Set<string> {
  const next = new Set(selection);
  const every = ids.length > 0 && ids.every((id) => next.has(id));
  for (const id of ids) {
    if (every) next.delete(id);
    else next.add(id);
  }
  return next;
}

/** The "select all" box: ticked, half-ticked (some) or empty. */
export type PageSelection = { chosen: string[]; all: boolean; some: boolean };

/**
 * What is selected among the rows shown. An item selected earlier that the list no longer
 * shows (another analyst handled it, the list was fetched again) does not count: a bulk
 * action only ever touches rows the analyst can see.
 */
export function pageSelection(
  selection: ReadonlySet<string>,
  ids: readonly string[],
): PageSelection {
  const chosen = ids.filter((id) => selection.has(id));
  return {
    chosen,
    all: ids.length > 0 && chosen.length === ids.length,
    some: chosen.length > 0 && chosen.length < ids.length,
  };
}

export type QueueSelection = {
  selected: ReadonlySet<string>;
  toggle: (id: string) => void;
  toggleAll: (ids: readonly string[]) => void;
  clear: () => void;
};

/**
 * The rows ticked in a queue. `view` names what the queue shows (its filters and page);
 * when it changes the selection starts empty, so an action never reaches rows out of sight.
 */
export function useQueueSelection(view: string): QueueSelection {
  const [state, setState] = useState<{ view: string; selected: ReadonlySet<string> }>({
    view,
    selected: new Set(),
  });
  // Adjusting state while rendering (not in an effect) so no frame shows the old selection.
  if (state.view !== view) setState({ view, selected: new Set() });
  const selected = state.view === view ? state.selected : new Set<string>();
  return {
    selected,
    toggle: (id) => setState((prev) => ({ view, selected: toggleOne(prev.selected, id) })),
    toggleAll: (ids) => setState((prev) => ({ view, selected: toggleAll(prev.selected, ids) })),
    clear: () => setState({ view, selected: new Set() }),
  };
}
