import { describe, expect, it } from 'vitest';
import {
  detectMediaType,
  extensionOf,
  findMediaMismatch,
  refineMediaType,
} from './content-type.ts';
import { peekHead, requireUtf8Text } from './stream-head.ts';
import { AppError } from '../errors.ts';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
    ),
  );

/** An ISO base media file's first box: ftyp with a major brand and compatible brands. */
function ftyp(major: string, ...compatible: string[]) {
  const box = Buffer.alloc(16 + 4 * compatible.length);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(64)]);
}

/** A ZIP local file header for an empty stored entry. */
function zipEntry(name: string) {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, Buffer.from(name, 'latin1')]);
}

const SAMPLES: [string, Buffer, string][] = [
  ['PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13], 'IHDR'), 'image/png'],
  ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF\0'), 'image/jpeg'],
  ['GIF', bytes('GIF89a', [1, 0, 1, 0]), 'image/gif'],
  ['WebP', bytes('RIFF', [30, 0, 0, 0], 'WEBPVP8L'), 'image/webp'],
  ['HEIC', ftyp('heic', 'mif1', 'heic'), 'image/heic'],
  ['HEIF with a HEIC brand', ftyp('mif1', 'heic'), 'image/heic'],
  ['AVIF', ftyp('avif', 'mif1'), 'image/avif'],
  ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'application/pdf'],
  ['ZIP', Buffer.concat([zipEntry('photos/1.jpg')]), 'application/zip'],
  [
    'Word',
    Buffer.concat([
      zipEntry('[Content_Types].xml'),
      zipEntry('_rels/.rels'),
      zipEntry('word/document.xml'),
    ]),
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ],
  [
    'Excel',
    Buffer.concat([zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')]),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ],
  ['M4A voice note', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'audio/mp4'],
  ['MP4 video', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), 'video/mp4'],
  ['QuickTime', ftyp('qt  ', 'qt  '), 'video/quicktime'],
  ['3GP recording', ftyp('3gp4', 'isom', '3gp4'), 'video/3gpp'],
  ['Ogg Opus', bytes('OggS\0\x02', Array(20).fill(0) as number[], 'OpusHead'), 'audio/ogg'],
  ['MP3 with ID3', bytes('ID3\x04\0\0\0\0\0\0'), 'audio/mpeg'],
  ['MP3 frame', bytes([0xff, 0xfb, 0x90, 0x64]), 'audio/mpeg'],
  ['AMR', bytes('#!AMR\n', [0x3c]), 'audio/amr'],
  ['WAV', bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '), 'audio/wav'],
];

describe('detectMediaType', () => {
  it.each(SAMPLES)('recognises %s by its magic bytes', (_name, head, type) => {
    expect(detectMediaType(head, false)).toBe(type);
  });

  it('reads Khmer and English UTF-8 as plain text, even cut mid-character', () => {
    const khmer = Buffer.from('ខ្ញុំបានទទួលសារក្លែងបន្លំពីធនាគារ ABA\r\nលេខ ០១២ ៣៤៥ ៦៧៨\n', 'utf8');
    expect(detectMediaType(khmer, true)).toBe('text/plain');
    // A head that ends inside a three-byte Khmer character is still text.
    expect(detectMediaType(khmer.subarray(0, 7), false)).toBe('text/plain');
    expect(detectMediaType(khmer.subarray(0, 7), true)).toBeNull();
    expect(detectMediaType(Buffer.from('\uFEFFhello\tworld\n'), true)).toBe('text/plain');
  });

  it('recognises a saved e-mail by its header block', () => {
    const eml = [
      'Return-Path: <alerts@aba-secure.example>',
      'Received: from mail.example (mail.example [203.0.113.5])',
      '\tby mx.example with ESMTP; Tue, 24 Nov 2026 10:00:00 +0700',
      'From: "ABA Bank" <alerts@aba-secure.example>',
      'Subject: =?UTF-8?B?4Z6i4Z6E4Z+S4Z6C4Z6b?=',
      'MIME-Version: 1.0',
      '',
      'Your account is locked.',
    ].join('\r\n');
    expect(detectMediaType(Buffer.from(eml), true)).toBe('message/rfc822');
    const mbox = `From alerts@example Tue Nov 24 10:00:00 2026\n${eml}`;
    expect(detectMediaType(Buffer.from(mbox), true)).toBe('message/rfc822');
    // One header-like line in a note is not an e-mail.
    expect(detectMediaType(Buffer.from('Subject: my phone was stolen\n\nHelp'), true)).toBe(
      'text/plain',
    );
  });

  it('refuses unknown binaries, text with NUL or control bytes, and an empty head', () => {
    expect(detectMediaType(Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), false)).toBeNull(); // MZ (.exe)
    expect(detectMediaType(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), false)).toBeNull(); // ELF
    expect(detectMediaType(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), false)).toBeNull(); // OLE
    expect(detectMediaType(Buffer.from('<svg onload="x">\0'), true)).toBeNull();
    expect(detectMediaType(Buffer.from('abc\u0007def'), true)).toBeNull();
    expect(detectMediaType(Buffer.from([0xc3, 0x28, 0x41]), true)).toBeNull(); // not UTF-8
    expect(detectMediaType(Buffer.alloc(0), true)).toBeNull();
    expect(detectMediaType(ftyp('zzzz'), false)).toBeNull();
  });
});

describe('findMediaMismatch', () => {
  it('accepts names and declared types that agree, in any case, and those that claim nothing', () => {
    const agree = (
      type: Parameters<typeof findMediaMismatch>[0],
      name: string | null,
      declared: string | null,
    ) => findMediaMismatch(type, { name, declaredType: declared });
    expect(agree('image/jpeg', 'IMG_2041.JPG', 'image/jpeg')).toBeNull();
    expect(agree('image/jpeg', 'photo.jpeg', 'image/pjpeg')).toBeNull();
    expect(agree('image/png', 'រូបថតអេក្រង់.png', 'application/octet-stream')).toBeNull();
    expect(agree('image/png', 'screenshot', null)).toBeNull();
    expect(agree('message/rfc822', 'phish.eml', 'message/rfc822')).toBeNull();
    expect(
      agree(
        'application/zip',
        'contract.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ),
    ).toBeNull();
    expect(agree('video/mp4', 'voice.m4a', 'audio/x-m4a')).toBeNull();
    expect(agree('text/plain', 'page.html', 'text/html')).toBeNull();
  });

  it('names the claim that contradicts the content', () => {
    expect(
      findMediaMismatch('image/png', { name: 'invoice.pdf', declaredType: 'application/pdf' }),
    ).toEqual({
      claimedBy: 'name',
      claim: '.pdf',
    });
    expect(findMediaMismatch('text/plain', { name: 'setup.exe', declaredType: null })).toEqual({
      claimedBy: 'name',
      claim: '.exe',
    });
    expect(findMediaMismatch('image/jpeg', { name: 'photo', declaredType: 'image/png' })).toEqual({
      claimedBy: 'declared-type',
      claim: 'image/png',
    });
  });

  it('takes the extension from the end of the name only', () => {
    expect(extensionOf('report.final.PDF')).toBe('pdf');
    expect(extensionOf('photo.jpeg (1)')).toBeNull();
    expect(extensionOf('no-extension')).toBeNull();
  });

  it('calls an MP4 container named .m4a a voice note', () => {
    expect(refineMediaType('video/mp4', { name: 'note.m4a', declaredType: null })).toBe(
      'audio/mp4',
    );
    expect(refineMediaType('video/mp4', { name: 'clip.mp4', declaredType: 'video/mp4' })).toBe(
      'video/mp4',
    );
  });
});

async function* chunks(...parts: Uint8Array[]) {
  for (const part of parts) yield part;
}

async function collect(source: AsyncIterable<Uint8Array>) {
  const out: Uint8Array[] = [];
  for await (const chunk of source) out.push(chunk);
  return Buffer.concat(out);
}

describe('streams', () => {
  it('peeks at the head and replays the whole stream', async () => {
    const whole = Buffer.from('0123456789abcdef');
    const { head, complete, stream } = await peekHead(
      chunks(whole.subarray(0, 3), whole.subarray(3, 9), whole.subarray(9)),
      5,
    );
    expect(head.toString()).toBe('01234');
    expect(complete).toBe(false);
    expect((await collect(stream)).toString()).toBe(whole.toString());
    const small = await peekHead(chunks(Buffer.from('ab')), 5);
    expect(small.complete).toBe(true);
    expect((await collect(small.stream)).toString()).toBe('ab');
  });

  it('passes UTF-8 split across chunks and refuses bytes that are not', async () => {
    const khmer = Buffer.from('សួស្ដី', 'utf8');
    const ok = await collect(requireUtf8Text(chunks(khmer.subarray(0, 4), khmer.subarray(4))));
    expect(ok.toString('utf8')).toBe('សួស្ដី');
    await expect(
      collect(requireUtf8Text(chunks(Buffer.from('fine'), Buffer.from([0xff])))),
    ).rejects.toThrow(AppError);
    await expect(collect(requireUtf8Text(chunks(Buffer.from([0xe1, 0x9e]))))).rejects.toMatchObject(
      {
        code: 'unsupported_media_type',
      },
    );
    await expect(collect(requireUtf8Text(chunks(Buffer.from('a\0b'))))).rejects.toMatchObject({
      params: { reason: 'not_utf8' },
    });
  });
});
