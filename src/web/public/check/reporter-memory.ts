import type { ReporterCredentials } from '../evidence/upload-file.ts';

/**
 * The tracking code and secret of the report sent from this page, held in memory only:
 * never in the URL, nor in any storage, so they are gone when the tab is closed or
 * reloaded. The check page uses them to open that report without retyping.
 */
let remembered: ReporterCredentials | null = null;

export const rememberCredentials = (credentials: ReporterCredentials): void => {
  remembered = credentials;
};

export const rememberedCredentials = (): ReporterCredentials | null => remembered;
