/**
 * Tracking codes are 8 characters of an alphabet without look-alikes, shown as XXXX-XXXX.
 * People copy them by hand, so input is forgiving: case, spaces and dashes do not matter.
 */
export const TRACKING_CODE_LENGTH = 8;
export const REPORTER_SECRET_LENGTH = 20;
const CODE_CHARS = '34679ACDEFGHJKMNPQRTUVWXY';
const CODE_PATTERN = new RegExp(`^[${CODE_CHARS}]{${TRACKING_CODE_LENGTH}}$`);

/** Upper-cases and strips separators; returns null when what is left cannot be a code. */
export function normaliseTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-–—.]/g, '');
  return CODE_PATTERN.test(compact) ? compact : null;
}

export const formatTrackingCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** Groups of five for reading and copying: ABCDE-FGHJK-… */
export const formatReporterSecret = (secret: string): string =>
  secret.match(/.{1,5}/g)?.join('-') ?? secret;

export const normaliseReporterSecret = (input: string): string =>
  input.toUpperCase().replace(/[\s\-–—.]/g, '');
