import fc from 'fast-check';
import { serialProblem } from '../common/serial';
import { batteryForm, batteryIdentifier, parseBatteryIdentifier } from './battery-identifier';
import { CSET82_CHARACTERS } from './gs1-serial';
import { gs1CheckDigit } from './gtin';

const BASE = 'https://battrace.example';
const MANUFACTURER = '3f1c2a9e-5b7d-4c8e-9a01-23456789abcd';
const digit = fc.integer({ min: 0, max: 9 }).map(String);
const validGtin = fc
  .constantFrom(8, 12, 13, 14)
  .chain((n) => fc.array(digit, { minLength: n - 1, maxLength: n - 1 }))
  .map((d) => d.join('') + String(gs1CheckDigit(d.join(''))));
const gs1Serial = fc.array(fc.constantFrom(...CSET82_CHARACTERS), { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));
/** Any battrace unit serial: 1 to 64 printable characters without surrounding spaces (src/common/serial.ts). */
const battraceSerial = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 64 }))
  .filter((s) => serialProblem(s) === null);

describe('one identifier per battery (docs/identifiers.md)', () => {
  it('GS1 form when the manufacturer has a company prefix, the model a GTIN and the serial fits AI 21', () => {
    expect(
      batteryIdentifier(BASE, { manufacturerId: MANUFACTURER, gs1CompanyPrefix: '9506000', gtin: '9506000134352', serial: 'P-000123' }),
    ).toEqual({
      scheme: 'gs1',
      uri: 'https://battrace.example/01/09506000134352/21/P-000123',
      gtin: '09506000134352',
      serial: 'P-000123',
    });
  });

  it("battrace form otherwise, saying why, under battrace's own first segment", () => {
    const facts = { manufacturerId: MANUFACTURER.toUpperCase(), gs1CompanyPrefix: null, gtin: null, serial: 'Zelle 7/é' };
    expect(batteryIdentifier(BASE, facts)).toEqual({
      scheme: 'battrace',
      uri: `https://battrace.example/batteries/${MANUFACTURER}/21/Zelle%207%2F%C3%A9`,
      manufacturerId: MANUFACTURER,
      serial: 'Zelle 7/é',
      cause: 'NO_GS1_COMPANY_PREFIX',
    });
    expect(batteryForm({ ...facts, gs1CompanyPrefix: '9506000' })).toEqual({ scheme: 'battrace', cause: 'NO_GTIN' });
    expect(batteryForm({ ...facts, gs1CompanyPrefix: '9506000', gtin: '9506000134352' })).toEqual({
      scheme: 'battrace',
      cause: 'SERIAL_NOT_GS1',
    });
    expect(batteryForm({ ...facts, gs1CompanyPrefix: '9506000', gtin: '9506000134352', serial: 'X'.repeat(21) }).scheme).toBe('battrace');
  });

  it('refuses facts that could not have been stored: a bad GTIN, a manufacturer id that is no UUID, an invalid serial', () => {
    const ok = { manufacturerId: MANUFACTURER, gs1CompanyPrefix: '9506000', gtin: '9506000134352', serial: 'A' };
    expect(() => batteryIdentifier(BASE, { ...ok, gtin: '9506000134353' })).toThrow('should be 2');
    expect(() => batteryIdentifier(BASE, { ...ok, gtin: null, manufacturerId: 'acme' })).toThrow('is not a UUID');
    expect(() => batteryIdentifier(BASE, { ...ok, gtin: null, serial: ' A' })).toThrow('must not start or end with spaces');
  });

  it('parses both forms back, from a URI or a bare path', () => {
    expect(parseBatteryIdentifier('https://battrace.example/01/09506000134352/21/P-000123')).toEqual({
      ok: true,
      key: { scheme: 'gs1', gtin: '09506000134352', serial: 'P-000123' },
      canonicalPath: '/01/09506000134352/21/P-000123',
      isCanonical: true,
    });
    expect(parseBatteryIdentifier(`/batteries/${MANUFACTURER.toUpperCase()}/21/Zelle%207`)).toEqual({
      ok: true,
      key: { scheme: 'battrace', manufacturerId: MANUFACTURER, serial: 'Zelle 7' },
      canonicalPath: `/batteries/${MANUFACTURER}/21/Zelle%207`,
      isCanonical: false,
    });
    // A battrace serial may be "01" without being read as a GTIN.
    expect(parseBatteryIdentifier(`/batteries/${MANUFACTURER}/21/01`)).toMatchObject({
      ok: true,
      key: { scheme: 'battrace', serial: '01' },
    });
    // GS1 qualifiers 22 and 10 are allowed; the battery's canonical path drops them.
    expect(parseBatteryIdentifier('/01/9506000134352/10/L1/21/P1')).toMatchObject({
      ok: true,
      key: { scheme: 'gs1', gtin: '09506000134352', serial: 'P1' },
      canonicalPath: '/01/09506000134352/21/P1',
      isCanonical: false,
    });
  });

  it('refuses a Digital Link without a serial, and a malformed battrace form, saying what is wrong', () => {
    const problem = (s: string) => {
      const r = parseBatteryIdentifier(s);
      return r.ok ? null : r.problem;
    };
    expect(problem('/01/09506000134352')?.message).toBe(
      'the Digital Link names GTIN 09506000134352 but no serial (AI 21): expected /01/09506000134352/21/<serial>',
    );
    expect(problem('/01/09506000134353/21/X')?.reason).toBe('GTIN_CHECK_DIGIT');
    expect(problem(`/batteries/${MANUFACTURER}`)?.message).toContain('expected /batteries/<manufacturer id>/21/<serial>');
    expect(problem('/batteries/acme/21/X')?.message).toContain('manufacturer id "acme" is not a UUID');
    expect(problem(`/batteries/${MANUFACTURER}/10/X`)?.reason).toBe('UNKNOWN_AI');
    expect(problem(`/batteries/${MANUFACTURER}/21/${'x'.repeat(65)}`)?.message).toContain('must be at most 64 characters');
    expect(problem(`/batteries/${MANUFACTURER}/21/%E2%80%AEX`)?.reason).toBe('MALFORMED_DIGITAL_LINK');
  });

  it('property: the GS1 form round-trips for any valid GTIN and any AI 21 serial', () => {
    fc.assert(
      fc.property(validGtin, gs1Serial, (gtin, serial) => {
        const id = batteryIdentifier(BASE, { manufacturerId: MANUFACTURER, gs1CompanyPrefix: '9506000', gtin, serial });
        const r = parseBatteryIdentifier(id.uri);
        return id.scheme === 'gs1' && r.ok && r.isCanonical && r.key.scheme === 'gs1' && r.key.gtin === id.gtin && r.key.serial === serial;
      }),
    );
  });

  it('property: the battrace form round-trips for any battrace serial, whatever its characters', () => {
    fc.assert(
      fc.property(battraceSerial, (serial) => {
        const id = batteryIdentifier(BASE, { manufacturerId: MANUFACTURER, gs1CompanyPrefix: null, gtin: null, serial });
        const r = parseBatteryIdentifier(id.uri);
        return id.scheme === 'battrace' && r.ok && r.isCanonical && r.key.scheme === 'battrace' && r.key.serial === serial;
      }),
    );
  });
});
