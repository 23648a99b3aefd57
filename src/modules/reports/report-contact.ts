import type { ReportContact } from '../../domain/reports/report.schemas.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';

/** Contact details are sealed bound to their report: moved to another row they do not open. */
const contactAad = (reportId: string) => `report-contact:${reportId}`;

export const sealContact = (box: SecretBox, reportId: string, contact: ReportContact): string =>
  box.seal(JSON.stringify(contact), contactAad(reportId));

export const openContact = (box: SecretBox, reportId: string, sealed: string): ReportContact =>
  JSON.parse(box.open(sealed, contactAad(reportId))) as ReportContact;
