/**
 * Upload hashing benchmark: SHA-256 throughput of the blob store's `put` (stream → hash +
 * write + fsync + rename) and of Node's hash alone, against coreutils `sha256sum`, on the
 * same 1 GiB file of random data (in the page cache for every contender). Target: hashing
 * at ≥ 80 % of sha256sum.
 *
 *   node bench/hash-throughput.bench.ts [runs=3] [sizeMiB=1024]
 *
 * Needs three times the file's size free in the temp directory; everything is deleted at
 * the end.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, statfs, unlink } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { openFileBlobStore } from '../src/platform/blobs/file-blob-store.ts';

const MiB = 1024 * 1024;
const runs = Number(process.argv[2] ?? 3);
const sizeMiB = Number(process.argv[3] ?? 1024);
const READ_CHUNK = MiB;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time<T>(work: () => Promise<T> | T): Promise<{ seconds: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}

async function writeRandomFile(file: string, bytes: number): Promise<void> {
  const handle = await open(file, 'w');
  try {
    const block = randomBytes(16 * MiB);
    for (let written = 0; written < bytes; written += block.length) {
      await handle.write(block.subarray(0, Math.min(block.length, bytes - written)));
      randomBytes(block.length).copy(block);
    }
  } finally {
    await handle.close();
  }
}

function sha256sum(file: string): string {
  return execFileSync('sha256sum', [file], { encoding: 'utf8' }).split(' ')[0]!;
}

/** For context: OpenSSL's command line uses the CPU's SHA instructions, as Node does. */
function opensslDigest(file: string): string | null {
  try {
    return execFileSync('openssl', ['dgst', '-sha256', '-r', file], { encoding: 'utf8' }).split(
      ' ',
    )[0]!;
  } catch {
    return null;
  }
}

async function nodeHash(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: READ_CHUNK })) {
    hash.update(chunk as Buffer);
  }
  return hash.digest('hex');
}

const dir = await mkdtemp(path.join(tmpdir(), 'karpear-hash-bench-'));
try {
  const bytes = sizeMiB * MiB;
  const free = await statfs(dir);
  if (free.bavail * free.bsize < 3 * bytes) {
    throw new Error(`need ${(3 * bytes) / MiB} MiB free in ${dir}`);
  }
  const file = path.join(dir, 'input.bin');
  const made = await time(() => writeRandomFile(file, bytes));
  console.log(`wrote ${sizeMiB} MiB of random data in ${made.seconds.toFixed(1)} s`);
  const store = await openFileBlobStore(path.join(dir, 'data'));

  const results: Record<string, number[]> = {
    sha256sum: [],
    'openssl dgst': [],
    nodeHash: [],
    blobPut: [],
  };
  let expected = '';
  sha256sum(file); // warm the page cache for everyone
  for (let run = 0; run < runs; run++) {
    const coreutils = await time(() => sha256sum(file));
    expected = coreutils.result;
    results.sha256sum!.push(coreutils.seconds);

    const openssl = await time(() => opensslDigest(file));
    if (openssl.result === expected) results['openssl dgst']!.push(openssl.seconds);

    const hashed = await time(() => nodeHash(file));
    if (hashed.result !== expected) throw new Error('node hash differs from sha256sum');
    results.nodeHash!.push(hashed.seconds);

    const put = await time(() =>
      store.put(createReadStream(file, { highWaterMark: READ_CHUNK }), { maxBytes: bytes }),
    );
    if (put.result.sha256 !== expected) throw new Error('blob store hash differs from sha256sum');
    results.blobPut!.push(put.seconds);
    const blob = path.join(
      dir,
      'data',
      'blobs',
      expected.slice(0, 2),
      expected.slice(2, 4),
      expected,
    );
    await unlink(blob);
  }

  const rate = (seconds: number) => sizeMiB / seconds;
  const reference = rate(median(results.sha256sum!));
  console.log('');
  console.log(
    `machine: ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, ` +
      `${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
  );
  console.log(`file: ${sizeMiB} MiB, median of ${runs} runs, page cache warm`);
  console.log(
    'nodeHash = createHash over the file stream; blobPut = BlobStore.put (hash + write + fsync + rename)',
  );
  console.log('| contender | MiB/s | vs sha256sum |');
  console.log('| --- | ---: | ---: |');
  for (const [name, seconds] of Object.entries(results)) {
    if (seconds.length === 0) continue;
    const mibs = rate(median(seconds));
    console.log(`| ${name} | ${mibs.toFixed(0)} | ${((mibs / reference) * 100).toFixed(0)} % |`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
