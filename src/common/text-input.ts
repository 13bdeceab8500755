/**
 * What a text input may hold, checked before anything is stored. Each check answers null when
 * the text is acceptable, else the reason (the caller names the field: BAD_USER_INPUT).
 *
 *  - A lone UTF-16 surrogate (U+D800–U+DFFF not in a high–low pair) is not a Unicode character:
 *    JSON lets a client send one as `"\ud800"`, but it has no UTF-8 form, so PostgreSQL refuses it
 *    in jsonb and the driver silently turns it into U+FFFD in text. Refused in every string.
 *  - Control characters (C0, DEL, C1) are refused in single-line text: they break logs, CSV and
 *    the printed passport, and a NUL cannot be stored in PostgreSQL text at all.
 *  - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 *    refused in names and identifiers: they reorder what a reader sees (a name shown as
 *    "ACME Cells" may be stored as something else): Unicode TR#36 (bidirectional text spoofing),
 *    UAX #9 §2 (the explicit directional formatting characters).
 */

/** The first lone surrogate in `text` and where it is, or null. */
export function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

/** True when every UTF-16 code unit of `text` is part of a Unicode scalar value (native on Node 20). */
export const isWellFormedText = (text: string): boolean =>
  (text as string & { isWellFormed?: () => boolean }).isWellFormed?.() ?? loneSurrogateAt(text) < 0;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export function loneSurrogateProblem(text: string): string | null {
  if (isWellFormedText(text)) return null;
  const at = loneSurrogateAt(text);
  return `must not contain a lone UTF-16 surrogate (${codePoint(text[at])} at position ${at}): it is not a Unicode character`;
}

export function controlCharacterProblem(text: string): string | null {
  const m = CONTROL.exec(text);
  return m ? `must not contain control characters (${codePoint(m[0])} at position ${m.index})` : null;
}

export function bidiControlProblem(text: string): string | null {
  const m = BIDI_CONTROL.exec(text);
  return m ? `must not contain bidirectional override or isolate characters (${codePoint(m[0])} at position ${m.index})` : null;
}

/** Single-line text: well formed and without control characters. */
export const lineTextProblem = (text: string): string | null => loneSurrogateProblem(text) ?? controlCharacterProblem(text);

const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/**
 * A name or identifier: single-line text without bidirectional controls. One native check and
 * one regular expression on the common (acceptable) path: the bulk upload checks two per line.
 */
export function nameTextProblem(text: string): string | null {
  if (isWellFormedText(text) && !CONTROL_OR_BIDI.test(text)) return null;
  return lineTextProblem(text) ?? bidiControlProblem(text);
}
