import type { TFunction } from 'i18next';
import { EXTENSIONS_OF, MediaTypeSchema } from '../../../domain/evidence/media-types.ts';
import { formatFileSize } from '../../shared/file-size.ts';

/**
 * The server's default limits (KARPEAR_UPLOAD_MAX_FILE_BYTES / _REPORT_BYTES). Checking them
 * here spares a phone on mobile data an upload the server would refuse; the server checks
 * again and its answer is the one that counts.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_REPORT_BYTES = 100 * 1024 * 1024;
export const MAX_FILES = 20;

const EXTENSIONS = new Set(Object.values(EXTENSIONS_OF).flat());

/** The `accept` of the file input: every media type the server takes, and their names. */
export const ACCEPT = [
  ...MediaTypeSchema.options,
  ...[...EXTENSIONS].map((extension) => `.${extension}`),
].join(',');

const extensionOf = (name: string): string | null => {
  const match = /\.([^./\\]+)$/.exec(name);
  return match?.[1] ? match[1].toLowerCase() : null;
};

/** A file the server would refuse by its name alone (no name extension: the content decides). */
export const hasAcceptedName = (name: string): boolean => {
  const extension = extensionOf(name);
  return extension === null || EXTENSIONS.has(extension);
};

export type FileProblem = {
  reason: 'empty' | 'unknownType' | 'tooLarge' | 'reportFull' | 'tooMany';
  name: string;
};

/** A refused file, in the reader's language. */
export function problemMessage(problem: FileProblem, t: TFunction): string {
  const { name } = problem;
  switch (problem.reason) {
    case 'empty':
      return t('files.empty', { name });
    case 'unknownType':
      return t('files.unknownType', { name });
    case 'tooLarge':
      return t('files.tooLarge', { name, limit: formatFileSize(MAX_FILE_BYTES, t) });
    case 'reportFull':
      return t('files.reportFull', { name, limit: formatFileSize(MAX_REPORT_BYTES, t) });
    case 'tooMany':
      return t('files.tooMany', { name, limit: MAX_FILES });
  }
}

const sameFile = (a: File, b: File) =>
  a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/**
 * Adds newly picked files to those already chosen, leaving out (with the reason) any the
 * server would refuse: empty, too big, of a kind it does not take, or past the total of a
 * report. A file picked twice is kept once.
 */
export function addFiles(
  chosen: readonly File[],
  picked: readonly File[],
): { files: File[]; problems: FileProblem[] } {
  const files = [...chosen];
  const problems: FileProblem[] = [];
  let total = files.reduce((sum, file) => sum + file.size, 0);
  for (const file of picked) {
    const refuse = (reason: FileProblem['reason']) => problems.push({ reason, name: file.name });
    if (files.some((earlier) => sameFile(earlier, file))) continue;
    if (file.size === 0) refuse('empty');
    else if (!hasAcceptedName(file.name)) refuse('unknownType');
    else if (file.size > MAX_FILE_BYTES) refuse('tooLarge');
    else if (total + file.size > MAX_REPORT_BYTES) refuse('reportFull');
    else if (files.length >= MAX_FILES) refuse('tooMany');
    else {
      files.push(file);
      total += file.size;
    }
  }
  return { files, problems };
}
