import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  nextRowIndex,
  queueKeyAction,
  type QueueFocus,
  type QueueKeyPress,
} from './use-queue-keys.ts';

const press = (key: string, focus: QueueFocus = 'elsewhere', more: Partial<QueueKeyPress> = {}) =>
  queueKeyAction({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    typing: false,
    inSearch: false,
    focus,
    ...more,
  });

describe('the queue shortcuts', () => {
  it('move with j and k from anywhere, and with the arrows only on a row', () => {
    expect(press('j')).toBe('next');
    expect(press('k')).toBe('previous');
    expect(press('ArrowDown')).toBeNull();
    expect(press('ArrowUp')).toBeNull();
    expect(press('ArrowDown', 'row')).toBe('next');
    expect(press('ArrowUp', 'in-row')).toBe('previous');
  });

  it('open with Enter on the row itself, and with o on or in it', () => {
    expect(press('Enter', 'row')).toBe('open');
    // On the row's link or checkbox, Enter keeps its own meaning.
    expect(press('Enter', 'in-row')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('o', 'in-row')).toBe('open');
    expect(press('o')).toBeNull();
  });

  it('select with x only when a row has the focus', () => {
    expect(press('x', 'row')).toBe('toggle');
    expect(press('x', 'in-row')).toBe('toggle');
    expect(press('x')).toBeNull();
  });

  it('search with / and list the shortcuts with ? (typed with Shift)', () => {
    expect(press('/')).toBe('search');
    // "?" is typed with Shift, which is not among the modifiers that turn shortcuts off.
    expect(press('?')).toBe('help');
  });

  it('leave the search field with Esc, and only that field', () => {
    expect(press('Escape', 'elsewhere', { typing: true, inSearch: true })).toBe('leave-search');
    expect(press('Escape', 'elsewhere', { typing: true })).toBeNull();
    expect(press('Escape')).toBeNull();
  });

  it('never fire while typing, nor with Ctrl, Alt or ⌘', () => {
    for (const key of ['j', 'k', 'x', 'o', '/', '?', 'Enter', 'ArrowDown']) {
      expect(press(key, 'row', { typing: true }), key).toBeNull();
      expect(press(key, 'elsewhere', { typing: true, inSearch: true }), key).toBeNull();
      expect(press(key, 'row', { ctrlKey: true }), key).toBeNull();
      expect(press(key, 'row', { metaKey: true }), key).toBeNull();
      expect(press(key, 'row', { altKey: true }), key).toBeNull();
    }
  });

  it('ignore other keys, and capitals (J is not j)', () => {
    expect(press('J', 'row')).toBeNull();
    expect(press('a', 'row')).toBeNull();
    expect(press(' ', 'row')).toBeNull();
    expect(press('Tab', 'row')).toBeNull();
  });
});

describe('typing in a field', () => {
  it('is any text input, a text area, a select or an editable element', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingTarget({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'number' })).toBe(true);
    expect(isTypingTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  it('is not a checkbox, a button, a link or a row', () => {
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'radio' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'A' })).toBe(false);
    expect(isTypingTarget({ tagName: 'TR' })).toBe(false);
    expect(isTypingTarget({ tagName: 'BODY', isContentEditable: false })).toBe(false);
  });
});

describe('the next row', () => {
  it('is the first when none has the focus yet', () => {
    expect(nextRowIndex(null, 'next', 5)).toBe(0);
    expect(nextRowIndex(null, 'previous', 5)).toBe(0);
  });

  it('is one down or up, stopping at the ends', () => {
    expect(nextRowIndex(0, 'next', 5)).toBe(1);
    expect(nextRowIndex(3, 'previous', 5)).toBe(2);
    expect(nextRowIndex(4, 'next', 5)).toBe(4);
    expect(nextRowIndex(0, 'previous', 5)).toBe(0);
  });

  it('stays inside a list that got shorter, and is none in an empty one', () => {
    expect(nextRowIndex(9, 'next', 3)).toBe(2);
    expect(nextRowIndex(null, 'next', 0)).toBeNull();
  });
});
