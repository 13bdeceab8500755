import fc from 'fast-check';
import { MAX_SERIAL_LENGTH, serialProblem } from './serial';

const CONTROL_CHARS = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)),
  ...Array.from({ length: 33 }, (_, i) => String.fromCharCode(0x7f + i)),
];

describe('serialProblem', () => {
  it('accepts ordinary serials, Unicode and inner spaces, up to 64 characters', () => {
    for (const ok of [
      'C-000001',
      'ORD-2026-P001-M01-C001',
      '电池-模组-Ω',
      'A B',
      'x',
      'S'.repeat(MAX_SERIAL_LENGTH),
      '\\N',
      '"quoted",comma',
    ])
      expect(serialProblem(ok)).toBeNull();
    expect(MAX_SERIAL_LENGTH).toBe(64);
  });

  it('refuses empty, too long and non-string serials with a reason', () => {
    expect(serialProblem('')).toBe('must not be empty');
    expect(serialProblem('S'.repeat(65))).toBe('must be at most 64 characters, got 65');
    expect(serialProblem(12345)).toBe('must be a string');
    expect(serialProblem(null)).toBe('must be a string');
    expect(serialProblem(undefined)).toBe('must be a string');
  });

  it('refuses every C0 and C1 control character and DEL, wherever it sits', () => {
    expect(CONTROL_CHARS).toHaveLength(65);
    for (const c of CONTROL_CHARS) {
      for (const s of [`${c}AB`, `A${c}B`, `AB${c}`]) {
        // Tabs and the like at either end may be reported as spaces; either way the serial is refused.
        expect(serialProblem(s)).toMatch(/control characters|spaces/);
      }
      expect(serialProblem(`A${c}B`)).toMatch(/^must not contain control characters \(U\+[0-9A-F]{4} at position 1\)$/);
    }
  });

  it('refuses a lone surrogate and bidirectional controls (a serial is an identifier a reader compares)', () => {
    expect(serialProblem('C-\ud800')).toMatch(/lone UTF-16 surrogate \(U\+D800 at position 2\)/);
    expect(serialProblem('C-\udfff-1')).toMatch(/U\+DFFF/);
    expect(serialProblem('C-\u{1F50B}')).toBeNull(); // a battery emoji is a proper surrogate pair
    expect(serialProblem('C-\u202e1-M')).toMatch(/bidirectional override or isolate characters \(U\+202E at position 2\)/);
    expect(serialProblem('C-\u20661')).toMatch(/U\+2066/);
  });

  it('refuses leading or trailing spaces', () => {
    expect(serialProblem(' C-1')).toBe('must not start or end with spaces');
    expect(serialProblem('C-1 ')).toBe('must not start or end with spaces');
  });

  it('accepts any printable serial of 1 to 64 characters, and refuses it with a control character inserted (property)', () => {
    const printable = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, 'x').trim())
      .filter((s) => s.length >= 1 && s.length <= MAX_SERIAL_LENGTH - 1);
    fc.assert(
      fc.property(printable, fc.constantFrom(...CONTROL_CHARS), fc.nat(), (serial, control, at) => {
        expect(serialProblem(serial)).toBeNull();
        const i = 1 + (at % serial.length);
        const broken = serial.slice(0, i) + control + serial.slice(i);
        expect(serialProblem(broken)).not.toBeNull();
      }),
    );
  });
});
