import { isUuid } from '../common/validate';
import { serialProblem } from '../common/serial';
import { buildDigitalLink, parseDigitalLink } from './digital-link';
import { gs1Problem, Gs1IdentifierError, Gs1Problem, quoted } from './gs1-problem';
import { gs1SerialProblem } from './gs1-serial';
import { gtinProblem } from './gtin';
import { decodeSegment, encodeSegment, normalizeBase, splitUri } from './uri-path';

/**
 * One identifier per battery (docs/identifiers.md). Every battery (cell, module or pack) is named
 * by one URI on battrace's public base:
 *
 * - **GS1 form**, when its manufacturer has a GS1 company prefix, its model a GTIN, and its serial
 *   is a valid GS1 serial number (AI 21: 1 to 20 characters of character set 82): the GS1 Digital
 *   Link URI `<base>/01/<GTIN-14>/21/<serial>` (GS1 Digital Link URI Syntax 1.2).
 * - **battrace form** otherwise: `<base>/batteries/<manufacturerId>/21/<serial>`. It has the same
 *   shape (a key, then `21` and the serial), but its key is the manufacturer's battrace id under
 *   battrace's own first segment, so it can never be mistaken for a GS1 key, and its serial follows
 *   battrace's unit-serial rule (1 to 64 printable characters, src/common/serial.ts), percent-encoded.
 *
 * A manufacturer's serials are unique per manufacturer, so both forms name exactly one battery.
 * Whether the GTIN was allocated under the manufacturer's own prefix is checked where a model's
 * GTIN is recorded (gtinCompanyPrefixProblem in gtin.ts), not here.
 */
export const BATTRACE_BATTERY_SEGMENT = 'batteries';
export const SERIAL_AI = '21';

/** Why a battery has the battrace form rather than the GS1 one. */
export type BattraceFormCause = 'NO_GS1_COMPANY_PREFIX' | 'NO_GTIN' | 'SERIAL_NOT_GS1';

export interface BatteryFacts {
  manufacturerId: string;
  /** The manufacturer's GS1 company prefix (organizations.gs1_company_prefix), if recorded. */
  gs1CompanyPrefix: string | null;
  /** The battery model's GTIN (any of the four lengths), if recorded. */
  gtin: string | null;
  /** The manufacturer's serial of this battery. */
  serial: string;
}

export type BatteryKey = { scheme: 'gs1'; gtin: string; serial: string } | { scheme: 'battrace'; manufacturerId: string; serial: string };

export type BatteryIdentifier =
  | { scheme: 'gs1'; uri: string; gtin: string; serial: string }
  | { scheme: 'battrace'; uri: string; manufacturerId: string; serial: string; cause: BattraceFormCause };

/** Which form a battery takes, and the cause when it is the battrace one (pure: no base needed). */
export function batteryForm(facts: BatteryFacts): { scheme: 'gs1' } | { scheme: 'battrace'; cause: BattraceFormCause } {
  if (!facts.gs1CompanyPrefix) return { scheme: 'battrace', cause: 'NO_GS1_COMPANY_PREFIX' };
  if (!facts.gtin) return { scheme: 'battrace', cause: 'NO_GTIN' };
  if (gs1SerialProblem(facts.serial)) return { scheme: 'battrace', cause: 'SERIAL_NOT_GS1' };
  return { scheme: 'gs1' };
}

/**
 * The battery's identifier on `base` (the public base URL). Facts that could not have been stored
 * (a malformed GTIN or manufacturer id, an invalid serial) throw Gs1IdentifierError: they are bugs
 * upstream, not a reason to mint a different identifier.
 */
export function batteryIdentifier(base: string, facts: BatteryFacts): BatteryIdentifier {
  if (facts.gtin !== null) {
    const problem = gtinProblem(facts.gtin);
    if (problem) throw new Gs1IdentifierError(problem);
  }
  const form = batteryForm(facts);
  if (form.scheme === 'gs1') {
    const gtin = facts.gtin!.padStart(14, '0');
    return { scheme: 'gs1', uri: buildDigitalLink(base, { gtin, serial: facts.serial }), gtin, serial: facts.serial };
  }
  const manufacturerId = facts.manufacturerId.toLowerCase();
  return {
    scheme: 'battrace',
    uri: `${normalizeBase(base)}${battracePath(manufacturerId, facts.serial)}`,
    manufacturerId,
    serial: facts.serial,
    cause: form.cause,
  };
}

function battracePath(manufacturerId: string, serial: string): string {
  if (!isUuid(manufacturerId)) {
    throw new Gs1IdentifierError(gs1Problem('MALFORMED_DIGITAL_LINK', `manufacturer id ${quoted(manufacturerId)} is not a UUID`));
  }
  const problem = serialProblem(serial);
  if (problem) throw new Gs1IdentifierError(gs1Problem('MALFORMED_DIGITAL_LINK', `serial ${quoted(serial)} ${problem}`));
  return `/${BATTRACE_BATTERY_SEGMENT}/${manufacturerId}/${SERIAL_AI}/${encodeSegment(serial)}`;
}

export type BatteryIdentifierParse =
  { ok: true; key: BatteryKey; canonicalPath: string; isCanonical: boolean } | { ok: false; problem: Gs1Problem };

/**
 * Reads either form, as a full URI or a bare path, back into the battery's key. A GS1 Digital Link
 * that names a trade item but no serial (no AI 21) is refused: it names a model, not one battery.
 * Extra key qualifiers (22, 10) are allowed by GS1 and ignored here, the canonical path drops them.
 */
export function parseBatteryIdentifier(uriOrPath: string): BatteryIdentifierParse {
  const s = splitUri(uriOrPath);
  if ('problem' in s) return { ok: false, problem: s.problem };
  const { segments } = s.split;
  const at = segments.indexOf(BATTRACE_BATTERY_SEGMENT);
  const gs1At = segments.indexOf('01');
  if (at >= 0 && (gs1At < 0 || at < gs1At)) return parseBattraceSegments(segments.slice(at + 1));

  const parsed = parseDigitalLink(uriOrPath);
  if (!parsed.ok) return parsed;
  const { gtin, serial } = parsed.link;
  if (serial === undefined) {
    return {
      ok: false,
      problem: gs1Problem(
        'MALFORMED_DIGITAL_LINK',
        `the Digital Link names GTIN ${gtin} but no serial (AI 21): expected /01/${gtin}/21/<serial>`,
      ),
    };
  }
  const canonicalPath = `/01/${gtin}/21/${encodeSegment(serial)}`;
  return {
    ok: true,
    key: { scheme: 'gs1', gtin, serial },
    canonicalPath,
    isCanonical: parsed.link.isCanonical && parsed.link.canonicalPath === canonicalPath,
  };
}

function parseBattraceSegments(after: string[]): BatteryIdentifierParse {
  const bad = (message: string): BatteryIdentifierParse => ({ ok: false, problem: gs1Problem('MALFORMED_DIGITAL_LINK', message) });
  const shape = `expected /${BATTRACE_BATTERY_SEGMENT}/<manufacturer id>/${SERIAL_AI}/<serial>`;
  if (after.length !== 3)
    return bad(`a battrace battery URI has a manufacturer id, "${SERIAL_AI}" and a serial after /${BATTRACE_BATTERY_SEGMENT}/: ${shape}`);
  const [id, ai, encodedSerial] = after;
  if (!isUuid(id)) return bad(`manufacturer id ${quoted(id)} is not a UUID: ${shape}`);
  if (ai !== SERIAL_AI)
    return { ok: false, problem: gs1Problem('UNKNOWN_AI', `${quoted(ai)} where "${SERIAL_AI}" (serial) is expected: ${shape}`) };
  const decoded = decodeSegment(encodedSerial, 'the serial');
  if ('problem' in decoded) return { ok: false, problem: decoded.problem };
  const problem = serialProblem(decoded.value);
  if (problem) return bad(`serial ${quoted(decoded.value)} ${problem}`);
  const manufacturerId = id.toLowerCase();
  const canonicalPath = battracePath(manufacturerId, decoded.value);
  return {
    ok: true,
    key: { scheme: 'battrace', manufacturerId, serial: decoded.value },
    canonicalPath,
    isCanonical: `/${BATTRACE_BATTERY_SEGMENT}/${after.join('/')}` === canonicalPath,
  };
}
