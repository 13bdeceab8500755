import { Transform, TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { ISO_TIMESTAMP_HINT, isoTimestampMs } from '../common/iso-time';
import { unknownNameProblem } from '../common/near-miss';
import { serialProblem } from '../common/serial';
import { isUnitKind, nestingProblem, UNIT_KIND_CODE, UnitKind } from './unit-kind';

/**
 * Parsing of bulk unit uploads, one unit per line:
 *  - NDJSON: `{"serial":"C-1","kind":"CELL","parentSerial":"M-1","producedAt":"2026-06-14T08:30:00Z"}`
 *  - CSV with a header naming the columns `serial,kind,parentSerial,producedAt` (serial and kind
 *    required, any order; RFC 4180 quoting).
 * `producedAt` (optional) is when the unit was made: event time, checked against the batch's
 * production window when the upload is ingested. Input is strict: an unknown NDJSON key or a CSV
 * row with more or fewer fields than the header is refused, never dropped.
 * Each line becomes one row of PostgreSQL COPY text format; the first bad line stops the upload
 * with an error naming the line and the field.
 */
export interface UnitRow {
  serial: string;
  kind: UnitKind;
  parentSerial: string | null;
  /** ISO 8601 date-time with offset as given (checked by isoTimestampMs); null: the batch's production end. */
  producedAt: string | null;
}

/** The fields of one unit, in both upload formats and the GraphQL unit input. */
export const UNIT_FIELDS = ['serial', 'kind', 'parentSerial', 'producedAt'] as const;
const UNIT_FIELD_SET: ReadonlySet<string> = new Set(UNIT_FIELDS);

export class UnitLineError extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`line ${line}, ${field}: ${problem}`);
  }
}

/** Checks one decoded unit; throws UnitLineError. */
export function checkUnit(line: number, raw: { serial?: unknown; kind?: unknown; parentSerial?: unknown; producedAt?: unknown }): UnitRow {
  const serialErr = serialProblem(raw.serial);
  if (serialErr) throw new UnitLineError(line, 'serial', serialErr);
  if (!isUnitKind(raw.kind)) throw new UnitLineError(line, 'kind', `must be CELL, MODULE or PACK, got ${JSON.stringify(raw.kind ?? null)}`);
  let parentSerial: string | null = null;
  if (raw.parentSerial !== undefined && raw.parentSerial !== null && raw.parentSerial !== '') {
    const parentErr = serialProblem(raw.parentSerial);
    if (parentErr) throw new UnitLineError(line, 'parentSerial', parentErr);
    parentSerial = raw.parentSerial as string;
    if (parentSerial === raw.serial) throw new UnitLineError(line, 'parentSerial', 'a unit cannot be its own parent');
    if (raw.kind === 'PACK') throw new UnitLineError(line, 'parentSerial', nestingProblem('PACK', 'PACK')!);
  }
  let producedAt: string | null = null;
  if (raw.producedAt !== undefined && raw.producedAt !== null && raw.producedAt !== '') {
    if (typeof raw.producedAt !== 'string' || Number.isNaN(isoTimestampMs(raw.producedAt))) {
      throw new UnitLineError(line, 'producedAt', `${ISO_TIMESTAMP_HINT}, got ${JSON.stringify(raw.producedAt).slice(0, 40)}`);
    }
    producedAt = raw.producedAt;
  }
  return { serial: raw.serial as string, kind: raw.kind, parentSerial, producedAt };
}

export function parseNdjsonLine(line: number, text: string): UnitRow {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    throw new UnitLineError(line, 'json', 'is not valid JSON');
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new UnitLineError(line, 'json', 'must be a JSON object');
  for (const key in obj) {
    if (!UNIT_FIELD_SET.has(key)) throw new UnitLineError(line, key, unknownNameProblem('field', key, UNIT_FIELDS));
  }
  return checkUnit(line, obj as Record<string, unknown>);
}

/** Splits one CSV record (no embedded newlines: serials cannot hold control characters). */
export function splitCsvRecord(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quoted field');
        v += text.slice(i, q);
        if (text[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(v);
      if (i >= text.length) return out;
      if (text[i] !== ',') throw new Error('expected a comma after a quoted field');
      i++;
    } else {
      const c = text.indexOf(',', i);
      if (c < 0) {
        out.push(text.slice(i));
        return out;
      }
      out.push(text.slice(i, c));
      i = c + 1;
    }
  }
}

export interface CsvHeader {
  serial: number;
  kind: number;
  parentSerial: number;
  producedAt: number;
  /** The column names in order: every row has exactly this many fields. */
  names: string[];
}

export function parseCsvHeader(text: string): CsvHeader {
  const names = splitCsvRecord(text).map((n) => n.trim());
  const idx = (n: string) => names.indexOf(n);
  for (const name of names) {
    if (!UNIT_FIELD_SET.has(name)) throw new UnitLineError(1, name, unknownNameProblem('column', name, UNIT_FIELDS));
    if (names.indexOf(name) !== names.lastIndexOf(name)) throw new UnitLineError(1, name, 'column named twice in the header');
  }
  for (const required of ['serial', 'kind'] as const) {
    if (idx(required) < 0) throw new UnitLineError(1, 'header', `must name the columns ${UNIT_FIELDS.join(',')}; "${required}" is missing`);
  }
  return { serial: idx('serial'), kind: idx('kind'), parentSerial: idx('parentSerial'), producedAt: idx('producedAt'), names };
}

export function parseCsvLine(line: number, text: string, header: CsvHeader): UnitRow {
  let cells: string[];
  try {
    cells = splitCsvRecord(text);
  } catch (err) {
    throw new UnitLineError(line, 'csv', (err as Error).message);
  }
  const expected = header.names.length;
  if (cells.length > expected) {
    throw new UnitLineError(
      line,
      `field ${expected + 1}`,
      `has ${cells.length} fields; the header names ${expected} (${header.names.join(',')})`,
    );
  }
  if (cells.length < expected) {
    throw new UnitLineError(
      line,
      header.names[cells.length],
      `missing: the row has ${cells.length} fields; the header names ${expected} (${header.names.join(',')})`,
    );
  }
  return checkUnit(line, {
    serial: cells[header.serial],
    kind: cells[header.kind],
    parentSerial: header.parentSerial >= 0 ? cells[header.parentSerial] : undefined,
    producedAt: header.producedAt >= 0 ? cells[header.producedAt] : undefined,
  });
}

/** One row of COPY text format for the staging table (line_no, serial, kind, parent_serial, produced_at). */
export function copyRow(line: number, row: UnitRow): string {
  const esc = (s: string) => (s.includes('\\') ? s.replace(/\\/g, '\\\\') : s);
  return `${line}\t${esc(row.serial)}\t${UNIT_KIND_CODE[row.kind]}\t${row.parentSerial === null ? '\\N' : esc(row.parentSerial)}\t${row.producedAt ?? '\\N'}\n`;
}

export type UploadFormat = 'ndjson' | 'csv';

/**
 * A stream transform from raw upload bytes to COPY rows. It never holds more than one chunk and
 * one partial line, so memory stays flat whatever the size of the upload.
 */
export class UnitLinesToCopy extends Transform {
  lines = 0;
  units = 0;
  private rest = '';
  private header: CsvHeader | null = null;
  /** Keeps a multi-byte UTF-8 character that straddles two chunks whole. */
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly format: UploadFormat) {
    super({ readableHighWaterMark: 1 << 20, writableHighWaterMark: 1 << 20 });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      const text = this.rest + this.decoder.write(chunk);
      const lastNl = text.lastIndexOf('\n');
      if (lastNl < 0) {
        this.rest = text;
        return done();
      }
      this.rest = text.slice(lastNl + 1);
      done(null, this.convert(text.slice(0, lastNl)));
    } catch (err) {
      done(err as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const last = this.rest + this.decoder.end();
      const out = last.length ? this.convert(last) : '';
      this.rest = '';
      if (this.format === 'csv' && this.header === null)
        throw new UnitLineError(1, 'header', 'the CSV upload is empty: a header line is required');
      done(null, out);
    } catch (err) {
      done(err as Error);
    }
  }

  private convert(block: string): string {
    let out = '';
    let start = 0;
    while (start <= block.length) {
      let end = block.indexOf('\n', start);
      if (end < 0) end = block.length;
      let text = block.slice(start, end);
      start = end + 1;
      this.lines++;
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (this.lines === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a UTF-8 byte-order mark
      if (text.trim() === '') continue;
      if (this.format === 'csv' && this.header === null) {
        this.header = parseCsvHeader(text);
        continue;
      }
      const row = this.format === 'ndjson' ? parseNdjsonLine(this.lines, text) : parseCsvLine(this.lines, text, this.header!);
      this.units++;
      out += copyRow(this.lines, row);
    }
    return out;
  }
}
