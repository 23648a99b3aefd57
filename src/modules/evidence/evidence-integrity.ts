import { createHash } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import type { ChainHashes } from '../../domain/audit/audit-chain.ts';
import type {
  CustodyProblem,
  EvidenceVerification,
} from '../../domain/evidence/custody.schemas.ts';
import { verifyCustodyChain, type CustodyEntry } from '../../domain/evidence/custody-chain.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { checkBlob, type Finding } from './evidence-bytes.ts';
import { systemContext, type RequestContext } from '../../platform/context.ts';
import { isUniqueViolation, type Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/index.ts';
import type { Notice } from '../notifications/index.ts';
import {
  custodyEntryOf,
  finishVerificationRun,
  insertVerificationRun,
  listCustody,
  listCustodyOfItems,
  type VerificationRunRow,
} from './custody.repository.ts';
import type { CustodyWriter } from './evidence-custody.ts';
import {
  blobStillReferenced,
  listEvidenceAfter,
  lockBlob,
  lockEvidenceItem,
  markVerified,
  shareLockEvidenceItem,
  updateEvidenceItem,
  type EvidenceRow,
} from './evidence.repository.ts';

export type IntegrityDeps = {
  db: Db;
  blobs: BlobStore;
  hashes: ChainHashes;
  audit: AuditService;
  custody: CustodyWriter;
  /** Who is alerted when an item fails (coordinators: whoever may unseal). */
  integrityWatchers: (tx: Db) => Promise<{ id: string }[]>;
  notify: (tx: Db, notice: Notice) => Promise<boolean>;
  /** The incident an item belongs to, for the alert's link and reference. */
  incidentOf: (tx: Db, row: EvidenceRow) => Promise<{ id: string; reference: string } | null>;
};

/** Items per batch of the scheduled run: one snapshot each, bytes hashed one by one. */
export const VERIFY_BATCH = 1000;
/** Problems a run keeps for its report; all are counted. */
const RUN_PROBLEMS = 100;

const toProblem = ({ kind, seq, message }: Finding): CustodyProblem => ({ kind, seq, message });

export function createEvidenceIntegrity(deps: IntegrityDeps) {
  const { db, blobs } = deps;

  /** Checks an item's bytes (unless destroyed) and its chain of custody. */
  async function examine(row: EvidenceRow, entries: readonly CustodyEntry[]) {
    const chain = verifyCustodyChain(
      {
        evidenceId: row.id,
        sha256: row.sha256,
        head: { seq: row.custodySeq, hash: row.custodyHash },
      },
      entries,
      deps.hashes,
    );
    const findings: Finding[] = [];
    let bytes = 0;
    if (row.state !== 'destroyed') {
      const content = await checkBlob(blobs, row.sha256, 'content');
      bytes += content.bytes;
      if (content.finding) findings.push(content.finding);
      if (row.displaySha256) {
        const display = await checkBlob(blobs, row.displaySha256, 'display_copy');
        bytes += display.bytes;
        if (display.finding) findings.push(display.finding);
      }
    }
    return { findings: [...findings, ...chain.problems], bytes, entries: entries.length };
  }

  /** Alerts the coordinators, once per item and problem. */
  async function alert(tx: Db, row: EvidenceRow, finding: Finding) {
    const incident = await deps.incidentOf(tx, row);
    const key = createHash('sha256').update(finding.message).digest('hex').slice(0, 16);
    for (const watcher of await deps.integrityWatchers(tx)) {
      await deps.notify(tx, {
        userId: watcher.id,
        kind: 'evidence_integrity_failed',
        ...(incident ? { incidentId: incident.id } : {}),
        details: {
          reference: incident?.reference ?? null,
          evidence: row.sha256.slice(0, 12),
          evidenceId: row.id,
          problem: finding.kind,
        },
        dedupeKey: `evidence-integrity:${row.id}:${key}`,
      });
    }
  }

  /**
   * Writes what a check found: a custody entry (`verified`, or `verification_failed` with
   * expected and found), its audit event and, on a failure, the coordinators' alert; the
   * item keeps the result. A scheduled check that finds what the last one found only
   * updates the time; a person's check is always recorded.
   */
  async function recordOutcome(
    ctx: RequestContext,
    itemId: string,
    findings: Finding[],
    explicit: boolean,
  ): Promise<void> {
    const checkedAt = new Date();
    const first = findings[0];
    try {
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockEvidenceItem(tx, itemId);
        if (!row) throw new AppError('not_found');
        if (!first) {
          const change = {
            integrityStatus: 'ok' as const,
            integrityCheckedAt: checkedAt,
            integrityProblem: null,
          };
          if (!explicit && row.integrityStatus !== 'failed') {
            await markVerified(tx, [row.id], checkedAt);
            return;
          }
          await deps.custody.append(
            txCtx,
            row,
            {
              action: 'verified',
              details: { recovered: row.integrityStatus === 'failed' },
              audit: 'evidence.verified',
            },
            change,
          );
          return;
        }
        const change = {
          integrityStatus: 'failed' as const,
          integrityCheckedAt: checkedAt,
          integrityProblem: first.message,
        };
        if (
          !explicit &&
          row.integrityStatus === 'failed' &&
          row.integrityProblem === first.message
        ) {
          await updateEvidenceItem(tx, row.id, change);
          return;
        }
        await deps.custody.append(txCtx, row, failureRecord(first, findings.length), change);
        await alert(tx, row, first);
      });
    } catch (error) {
      // An entry inserted behind the product's back may hold the next seq: the failure is
      // still audited and alerted, without a custody entry.
      if (!isUniqueViolation(error) || !first) throw error;
      await inTransaction(db, async (tx) => {
        const row = await lockEvidenceItem(tx, itemId);
        if (!row) return;
        await deps.audit.record(
          { ...ctx, tx },
          {
            action: 'evidence.integrity_failed',
            outcome: 'failure',
            targetType: 'evidence',
            targetId: row.id,
            details: { problem: first.kind, seq: first.seq, custodyEntry: false },
          },
        );
        await alert(tx, row, first);
      });
    }
  }

  /** Bytes of a destroyed item still on disk and held by no other item: removed. */
  async function removeBlobsOf(row: Pick<EvidenceRow, 'id' | 'sha256' | 'displaySha256'>) {
    const shas = [row.sha256, ...(row.displaySha256 ? [row.displaySha256] : [])].sort();
    return inTransaction(db, async (tx) => {
      for (const sha of shas) await lockBlob(tx, sha);
      let removed = 0;
      for (const sha of shas) {
        if (await blobStillReferenced(tx, sha, row.id)) continue;
        if (await blobs.remove(sha)) removed++;
      }
      return removed;
    });
  }

  /** Items and their custody entries as of one moment (a concurrent append cannot split them). */
  const readBatch = (afterId: string | null) =>
    db.transaction(
      async (transaction) => {
        const tx = transaction as unknown as Db;
        const rows = await listEvidenceAfter(tx, afterId, VERIFY_BATCH);
        return {
          rows,
          custody: await listCustodyOfItems(
            tx,
            rows.map((row) => row.id),
          ),
        };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );

  return {
    examine,
    recordOutcome,
    removeBlobsOf,

    /** A person's check of one item: bytes re-hashed, chain verified, the result recorded. */
    async verifyEvidence(ctx: RequestContext, evidenceId: string): Promise<EvidenceVerification> {
      const { row, entries } = await inTransaction(db, async (tx) => {
        const found = await shareLockEvidenceItem(tx, evidenceId);
        if (!found) throw new AppError('not_found');
        return { row: found, entries: (await listCustody(tx, evidenceId)).map(custodyEntryOf) };
      });
      const result = await examine(row, entries);
      await recordOutcome(ctx, row.id, result.findings, true);
      return {
        evidenceId: row.id,
        ok: result.findings.length === 0,
        checkedAt: new Date().toISOString(),
        bytesChecked: result.bytes,
        entries: result.entries,
        problems: result.findings.map(toProblem),
      };
    },

    /**
     * The scheduled re-verification: every item's bytes and chain, in batches; failures
     * recorded and alerted (recordOutcome); destroyed items' leftover bytes removed. The
     * run and what it found are kept (GET /api/evidence/verification-runs).
     */
    async verifyAllEvidence(trigger: 'schedule' | 'manual'): Promise<VerificationRunRow> {
      const ctx = systemContext(SYSTEM_ACTOR, `evidence-verify-${trigger}`);
      const runId = await insertVerificationRun(db, trigger);
      const totals = { items: 0, entries: 0, bytes: 0, failures: 0 };
      const problems: (CustodyProblem & { evidenceId: string })[] = [];
      let after: string | null = null;
      for (;;) {
        const { rows, custody } = await readBatch(after);
        if (rows.length === 0) break;
        after = rows.at(-1)!.id;
        const unchanged: string[] = [];
        for (const row of rows) {
          const result = await examine(row, custody.get(row.id) ?? []);
          totals.items++;
          totals.entries += result.entries;
          totals.bytes += result.bytes;
          if (result.findings.length > 0) {
            totals.failures++;
            for (const finding of result.findings.slice(0, RUN_PROBLEMS - problems.length)) {
              problems.push({ evidenceId: row.id, ...toProblem(finding) });
            }
          }
          if (result.findings.length === 0 && row.integrityStatus !== 'failed') {
            unchanged.push(row.id);
          } else {
            await recordOutcome(ctx, row.id, result.findings, false);
          }
          if (row.state === 'destroyed' && (await blobs.has(row.sha256))) {
            await removeBlobsOf(row);
          }
        }
        await markVerified(db, unchanged, new Date());
      }
      return finishVerificationRun(db, runId, { ...totals, problems });
    },
  };
}

/** The custody entry of a failed check: the first problem with expected and found. */
function failureRecord(first: Finding, count: number) {
  return {
    action: 'verification_failed' as const,
    details: {
      problem: first.kind,
      seq: first.seq,
      expected: first.expected ?? null,
      actual: first.actual ?? null,
      message: first.message.slice(0, 500),
      problems: count,
    },
    audit: 'evidence.integrity_failed' as const,
    auditOutcome: 'failure' as const,
    auditDetails: { problem: first.kind, problems: count },
  };
}
