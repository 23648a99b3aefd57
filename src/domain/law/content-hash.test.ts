import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, sha256Hex } from './content-hash.ts';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('content hash', () => {
  it('computes the SHA-256 that node:crypto computes, across block boundaries and in Khmer', () => {
    const texts = [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'a'.repeat(1000),
      'ក្រមព្រហ្មទណ្ឌ មាត្រា ៤២៧',
    ];
    for (const text of texts) expect(sha256Hex(text), text).toBe(nodeSha256(text));
    expect(sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('hashes content, not key order', () => {
    expect(canonicalJson({ b: 1, a: [{ y: null, x: 'km' }] })).toBe(
      '{"a":[{"x":"km","y":null}],"b":1}',
    );
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});
