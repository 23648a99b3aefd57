import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ENTRY = new URL('../../../bin/karpear.js', import.meta.url).pathname;
const dir = mkdtempSync(path.join(tmpdir(), 'karpear-audit-cli-'));
const env = { KARPEAR_DATA_DIR: path.join(dir, 'data') };

function karpear(args: string[]) {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.DATABASE_URL;
  const result = spawnSync(process.execPath, [ENTRY, ...args], {
    env: childEnv,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

type Line = Record<string, unknown> & { type: string; seq?: number };
let exported: Line[];
const exportFile = path.join(dir, 'audit.ndjson');

/** Writes the export with `change` applied to its lines, and verifies that file. */
function verifyChanged(name: string, change: (lines: Line[]) => Line[], extra: string[] = []) {
  const file = path.join(dir, `${name}.ndjson`);
  const lines = change(exported.map((line) => ({ ...line })));
  writeFileSync(file, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
  return karpear(['audit', 'verify', file, ...extra]);
}
const events = (lines: Line[]) => lines.filter((line) => line.type === 'event');
const eventAt = (lines: Line[], seq: number) =>
  lines.find((line) => line.seq === seq && line.type === 'event')!;

beforeAll(() => {
  const add = (email: string) =>
    karpear(['users', 'add', '--email', email, '--name', 'N', '--role', 'analyst']);
  expect(add('one@cert.example').code).toBe(0);
  expect(add('two@cert.example').code).toBe(0);
  expect(karpear(['audit', 'checkpoint']).stdout).toMatch(/^signed seq 2 hash [0-9a-f]{64} at /);
  expect(add('three@cert.example').code).toBe(0);
  expect(add('four@cert.example').code).toBe(0);
  const checkpoint = karpear(['audit', 'checkpoint', '--json']);
  expect(JSON.parse(checkpoint.stdout)).toMatchObject({ seq: 4, algorithm: 'Ed25519' });
  const result = karpear(['audit', 'export', '--out', exportFile]);
  expect(result.stderr).toBe('');
  expect(result.stdout).toBe(`exported 4 events and 2 checkpoints (head seq 4) to ${exportFile}\n`);
  exported = readFileSync(exportFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
}, 120_000);

describe('karpear audit export / verify', () => {
  it('verifies the database and its export, with a summary and the rate', () => {
    expect(exported.map((line) => line.type)).toEqual([
      'karpear.audit-export',
      'checkpoint',
      'checkpoint',
      'event',
      'event',
      'event',
      'event',
    ]);
    const file = karpear(['audit', 'verify', exportFile]);
    expect(file.code).toBe(0);
    expect(file.stdout).toMatch(
      /^audit chain verified: 4 events, seq 1–4 in \d+\.\d\d s \([\d,]+ events\/s\)\n/,
    );
    expect(file.stdout).toContain('checkpoints: 2 signatures verified, latest seq 4');
    expect(file.stdout).toMatch(/key: Ed25519 [0-9a-f]{64} \(from the export file\)/);
    // The export itself was audited: the database chain is one longer than the file.
    const database = karpear(['audit', 'verify']);
    expect(database.code).toBe(0);
    expect(database.stdout).toMatch(/^audit chain verified: 5 events, seq 1–5/);
  });

  it('names an edited event', () => {
    const result = verifyChanged('edited', (lines) => {
      eventAt(lines, 2).action = 'user.deleted';
      return lines;
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      new RegExp(
        `^seq 2: content does not match its hash \\(event edited\\): expected ${String(eventAt(exported, 2).hash)}, found [0-9a-f]{64}\\n`,
      ),
    );
    expect(result.stderr).toBe('karpear: error: the audit chain does not verify: 1 problem\n');
  });

  it('names a deleted event', () => {
    const result = verifyChanged('deleted', (lines) =>
      lines.filter((line) => line !== eventAt(lines, 3)),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^seq 3: missing \(1 event deleted\)\n/);
  });

  it('names two events in the wrong order', () => {
    const result = verifyChanged('reordered', (lines) => {
      const [a, b] = [lines.indexOf(eventAt(lines, 2)), lines.indexOf(eventAt(lines, 3))];
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines;
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^seq 2: out of order: found after seq 3\n/);
  });

  it('detects a truncated tail against the latest signed checkpoint, even with the header moved back', () => {
    const result = verifyChanged('truncated', (lines) => {
      const kept = lines.filter((line) => !(line.type === 'event' && (line.seq ?? 0) > 2));
      kept[0]!.head = { seq: 2, hash: eventAt(lines, 2).hash };
      return kept;
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^seq 3–4: missing at the end \(truncated\): the chain ends at seq 2 but the checkpoint signed at \S+ covers seq 4\n/,
    );
    expect(result.stderr).toContain('1 problem');
  });

  it('refuses a forged checkpoint', () => {
    const result = verifyChanged('forged', (lines) => {
      const checkpoint = lines.find((line) => line.type === 'checkpoint')!;
      checkpoint.seq = 3;
      checkpoint.hash = eventAt(lines, 3).hash;
      return lines;
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /^checkpoint of seq 3 signed at \S+: the signature does not verify \(forged or altered checkpoint\)\n/,
    );
  });

  it('refuses an export whose key is not the one the verifier pinned', () => {
    const other = path.join(dir, 'other.pem');
    const { publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(other, publicKey.export({ type: 'spki', format: 'pem' }));
    const result = verifyChanged('other-key', (lines) => lines, ['--public-key', other]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /the export names key [0-9a-f]{64}, not the given key [0-9a-f]{64}/,
    );
    expect(result.stdout).toMatch(/signed by key [0-9a-f]{64}, expected the installation key/);
  });

  it('says which line of a damaged file is not JSON', () => {
    const file = path.join(dir, 'damaged.ndjson');
    const text = readFileSync(exportFile, 'utf8').split('\n');
    text[4] = text[4]!.slice(0, 40);
    writeFileSync(file, text.join('\n'));
    const result = karpear(['audit', 'verify', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('line 5: not JSON');
    expect(events(exported)).toHaveLength(4);
  });
});
