import { Transform, TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { ErrorReason } from '../common/error-reasons';
import { ISO_TIMESTAMP_HINT, isoTimestampMs } from '../common/iso-time';
import { unknownNameProblem } from '../common/near-miss';
import { quantityProblem } from '../common/physical-bounds';
import { serialProblem } from '../common/serial';
import { isUuid } from '../common/validate';
import { HEALTH_ATTRIBUTE_BY_KEY, HEALTH_ATTRIBUTE_KEYS, HealthAttribute } from './health-attributes';

/**
 * Parsing of health-reading uploads (NDJSON), one reading per line:
 *   `{"serial":"P-1","manufacturerId":"…","attribute":"stateOfCharge","measuredAt":"2026-06-14T08:30:00Z","value":81.5,"unit":"%"}`
 * `manufacturerId` is optional (needed only where two manufacturers use the same serial);
 * `attribute` is a key of health-attributes.ts and `unit` must be that attribute's catalogue unit;
 * `value` is a JSON number within the attribute's bound; `measuredAt` is an RFC 3339 date-time with
 * an offset, not in the future beyond the allowed clock skew. Strict: an unknown key is refused.
 * What needs the database (the battery, who operates it, its category, when it was made) is checked
 * after the lines are staged (health-ingest.service.ts). The first bad line stops the upload with
 * an error naming the line and the field.
 */
export interface HealthReading {
  serial: string;
  manufacturerId: string | null;
  attribute: HealthAttribute;
  measuredAtMs: number;
  measuredAt: string;
  value: number;
}

export const HEALTH_READING_FIELDS = ['serial', 'manufacturerId', 'attribute', 'measuredAt', 'value', 'unit'] as const;
const FIELD_SET: ReadonlySet<string> = new Set(HEALTH_READING_FIELDS);

export class HealthLineError extends Error {
  constructor(
    readonly line: number,
    readonly field: string,
    readonly problem: string,
    readonly reason: ErrorReason = 'INVALID_INPUT',
  ) {
    super(`line ${line}: ${field}: ${problem}`);
  }
}

/** Checks one decoded reading; throws HealthLineError. `latestMs`: the latest measuredAt accepted (now plus the clock skew). */
export function checkReading(line: number, raw: Record<string, unknown>, latestMs: number): HealthReading {
  for (const key in raw) {
    if (!FIELD_SET.has(key)) throw new HealthLineError(line, key, unknownNameProblem('field', key, HEALTH_READING_FIELDS), 'UNKNOWN_FIELD');
  }
  const serialErr = serialProblem(raw.serial);
  if (serialErr) throw new HealthLineError(line, 'serial', serialErr);
  let manufacturerId: string | null = null;
  if (raw.manufacturerId !== undefined && raw.manufacturerId !== null) {
    if (typeof raw.manufacturerId !== 'string' || !isUuid(raw.manufacturerId)) {
      throw new HealthLineError(line, 'manufacturerId', 'must be an organization id (UUID)', 'INVALID_ID');
    }
    manufacturerId = raw.manufacturerId.toLowerCase();
  }
  const attribute = typeof raw.attribute === 'string' ? HEALTH_ATTRIBUTE_BY_KEY.get(raw.attribute) : undefined;
  if (!attribute) {
    const name = typeof raw.attribute === 'string' ? raw.attribute : JSON.stringify(raw.attribute ?? null);
    throw new HealthLineError(
      line,
      'attribute',
      `"${name.slice(0, 60)}" is no health attribute: ${unknownNameProblem('attribute', name, HEALTH_ATTRIBUTE_KEYS)}`,
      'NOT_A_HEALTH_ATTRIBUTE',
    );
  }
  if (raw.unit !== attribute.unit) {
    throw new HealthLineError(
      line,
      'unit',
      `${attribute.key} is given in "${attribute.unit}" (the passport catalogue's unit), got ${JSON.stringify(raw.unit ?? null).slice(0, 40)}`,
      'UNIT_MISMATCH',
    );
  }
  if (typeof raw.value !== 'number') throw new HealthLineError(line, 'value', 'must be a JSON number', 'MALFORMED_VALUE');
  const valueErr = quantityProblem(raw.value, attribute.bound);
  if (valueErr) throw new HealthLineError(line, 'value', `${attribute.key} ${valueErr}`, 'OUT_OF_RANGE');
  const measuredAtMs = typeof raw.measuredAt === 'string' ? isoTimestampMs(raw.measuredAt) : NaN;
  if (Number.isNaN(measuredAtMs)) {
    throw new HealthLineError(
      line,
      'measuredAt',
      `${ISO_TIMESTAMP_HINT}, got ${JSON.stringify(raw.measuredAt ?? null).slice(0, 40)}`,
      'MALFORMED_DATE_TIME',
    );
  }
  if (measuredAtMs > latestMs) {
    throw new HealthLineError(
      line,
      'measuredAt',
      `${raw.measuredAt as string} is in the future (latest accepted ${new Date(latestMs).toISOString()}, the clock skew included)`,
      'EVENT_IN_FUTURE',
    );
  }
  return { serial: raw.serial as string, manufacturerId, attribute, measuredAtMs, measuredAt: raw.measuredAt as string, value: raw.value };
}

export function parseHealthLine(line: number, text: string, latestMs: number): HealthReading {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    throw new HealthLineError(line, 'json', 'is not valid JSON', 'MALFORMED_VALUE');
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    throw new HealthLineError(line, 'json', 'must be a JSON object', 'MALFORMED_VALUE');
  return checkReading(line, obj as Record<string, unknown>, latestMs);
}

/**
 * One row of COPY text format for the staging table (line_no, serial, manufacturer, attr_idx,
 * measured_at, value). No manufacturer is '' (not NULL), so that the staged rows join the resolved
 * batteries on plain equality; the attribute is staged as its index in HEALTH_ATTRIBUTES.
 */
export function healthCopyRow(line: number, r: HealthReading): string {
  const serial = r.serial.includes('\\') ? r.serial.replace(/\\/g, '\\\\') : r.serial;
  return `${line}\t${serial}\t${r.manufacturerId ?? ''}\t${r.attribute.index}\t${r.measuredAt}\t${r.value}\n`;
}

/**
 * A stream transform from raw NDJSON bytes to COPY rows: never more than one chunk and one partial
 * line in memory, whatever the size of the upload.
 */
export class HealthLinesToCopy extends Transform {
  lines = 0;
  readings = 0;
  private rest = '';
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly latestMs: number) {
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
      this.rest = '';
      done(null, last.length ? this.convert(last) : '');
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
      if (this.lines === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.trim() === '') continue;
      this.readings++;
      out += healthCopyRow(this.lines, parseHealthLine(this.lines, text, this.latestMs));
    }
    return out;
  }
}
