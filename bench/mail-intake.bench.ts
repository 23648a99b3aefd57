/**
 * E-mail intake throughput: messages per second and p50/p99 time from connect to 250, for
 * a Khmer report with two attachments (a 60 KiB image and a text file) sent over loopback
 * SMTP by `concurrency` clients, each message a real report with three evidence items and
 * an automatic reply to a capture relay. In process (services + listener) on in-memory
 * PGlite, or on a fresh PostgreSQL database when DATABASE_URL is set. Bounded: a fixed
 * number of messages, then it stops and deletes what it made.
 *
 *   node bench/mail-intake.bench.ts [messages=300] [concurrency=4]
 *   DATABASE_URL=postgres://… node bench/mail-intake.bench.ts
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createTestDatabase } from '../test/database.ts';
import { pngWithGps } from '../test/images.ts';
import { sendRawMail, startCaptureRelay } from '../test/smtp.ts';
import { openFileBlobStore } from '../src/platform/blobs/file-blob-store.ts';
import { createSecretBox } from '../src/platform/crypto/secret-box.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createServices } from '../src/services.ts';
import { createMailIntakeService, startMailIntake } from '../src/modules/mail-intake/index.ts';

const total = Number(process.argv[2] ?? 300);
const concurrency = Number(process.argv[3] ?? 4);
const INTAKE = 'report@cert.example.kh';

const database = await createTestDatabase();
const dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-mail-bench-'));
const blobs = await openFileBlobStore(dataDir);
const secretBox = createSecretBox(randomBytes(32));
const services = createServices({ db: database.db, secretBox, publicUrl: 'http://x', blobs });
const mailIntake = createMailIntakeService({ ...services, db: database.db, secretBox, blobs });
const relay = await startCaptureRelay();
const intake = (await startMailIntake(
  { mailIntake },
  {
    smtpIntakePort: 0,
    smtpIntakeHost: '127.0.0.1',
    intakeAddress: INTAKE,
    smtpMaxMessageBytes: 30 * 1024 * 1024,
    smtpMaxConnectionsPerIp: concurrency + 1,
    smtpRelayUrl: relay.url,
    publicUrl: 'http://x',
  },
  createLogger('warn'),
))!;

const image = pngWithGps(64, 64).file;
async function message(i: number): Promise<Buffer> {
  return new MailComposer({
    from: `Reporter ${i} <reporter${i}@example.com>`,
    to: INTAKE,
    subject: `គេលួចគណនី Facebook របស់ខ្ញុំ #${i}`,
    text: 'ខ្ញុំចូលគណនីមិនបានទេ ហើយគេផ្ញើសារសុំលុយទៅមិត្តភក្តិរបស់ខ្ញុំ។ '.repeat(20),
    messageId: `<bench-${i}-${Date.now()}@example.com>`,
    attachments: [
      // A distinct image per message: content-addressed storage would dedupe equal ones.
      { filename: 'screenshot.png', content: Buffer.concat([image, randomBytes(60 * 1024)]) },
      { filename: 'chat.txt', content: `Chat log ${i}\n`.repeat(50) },
    ],
  })
    .compile()
    .build();
}

const latencies: number[] = [];
let next = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < total) {
      const i = next++;
      const raw = await message(i);
      const t0 = performance.now();
      const info = await sendRawMail(
        intake.port,
        { from: `reporter${i}@example.com`, to: [INTAKE] },
        raw,
      );
      latencies.push(performance.now() - t0);
      if (!info.response.startsWith('250')) throw new Error(info.response);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
await intake.settled();
const sorted = latencies.sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
console.log(
  JSON.stringify(
    {
      database: database.label,
      cpus: cpus().length,
      messages: total,
      concurrency,
      messagesPerSecond: Number((total / seconds).toFixed(1)),
      p50ms: Number(pct(0.5).toFixed(1)),
      p99ms: Number(pct(0.99).toFixed(1)),
      repliesCaptured: relay.messages.length,
      rssMiB: Math.round(process.memoryUsage().rss / 1024 / 1024),
    },
    null,
    2,
  ),
);
await intake.stop();
await relay.close();
if (database.driver.kind === 'postgres') database.driver.pool.on('error', () => undefined);
await database.close();
await rm(dataDir, { recursive: true, force: true });
