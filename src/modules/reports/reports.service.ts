import {
  publicStatusOf,
  type PublicReportBody,
  type PublicReportCreated,
  type PublicReportView,
  type ReportContact,
  type ReportDetail,
  type ReportList,
  type ReportListQuery,
} from '../../domain/reports/report.schemas.ts';
import {
  formatReporterSecret,
  formatTrackingCode,
  normaliseReporterSecret,
  normaliseTrackingCode,
  REPORTER_SECRET_LENGTH,
  TRACKING_CODE_LENGTH,
} from '../../domain/reports/tracking-code.ts';
import { getIncidentType } from '../../domain/taxonomy/incident-types.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { hasPermission, requirePermission } from '../../platform/authorize.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import { hashToken, randomCode, sameHash } from '../../platform/crypto/tokens.ts';
import type { AuditService } from '../audit/index.ts';
import { presentDetail, presentForReporter, presentSummary } from './reports.presenter.ts';
import {
  findReportById,
  findReportByTrackingCode,
  insertReport,
  insertReportContact,
  listReportsByStatus,
} from './reports.repository.ts';

export type ReportsDeps = { db: Db; audit: AuditService; secretBox: SecretBox };

export type ReportsService = ReturnType<typeof createReportsService>;

/** Contact details are sealed bound to their report: moved to another row they do not open. */
const contactAad = (reportId: string) => `report-contact:${reportId}`;

/** Compared against when a code is unknown, so a miss costs what a wrong secret costs. */
const DECOY_SECRET_HASH = hashToken('decoy');

const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505';

export function createReportsService(deps: ReportsDeps) {
  const { db, audit, secretBox } = deps;

  async function insertWithFreshCode(tx: Db, body: PublicReportBody, secretHash: string) {
    const type = getIncidentType(body.incidentType);
    // 25^8 codes: a collision is rare, and a retry with a new code resolves it.
    for (let attempt = 0; ; attempt++) {
      const trackingCode = randomCode(TRACKING_CODE_LENGTH);
      try {
        return await tx.transaction(async (savepoint) =>
          insertReport(savepoint as unknown as Db, {
            trackingCode,
            secretHash,
            incidentType: type.id,
            rsitClass: type.rsit.class,
            rsitType: type.rsit.type,
            localSubtype: type.localSubtype,
            description: body.description,
            occurredAt: body.occurredAt ?? null,
            language: body.language,
            channel: 'web',
          }),
        );
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 4) throw error;
      }
    }
  }

  /** Neither a wrong code nor a wrong secret can be told apart, by answer or by timing. */
  async function findReportForReporter(codeInput: string, secretInput: string) {
    const code = normaliseTrackingCode(codeInput);
    const row = code ? await findReportByTrackingCode(db, code) : null;
    const given = hashToken(normaliseReporterSecret(secretInput));
    const matches = sameHash(given, row?.secretHash ?? DECOY_SECRET_HASH);
    if (!row || !matches) throw new AppError('not_found');
    return row;
  }

  return {
    /** A member of the public files a report; the secret is returned here and never again. */
    async submitReport(ctx: RequestContext, body: PublicReportBody): Promise<PublicReportCreated> {
      const secret = randomCode(REPORTER_SECRET_LENGTH);
      const report = await inTransaction(db, async (tx) => {
        const row = await insertWithFreshCode(tx, body, hashToken(secret));
        if (body.contact) {
          const sealed = secretBox.seal(JSON.stringify(body.contact), contactAad(row.id));
          await insertReportContact(tx, row.id, sealed);
        }
        await audit.record(
          { ...ctx, tx },
          {
            action: 'report.submitted',
            targetType: 'report',
            targetId: row.id,
            details: {
              incidentType: row.incidentType,
              channel: row.channel,
              hasContact: !!body.contact,
            },
          },
        );
        return row;
      });
      return {
        trackingCode: formatTrackingCode(report.trackingCode),
        secret: formatReporterSecret(secret),
        status: publicStatusOf(report.status),
        submittedAt: report.submittedAt.toISOString(),
      };
    },

    /** The reporter's view. A wrong code and a wrong secret are the same not-found. */
    async getReportForReporter(codeInput: string, secretInput: string): Promise<PublicReportView> {
      return presentForReporter(await findReportForReporter(codeInput, secretInput));
    },

    /** The id of the report a code and secret open, for capabilities acting for the reporter. */
    async findReportIdForReporter(codeInput: string, secretInput: string): Promise<string> {
      return (await findReportForReporter(codeInput, secretInput)).id;
    },

    async listReports(ctx: RequestContext, query: ReportListQuery): Promise<ReportList> {
      requirePermission(ctx, 'reports:read');
      const { rows, total } = await listReportsByStatus(db, query);
      return { items: rows.map((row) => presentSummary(row, row.hasContact)), total };
    },

    /** Opens a report for a staff member; every opening, and every contact shown, is audited. */
    async getReport(ctx: RequestContext, reportId: string): Promise<ReportDetail> {
      requirePermission(ctx, 'reports:read');
      return inTransaction(db, async (tx) => {
        const found = await findReportById(tx, reportId);
        if (!found) throw new AppError('not_found');
        const { report, sealedContact } = found;
        const showContact = sealedContact !== null && hasPermission(ctx, 'reports:contact:read');
        const contact = showContact
          ? (JSON.parse(secretBox.open(sealedContact, contactAad(report.id))) as ReportContact)
          : null;
        const txCtx = { ...ctx, tx };
        await audit.record(txCtx, {
          action: 'report.viewed',
          targetType: 'report',
          targetId: report.id,
        });
        if (contact) {
          await audit.record(txCtx, {
            action: 'report.contact_viewed',
            targetType: 'report',
            targetId: report.id,
            details: { basis: 'reporter_consented_to_contact' },
          });
        }
        return presentDetail(report, contact, sealedContact !== null);
      });
    },
  };
}
