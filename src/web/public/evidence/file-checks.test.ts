import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ACCEPT, MAX_FILE_BYTES, addFiles, hasAcceptedName } from './file-checks.ts';

const fileOf = (name: string, size: number, lastModified = 1): File =>
  ({ name, size, lastModified }) as File;

describe('choosing evidence files', () => {
  it('accepts the kinds of file the server takes, by type and by name', () => {
    for (const part of ['image/png', 'application/pdf', 'message/rfc822', '.eml', '.m4a', '.txt']) {
      expect(ACCEPT.split(',')).toContain(part);
    }
    expect(hasAcceptedName('ស្គ្រីនស៊ុត.PNG')).toBe(true);
    expect(hasAcceptedName('photo')).toBe(true);
    expect(hasAcceptedName('setup.exe')).toBe(false);
  });

  it('leaves out empty, unknown and oversized files, and keeps a file picked twice once', () => {
    const screenshot = fileOf('screenshot.png', 2048);
    const { files, problems } = addFiles(
      [screenshot],
      [
        screenshot,
        fileOf('empty.txt', 0),
        fileOf('virus.exe', 10),
        fileOf('video.mp4', MAX_FILE_BYTES + 1),
        fileOf('receipt.pdf', 1000),
      ],
    );
    expect(files.map((file) => file.name)).toEqual(['screenshot.png', 'receipt.pdf']);
    expect(problems).toEqual([
      { reason: 'empty', name: 'empty.txt' },
      { reason: 'unknownType', name: 'virus.exe' },
      { reason: 'tooLarge', name: 'video.mp4' },
    ]);
  });

  it('stops at the total a report may hold', () => {
    const big = (n: number) => fileOf(`part-${n}.mp4`, 24 * 1024 * 1024, n);
    const { files, problems } = addFiles([], [big(1), big(2), big(3), big(4), big(5)]);
    expect(files).toHaveLength(4);
    expect(problems).toEqual([{ reason: 'reportFull', name: 'part-5.mp4' }]);
  });

  it('words a size in the reader’s units', async () => {
    const { formatFileSize } = await import('../../shared/file-size.ts');
    const t = ((key: string, values: { size: number }) => `${values.size} ${key}`) as TFunction;
    expect(formatFileSize(25 * 1024 * 1024, t)).toBe('25 files.sizeMb');
    expect(formatFileSize(1536, t)).toBe('2 files.sizeKb');
  });
});
