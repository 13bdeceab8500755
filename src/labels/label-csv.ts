/**
 * The CSV of a batch's labels (RFC 4180): a header line, then one line per pack with its serial,
 * its identifier URI and the human-readable text printed under the QR code. Lines end in CRLF; a
 * field with a comma, a quote, CR or LF is quoted and its quotes doubled. Values are written as
 * they are (no spreadsheet formula escaping: the file is for a label printer, and a serial must
 * print exactly).
 */
export const LABEL_CSV_HEADER = 'serial,identifier_uri,human_readable\r\n';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function labelCsvLine(serial: string, uri: string, humanReadable: string): string {
  return `${csvField(serial)},${csvField(uri)},${csvField(humanReadable)}\r\n`;
}
