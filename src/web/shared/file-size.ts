import type { TFunction } from 'i18next';

/** "2.5 MB", "740 KB", in the reader's language (binary units, as phones show them). */
export function formatFileSize(bytes: number, t: TFunction): string {
  if (bytes >= 1024 * 1024) {
    const size = Math.round((bytes / (1024 * 1024)) * 10) / 10;
    return t('files.sizeMb', { size });
  }
  if (bytes >= 1024) return t('files.sizeKb', { size: Math.round(bytes / 1024) });
  return t('files.sizeBytes', { size: bytes });
}
