import { useEffect, useEffectEvent, type RefObject } from 'react';

/** What a key pressed in a queue asks for. */
export type QueueKeyAction =
  'next' | 'previous' | 'open' | 'toggle' | 'search' | 'leave-search' | 'help';

/** Where the focus is when a key is pressed: on a row, on something inside one, or elsewhere. */
export type QueueFocus = 'row' | 'in-row' | 'elsewhere';

/** The parts of a key press the shortcuts depend on. */
export type QueueKeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focus is in a field that takes text: the key is typed, never a shortcut. */
  typing: boolean;
  /** That field is the queue's search field. */
  inSearch: boolean;
  focus: QueueFocus;
};

/**
 * The shortcuts of mail and ticket tools: j/k (and the arrows on a row) move, Enter or o
 * opens, x selects, / searches and Esc leaves the search, ? lists them. Nothing while typing
 * or with Ctrl, Alt or ⌘ (those belong to the browser and the system); Shift is allowed,
 * since "?" needs it.
 */
export function queueKeyAction(press: QueueKeyPress): QueueKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.inSearch && press.key === 'Escape') return 'leave-search';
  if (press.typing) return null;
  const onRow = press.focus !== 'elsewhere';
  switch (press.key) {
    case 'j':
      return 'next';
    case 'k':
      return 'previous';
    case 'ArrowDown':
      return onRow ? 'next' : null;
    case 'ArrowUp':
      return onRow ? 'previous' : null;
    // On a link or a checkbox inside the row, Enter does what it does there.
    case 'Enter':
      return press.focus === 'row' ? 'open' : null;
    case 'o':
      return onRow ? 'open' : null;
    case 'x':
      return onRow ? 'toggle' : null;
    case '/':
      return 'search';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** Input types that take no text: a key pressed on them may be a shortcut. */
const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** The parts of the focused element that say whether it takes text. */
export type FocusedElement = { tagName: string; type?: string; isContentEditable?: boolean };

/** Whether a key pressed on this element is typed into it. */
export function isTypingTarget(element: FocusedElement): boolean {
  if (element.isContentEditable) return true;
  switch (element.tagName.toUpperCase()) {
    case 'TEXTAREA':
    case 'SELECT':
      return true;
    case 'INPUT':
      return !NOT_TEXT.has((element.type ?? 'text').toLowerCase());
    default:
      return false;
  }
}

/**
 * The row to focus after j or k: the first one when none has the focus yet; the first and
 * the last stay where they are (no wrapping round, which loses one's place). Null when the
 * queue is empty.
 */
export function nextRowIndex(
  current: number | null,
  action: 'next' | 'previous',
  count: number,
): number | null {
  if (count <= 0) return null;
  if (current === null) return 0;
  const next = action === 'next' ? current + 1 : current - 1;
  return Math.min(Math.max(next, 0), count - 1);
}

/** The attribute every row of a queue carries (`data-queue-row`), so the keys find the rows. */
const ROW = '[data-queue-row]';

type QueueKeysOptions = {
  /** The list or table that holds the rows (each with `data-queue-row`). */
  rows: RefObject<HTMLElement | null>;
  /** The id of the queue's search field, which "/" focuses. */
  searchId: string;
  onOpen: (index: number) => void;
  /** Selecting a row; left out when the reader may take no action on several at once. */
  onToggle?: (index: number) => void;
  onHelp: () => void;
};

/**
 * Keyboard navigation of a queue. The focus itself is the current row (each row is
 * focusable and shows a ring), so a screen reader follows it and Tab goes on from there.
 */
export function useQueueKeys({ rows, searchId, onOpen, onToggle, onHelp }: QueueKeysOptions): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    // A dialog (the help, a bulk action) holds the focus while open, and has keys of its own.
    if (target?.closest('[role="dialog"], [aria-modal="true"]')) return;
    const container = rows.current;
    const list = container ? Array.from(container.querySelectorAll<HTMLElement>(ROW)) : [];
    const row = target?.closest<HTMLElement>(ROW) ?? null;
    const current = row ? list.indexOf(row) : -1;
    const focus: QueueFocus = current < 0 ? 'elsewhere' : row === target ? 'row' : 'in-row';
    const action = queueKeyAction({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      typing: target ? isTypingTarget(target) : false,
      inSearch: target?.id === searchId,
      focus,
    });
    if (action === null) return;
    if (action === 'toggle' && !onToggle) return;
    event.preventDefault();
    switch (action) {
      case 'next':
      case 'previous': {
        const index = nextRowIndex(current < 0 ? null : current, action, list.length);
        if (index !== null) list[index]?.focus();
        return;
      }
      case 'open':
        return onOpen(current);
      case 'toggle':
        return onToggle?.(current);
      case 'search':
        return document.getElementById(searchId)?.focus();
      case 'leave-search':
        // Back to the page, so j/k start again from the first row.
        return target?.blur();
      case 'help':
        return onHelp();
    }
  });

  useEffect(() => {
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
