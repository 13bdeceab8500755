import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_REASON_CODE, ErrorReason, isErrorReason } from './error-reasons';
import { DEFAULT_REASON, NOT_FOUND_REASON } from './errors';

const ROOT = join(__dirname, '..', '..');
const REASONS = Object.keys(ERROR_REASON_CODE) as ErrorReason[];

/** The rows of the reasons table in docs/error-reasons.md: `REASON` | `CODE` | … */
function documented(): Map<string, string> {
  const doc = readFileSync(join(ROOT, 'docs', 'error-reasons.md'), 'utf8');
  const rows = new Map<string, string>();
  for (const line of doc.split('\n')) {
    const m = /^\|\s*`([A-Z][A-Z0-9_]*)`\s*\|\s*`([A-Z_]+)`\s*\|/.exec(line);
    if (!m) continue;
    if (rows.has(m[1])) throw new Error(`docs/error-reasons.md lists ${m[1]} twice`);
    rows.set(m[1], m[2]);
  }
  return rows;
}

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && name !== 'error-reasons.ts') out.push(path);
  }
  return out;
}

describe('ErrorReason', () => {
  it('is a set of SCREAMING_SNAKE_CASE names, each its own value', () => {
    for (const r of REASONS) {
      expect(r).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
      expect(ErrorReason[r]).toBe(r);
      expect(isErrorReason(r)).toBe(true);
    }
    expect(isErrorReason('serial_taken')).toBe(false);
    expect(isErrorReason('toString')).toBe(false);
    expect(isErrorReason(undefined)).toBe(false);
  });

  it('answers each reason with one transport code', () => {
    const codes = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'CONFLICT', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    for (const r of REASONS) expect([...codes, 'GRAPHQL_VALIDATION_FAILED', 'LIMIT', 'BAD_REQUEST']).toContain(ERROR_REASON_CODE[r]);
    for (const [code, reason] of Object.entries(DEFAULT_REASON)) expect(ERROR_REASON_CODE[reason]).toBe(code);
    for (const reason of Object.values(NOT_FOUND_REASON)) expect(ERROR_REASON_CODE[reason]).toBe('NOT_FOUND');
    expect(ERROR_REASON_CODE.SERIAL_TAKEN).toBe('CONFLICT');
    expect(ERROR_REASON_CODE.GEC_ALREADY_CLAIMED).toBe('CONFLICT');
    expect(ERROR_REASON_CODE.SHIPMENT_IN_TRANSIT).toBe('CONFLICT');
    expect(ERROR_REASON_CODE.OTHER_MANUFACTURER).toBe('FORBIDDEN');
  });

  it('docs/error-reasons.md lists every reason with its code, and nothing else', () => {
    const docs = documented();
    const missing = REASONS.filter((r) => !docs.has(r));
    const unknown = [...docs.keys()].filter((r) => !isErrorReason(r));
    expect({ missing, unknown }).toEqual({ missing: [], unknown: [] });
    const wrongCode = REASONS.filter((r) => docs.get(r) !== ERROR_REASON_CODE[r]).map((r) => `${r}: ${docs.get(r)}`);
    expect(wrongCode).toEqual([]);
  });

  it('every reason is answered somewhere in src/ (none is listed and never given)', () => {
    const text = sources(join(ROOT, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = REASONS.filter((r) => !new RegExp(`['.]${r}'?\\b`).test(text));
    expect(unused).toEqual([]);
  });
});
