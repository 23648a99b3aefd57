import { open, rename, rm } from 'node:fs/promises';
import type { Database } from '../../platform/db/database.ts';
import type { InstallationPublicKey } from '../../platform/crypto/installation-key.ts';
import {
  AUDIT_EXPORT_TYPE,
  AUDIT_EXPORT_VERSION,
  checkpointLine,
  eventLine,
  headerLine,
  type AuditExportHeader,
} from '../../domain/audit/audit-export.ts';
import { readChainHead, selectAllCheckpoints } from './audit.repository.ts';
import { withChainSnapshot } from './audit-snapshot.repository.ts';

const PAGE = 10_000;

export type ExportSummary = {
  events: number;
  checkpoints: number;
  head: { seq: number; hash: string };
};

/**
 * Writes the chain to `file` as NDJSON (docs/audit-chain.md, "Export file"): a header with
 * the head and the public key, every checkpoint, then every event in seq order, all from
 * one read-only snapshot. Written beside the target and renamed at the end, so a failed
 * export never leaves a file that looks complete.
 */
export async function exportAuditChain(
  database: Pick<Database, 'db' | 'driver'>,
  file: string,
  options: { publicKey: InstallationPublicKey | null; onProgress?: (events: number) => void },
): Promise<ExportSummary> {
  const partial = `${file}.partial`;
  const handle = await open(partial, 'w', 0o600);
  try {
    const summary = await withChainSnapshot(database, async (snapshot) => {
      const head = await readChainHead(snapshot.db);
      if (!head) throw new Error('the audit chain head is missing: is the database migrated?');
      const header: AuditExportHeader = {
        type: AUDIT_EXPORT_TYPE,
        version: AUDIT_EXPORT_VERSION,
        exportedAt: new Date().toISOString(),
        head,
        publicKey: options.publicKey
          ? {
              algorithm: 'Ed25519',
              pem: options.publicKey.publicKeyPem,
              fingerprint: options.publicKey.fingerprint,
            }
          : null,
      };
      const checkpoints = await selectAllCheckpoints(snapshot.db);
      await handle.write(
        [headerLine(header), ...checkpoints.map(checkpointLine)]
          .map((line) => `${JSON.stringify(line)}\n`)
          .join(''),
      );
      let after = 0;
      let events = 0;
      for (;;) {
        const page = await snapshot.readPage(after, PAGE);
        if (!page.length) break;
        after = page.at(-1)!.seq;
        await handle.write(page.map((event) => `${JSON.stringify(eventLine(event))}\n`).join(''));
        events += page.length;
        options.onProgress?.(events);
      }
      return { events, checkpoints: checkpoints.length, head };
    });
    await handle.close();
    await rename(partial, file);
    return summary;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}
