import {
  formatReporterSecret,
  formatTrackingCode,
  normaliseReporterSecret,
  normaliseTrackingCode,
} from '../../domain/reports/tracking-code.ts';

/** XXXX-XXXX, whether the server sent the code compact or already formatted. */
export function displayTrackingCode(code: string): string {
  const compact = normaliseTrackingCode(code);
  return compact ? formatTrackingCode(compact) : code;
}

/** The secret in groups of five, whether it came compact or already grouped. */
export const displaySecret = (secret: string): string =>
  formatReporterSecret(normaliseReporterSecret(secret));
