import type { TFunction } from 'i18next';
import { ApiError } from './api-client.ts';

/** What to tell a person about a failed call: the server's localised message when there is one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.serverMessage) return error.serverMessage;
    if (error.status === 0) return t('errors.network');
    if (error.status === 429) return t('errors.rateLimited');
  }
  return t('errors.unexpected');
}

/** Server field errors keyed by dotted path (`contact.email`), whatever separator it used. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byPath: Record<string, string> = {};
  for (const field of error.fields) {
    const path = field.path.replace(/^[/.]+/, '').replace(/[/]/g, '.');
    byPath[path] ??= field.message;
  }
  return byPath;
}
