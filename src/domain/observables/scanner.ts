import type { ObservableType } from './observable.schemas.ts';

/** An observable found in the scanned (refanged, ASCII-digit) text: [start, end). */
export type Found = { type: ObservableType; value: string; start: number; end: number };

/**
 * The text being scanned and what has been found so far. Matchers run in order of
 * specificity; a span claimed by one (a URL, an e-mail address) is not matched again by
 * a later, looser one (a domain, a phone).
 */
export type Scanner = {
  text: string;
  found: Found[];
  /** Treat every number as written next to an account keyword (an "account" answer). */
  accountContext: boolean;
  isFree(start: number, end: number): boolean;
  claim(start: number, end: number): void;
  add(found: Found, claim?: boolean): void;
};

export function createScanner(text: string, accountContext: boolean): Scanner {
  const claimed = new Uint8Array(text.length + 1);
  const scanner: Scanner = {
    text,
    found: [],
    accountContext,
    isFree(start, end) {
      for (let i = start; i < end; i += 1) if (claimed[i]) return false;
      return true;
    },
    claim(start, end) {
      claimed.fill(1, start, end);
    },
    add(found, claim = true) {
      scanner.found.push(found);
      if (claim) scanner.claim(found.start, found.end);
    },
  };
  return scanner;
}

/** Trailing punctuation that ends a sentence rather than a link; unbalanced ) and ] too. */
export function trimTrailing(candidate: string): string {
  let out = candidate;
  for (;;) {
    const last = out.at(-1);
    if (last === undefined) return out;
    if ('.,;:!?\'"*'.includes(last)) out = out.slice(0, -1);
    else if (last === ')' && count(out, '(') < count(out, ')')) out = out.slice(0, -1);
    else if (last === ']' && count(out, '[') < count(out, ']')) out = out.slice(0, -1);
    else return out;
  }
}

const count = (text: string, char: string): number => text.split(char).length - 1;
