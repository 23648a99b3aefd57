/**
 * RFC 4180 CSV for spreadsheets people open by double-clicking. A cell that starts with
 * = + - @ or a control character would be run as a formula by Excel or LibreOffice
 * (CSV injection, OWASP), so it is prefixed with an apostrophe; a UTF-8 BOM makes
 * Excel read Khmer correctly.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type CsvCell = string | number | null | undefined;

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
