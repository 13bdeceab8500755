import { gs1Problem, Gs1IdentifierError, Gs1Problem, quoted } from './gs1-problem';
import { KEY_QUALIFIERS, KeyQualifierAi, keyQualifierProblem } from './gs1-serial';
import { gtinProblem } from './gtin';
import { decodeSegment, encodeSegment, normalizeBase, splitUri } from './uri-path';

/**
 * GS1 Digital Link URIs for trade items (GS1 Digital Link URI Syntax 1.2; docs/identifiers.md):
 * `https://<host>[/<prefix>]/01/<GTIN-14>[/22/<variant>][/10/<lot>][/21/<serial>]`.
 *
 * Built in the canonical shape: the GTIN in its 14-digit form, key qualifiers in the order the
 * standard fixes (22, 10, 21), each value percent-encoded except letters, digits, `-`, `.` and `_`.
 * Parsed strictly: the GTIN's check digit, each qualifier's length and character set, no AI but
 * 22, 10 and 21 after the GTIN, those in order and each at most once. A GTIN-8, -12 or -13 is
 * accepted and read as its GTIN-14, and `isCanonical` tells a resolver to redirect to the canonical
 * path. The alphabetic AI names of earlier versions (`gtin`, `ser`, …) were deprecated in 1.2 and
 * are refused with a hint.
 */
export const GTIN_AI = '01';

export interface DigitalLinkKey {
  /** GTIN-8, -12, -13 or -14 when building; always the GTIN-14 when parsed. */
  gtin: string;
  /** AI 22, consumer product variant. */
  cpv?: string;
  /** AI 10, batch or lot number. */
  lot?: string;
  /** AI 21, serial number. */
  serial?: string;
}

/** The key qualifiers in the order GS1 Digital Link requires them, with the key field of each. */
const QUALIFIER_ORDER: readonly { ai: KeyQualifierAi; field: 'cpv' | 'lot' | 'serial' }[] = [
  { ai: '22', field: 'cpv' },
  { ai: '10', field: 'lot' },
  { ai: '21', field: 'serial' },
];

/** GS1 Digital Link 1.0 / 1.1 alphabetic AI names (deprecated in 1.2), for a helpful refusal. */
const DEPRECATED_ALPHAS: Readonly<Record<string, string>> = { gtin: '01', cpv: '22', lot: '10', ser: '21' };

/** Null when every part of `key` is valid, else the first problem (GTIN, then 22, 10, 21). */
export function digitalLinkKeyProblem(key: DigitalLinkKey): Gs1Problem | null {
  const problem = gtinProblem(key.gtin);
  if (problem) return problem;
  for (const { ai, field } of QUALIFIER_ORDER) {
    const value = key[field];
    if (value === undefined) continue;
    const p = keyQualifierProblem(ai, value);
    if (p) return p;
  }
  return null;
}

/** The canonical GS1 path `/01/<GTIN-14>[/22/…][/10/…][/21/…]`; throws Gs1IdentifierError on an invalid key. */
export function digitalLinkPath(key: DigitalLinkKey): string {
  const problem = digitalLinkKeyProblem(key);
  if (problem) throw new Gs1IdentifierError(problem);
  let path = `/${GTIN_AI}/${key.gtin.padStart(14, '0')}`;
  for (const { ai, field } of QUALIFIER_ORDER) {
    const value = key[field];
    if (value !== undefined) path += `/${ai}/${encodeSegment(value)}`;
  }
  return path;
}

/** `<base>/01/<GTIN-14>…`, with `base` an http(s) origin and optional path prefix (uri-path.ts). */
export const buildDigitalLink = (base: string, key: DigitalLinkKey): string => normalizeBase(base) + digitalLinkPath(key);

export interface ParsedDigitalLink extends DigitalLinkKey {
  gtin: string;
  /** Path segments before `/01/` (a custom prefix the standard allows), raw, joined by `/`; '' for none. */
  pathPrefix: string;
  /** The query string after `?` (linkType, data attributes), raw; '' for none. */
  query: string;
  /** The canonical GS1 path of the same key. */
  canonicalPath: string;
  /** Whether the given GS1 path (from `/01/` on) was already written canonically. */
  isCanonical: boolean;
}

export type DigitalLinkParse = { ok: true; link: ParsedDigitalLink } | { ok: false; problem: Gs1Problem };

const fail = (problem: Gs1Problem): DigitalLinkParse => ({ ok: false, problem });

/** Reads a Digital Link URI (`https://host/…/01/…`) or a bare path (`/01/…`); says what is wrong when it cannot. */
export function parseDigitalLink(uriOrPath: string): DigitalLinkParse {
  const s = splitUri(uriOrPath);
  if ('problem' in s) return fail(s.problem);
  const { segments, query } = s.split;

  const start = segments.indexOf(GTIN_AI);
  if (start < 0) return fail(missingPrimaryKey(segments));
  const gtinSegment = segments[start + 1];
  if (gtinSegment === undefined) return fail(gs1Problem('MALFORMED_DIGITAL_LINK', 'AI 01 (GTIN) has no value: expected /01/<GTIN>'));
  const gtinP = gtinProblem(gtinSegment);
  if (gtinP) return fail(gtinP);
  const link: ParsedDigitalLink = {
    gtin: gtinSegment.padStart(14, '0'),
    pathPrefix: segments.slice(0, start).join('/'),
    query,
    canonicalPath: '',
    isCanonical: false,
  };

  let lastRank = -1;
  const rest = segments.slice(start + 2);
  for (let i = 0; i < rest.length; i += 2) {
    const ai = rest[i];
    const rank = QUALIFIER_ORDER.findIndex((q) => q.ai === ai);
    if (rank < 0) return fail(unknownQualifier(ai));
    if (rank === lastRank) return fail(gs1Problem('AI_ORDER', `AI ${ai} is given twice; each key qualifier may appear once`));
    if (rank < lastRank) {
      return fail(
        gs1Problem(
          'AI_ORDER',
          `AI ${ai} comes after AI ${QUALIFIER_ORDER[lastRank].ai}; key qualifiers of a GTIN go in the order 22, 10, 21`,
        ),
      );
    }
    lastRank = rank;
    const { name } = KEY_QUALIFIERS[QUALIFIER_ORDER[rank].ai];
    if (i + 1 >= rest.length) return fail(gs1Problem('MALFORMED_DIGITAL_LINK', `AI ${ai} (${name}) has no value: expected /${ai}/<value>`));
    const decoded = decodeSegment(rest[i + 1], `the value of AI ${ai} (${name})`);
    if ('problem' in decoded) return fail(decoded.problem);
    const valueP = keyQualifierProblem(QUALIFIER_ORDER[rank].ai, decoded.value);
    if (valueP) return fail(valueP);
    link[QUALIFIER_ORDER[rank].field] = decoded.value;
  }

  link.canonicalPath = digitalLinkPath(link);
  link.isCanonical = `/${segments.slice(start).join('/')}` === link.canonicalPath;
  return { ok: true, link };
}

function missingPrimaryKey(segments: string[]): Gs1Problem {
  const alpha = segments.find((seg) => DEPRECATED_ALPHAS[seg] === GTIN_AI);
  if (alpha !== undefined) {
    return gs1Problem(
      'UNKNOWN_AI',
      `"${alpha}" is not an application identifier: GS1 Digital Link URI Syntax 1.2 uses the numeric AI, /01/<GTIN>`,
    );
  }
  const ai = segments.find((seg) => /^[0-9]{2,4}$/.test(seg));
  if (ai !== undefined) {
    return gs1Problem(
      'UNKNOWN_AI',
      `AI ${ai} is not a primary key battrace resolves: a battery is identified by its GTIN, /01/<GTIN>/21/<serial>`,
    );
  }
  return gs1Problem('MALFORMED_DIGITAL_LINK', 'no GTIN in the path: expected /01/<GTIN>/21/<serial>');
}

function unknownQualifier(ai: string): Gs1Problem {
  const numeric = DEPRECATED_ALPHAS[ai];
  if (numeric !== undefined && numeric !== GTIN_AI) {
    return gs1Problem(
      'UNKNOWN_AI',
      `"${ai}" is not an application identifier: GS1 Digital Link URI Syntax 1.2 uses the numeric AI, /${numeric}/<value>`,
    );
  }
  return gs1Problem(
    'UNKNOWN_AI',
    `${quoted(ai)} is not a key qualifier of a GTIN: after /01/<GTIN> only AI 22, 10 and 21 may follow, in that order`,
  );
}
