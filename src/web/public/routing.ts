import { useSyncExternalStore } from 'react';

/**
 * The public site has three pages, so it uses the History API directly rather than a router
 * library: every kilobyte counts on a low-end phone on mobile data.
 */
const listeners = new Set<() => void>();
let navigatedInApp = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentPath = (): string => window.location.pathname.replace(/\/+$/, '') || '/';

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

/** Goes to another page of the site; `state` travels in history.state (never in the URL). */
export function navigate(to: string, state: Record<string, string> | null = null): void {
  window.history.pushState(state, '', to);
  navigatedInApp = true;
  window.scrollTo(0, 0);
  for (const listener of listeners) listener();
}

/** True once the visitor has moved between pages: then the new page's heading takes focus. */
export const hasNavigatedInApp = (): boolean => navigatedInApp;

/** A string that the previous page passed along with navigate(). */
export function historyValue(key: string): string {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null) return '';
  const value: unknown = (state as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
}
