import fc from 'fast-check';
import { Readable } from 'node:stream';
import { HEALTH_ATTRIBUTES } from './health-attributes';
import { HealthLineError, HealthLinesToCopy, parseHealthLine } from './health-lines';

const NOW = Date.parse('2026-07-01T12:00:00Z');
const line = (o: Record<string, unknown>) =>
  JSON.stringify({ serial: 'P-1', attribute: 'stateOfCharge', measuredAt: '2026-06-14T08:30:00+02:00', value: 81.5, unit: '%', ...o });
const problem = (text: string) => {
  try {
    parseHealthLine(7, text, NOW);
    return null;
  } catch (e) {
    const err = e as HealthLineError;
    return { line: err.line, field: err.field, reason: err.reason, problem: err.problem };
  }
};

describe('health reading lines', () => {
  it('reads a reading with the catalogue key, unit and an RFC 3339 time with offset', () => {
    const r = parseHealthLine(1, line({ manufacturerId: 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' }), NOW);
    expect(r).toMatchObject({ serial: 'P-1', value: 81.5, manufacturerId: 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' });
    expect(r.attribute.key).toBe('stateOfCharge');
    expect(r.measuredAtMs).toBe(Date.parse('2026-06-14T06:30:00Z'));
  });

  it.each([
    ['an unknown field', line({ temperature: 3 }), 'temperature', 'UNKNOWN_FIELD'],
    ['an attribute not in the catalogue', line({ attribute: 'stateOfHealth' }), 'attribute', 'NOT_A_HEALTH_ATTRIBUTE'],
    ['a static attribute', line({ attribute: 'batteryMass', unit: 'kg' }), 'attribute', 'NOT_A_HEALTH_ATTRIBUTE'],
    ['the battery status (recorded by the unit lifecycle)', line({ attribute: 'batteryStatus' }), 'attribute', 'NOT_A_HEALTH_ATTRIBUTE'],
    ['a unit that does not match', line({ unit: 'percent' }), 'unit', 'UNIT_MISMATCH'],
    ['no unit', line({ unit: undefined }), 'unit', 'UNIT_MISMATCH'],
    ['a state of charge above 100 %', line({ value: 100.5 }), 'value', 'OUT_OF_RANGE'],
    ['a state of charge below 0', line({ value: -1 }), 'value', 'OUT_OF_RANGE'],
    ['a value as text', line({ value: '81' }), 'value', 'MALFORMED_VALUE'],
    ['a fractional cycle count', line({ attribute: 'numberOfFullCycles', unit: '-', value: 12.5 }), 'value', 'OUT_OF_RANGE'],
    ['a time without offset', line({ measuredAt: '2026-06-14T08:30:00' }), 'measuredAt', 'MALFORMED_DATE_TIME'],
    ['a time in the future', line({ measuredAt: '2026-07-01T12:10:00Z' }), 'measuredAt', 'EVENT_IN_FUTURE'],
    ['a bad serial', line({ serial: '' }), 'serial', 'INVALID_INPUT'],
    ['a manufacturer that is no id', line({ manufacturerId: 'acme' }), 'manufacturerId', 'INVALID_ID'],
    ['no JSON', '{"serial":', 'json', 'MALFORMED_VALUE'],
  ])('refuses %s, naming the line and the field', (_what, text, field, reason) => {
    expect(problem(text)).toMatchObject({ line: 7, field, reason });
  });

  it('accepts the catalogue units of every kind of attribute at their bounds', () => {
    expect(problem(line({ value: 0 }))).toBeNull();
    expect(problem(line({ value: 100 }))).toBeNull();
    expect(problem(line({ attribute: 'remainingPowerCapability', unit: 'W', value: 150000 }))).toBeNull();
    expect(problem(line({ attribute: 'timeExtremeHighTemp', unit: 'Minutes', value: 42 }))).toBeNull();
    expect(problem(line({ attribute: 'temperatureInformation', unit: '°C', value: -30.5 }))).toBeNull();
    expect(problem(line({ attribute: 'currentSelfDischargingRate', unit: '%/month', value: 2.5 }))).toBeNull();
    expect(problem(line({ attribute: 'informationOnAccidents', unit: '-', value: 1 }))).toBeNull();
  });

  it('streams COPY rows, skipping blank lines, and stops at the first bad line', async () => {
    const rows: string[] = [];
    const t = new HealthLinesToCopy(NOW);
    t.on('data', (c: Buffer | string) => rows.push(c.toString()));
    const input = `${line({})}\n\n${line({ attribute: 'numberOfFullCycles', unit: '-', value: 12, serial: 'P\\2' })}\r\n`;
    await new Promise<void>((ok, fail) =>
      Readable.from([input.slice(0, 30), input.slice(30)])
        .pipe(t)
        .on('finish', ok)
        .on('error', fail),
    );
    expect(rows.join('')).toBe('1\tP-1\t\t3\t2026-06-14T08:30:00+02:00\t81.5\n3\tP\\\\2\t\t8\t2026-06-14T08:30:00+02:00\t12\n');
    expect(t.readings).toBe(2);

    const bad = new HealthLinesToCopy(NOW);
    const err = await new Promise<unknown>((ok) =>
      Readable.from([`${line({})}\n${line({ value: 101 })}\n`])
        .pipe(bad)
        .on('error', ok)
        .resume(),
    );
    expect(err).toMatchObject({ line: 2, field: 'value', reason: 'OUT_OF_RANGE' });
  });

  it("property: any value within an attribute's bound, in its unit, is read back exactly; any other unit is refused", () => {
    const units = [...new Set(HEALTH_ATTRIBUTES.map((a) => a.unit))];
    fc.assert(
      fc.property(
        fc.constantFrom(...HEALTH_ATTRIBUTES),
        fc.double({ min: 0, max: 1, noNaN: true }).filter((x) => x === 0 || x > 1e-300), // subnormal values are refused by design
        fc.constantFrom(...units),
        (a, t, other) => {
          const raw = a.bound.min + t * (a.bound.max - a.bound.min);
          const value = a.bound.integer ? Math.round(raw) : raw;
          const r = parseHealthLine(1, line({ attribute: a.key, unit: a.unit, value }), NOW);
          expect(r.value).toBe(value);
          expect(r.attribute.key).toBe(a.key);
          if (other !== a.unit)
            expect(problem(line({ attribute: a.key, unit: other, value }))).toMatchObject({ field: 'unit', reason: 'UNIT_MISMATCH' });
        },
      ),
    );
  });
});
