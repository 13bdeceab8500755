import { gs1Problem, Gs1Problem, quoted } from './gs1-problem';

/**
 * Alphanumeric GS1 key qualifiers (GS1 General Specifications; docs/identifiers.md): the serial
 * number (AI 21), the batch or lot number (AI 10) and the consumer product variant (AI 22). Each is
 * 1 to 20 characters of GS1 AI encodable character set 82: the digits, the upper- and lower-case
 * Latin letters and twenty symbols, ! " % & ' ( ) * + , - . / : ; < = > ? _ (ISO/IEC 646 without
 * space, #, $, @, [, \, ], ^, `, {, |, } and ~). No other character, however printable, may appear.
 */
export const CSET82_SYMBOLS = `!"%&'()*+,-./:;<=>?_`;
const CSET82 = new RegExp(`^[0-9A-Za-z${CSET82_SYMBOLS.replace(/[\\\]^-]/g, '\\$&')}]*$`);

/** The 82 characters, in code point order (for tests and generators). */
export const CSET82_CHARACTERS: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((c) =>
  CSET82.test(c),
);

export const isCset82 = (value: string): boolean => CSET82.test(value);

/** The alphanumeric key qualifiers battrace reads and writes, with their GS1 names and lengths. */
export const KEY_QUALIFIERS = {
  '22': { name: 'consumer product variant', maxLength: 20 },
  '10': { name: 'batch or lot number', maxLength: 20 },
  '21': { name: 'serial number', maxLength: 20 },
} as const;
export type KeyQualifierAi = keyof typeof KEY_QUALIFIERS;

/** Null when `value` is an acceptable value of `ai` (21, 10 or 22), else what is wrong with it. */
export function keyQualifierProblem(ai: KeyQualifierAi, value: string): Gs1Problem | null {
  const { name, maxLength } = KEY_QUALIFIERS[ai];
  const label = `AI ${ai} (${name})`;
  if (value.length === 0) return gs1Problem('GS1_VALUE_LENGTH', `${label} must not be empty`);
  const length = [...value].length;
  if (length > maxLength) {
    return gs1Problem('GS1_VALUE_LENGTH', `${label} ${quoted(value)} has ${length} characters; GS1 allows at most ${maxLength}`);
  }
  if (!isCset82(value)) {
    const chars = [...value];
    const at = chars.findIndex((c) => !isCset82(c));
    const c = chars[at];
    const code = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return gs1Problem(
      'GS1_FORBIDDEN_CHARACTER',
      `${label} ${quoted(value)} has ${JSON.stringify(c)} (${code}) at position ${at + 1}, which is not in GS1 AI encodable character set 82 (digits, Latin letters and !"%&'()*+,-./:;<=>?_)`,
    );
  }
  return null;
}

/** Null when `serial` is an acceptable GS1 serial number (AI 21), else what is wrong with it. */
export const gs1SerialProblem = (serial: string): Gs1Problem | null => keyQualifierProblem('21', serial);

export const isGs1Serial = (serial: string): boolean => gs1SerialProblem(serial) === null;

/**
 * The AI 21 rule as one POSIX regular expression for PostgreSQL's `~` (1 to 20 characters of set 82),
 * so that a set-based check can find the first offending serial of many rows; the offender is then
 * explained by gs1SerialProblem. Pass it as a query parameter (it holds a quote).
 */
export const GS1_SERIAL_SQL_PATTERN = `^[0-9A-Za-z!"%&'()*+,./:;<=>?_-]{1,20}$`;
