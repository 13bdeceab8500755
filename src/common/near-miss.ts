/**
 * "Did you mean …?" for unknown input fields. A candidate is a near miss when it is the same name
 * written another way (case, `_`, `-`: `parent_serial` for `parentSerial`) or a small typo away:
 * an optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps) of
 * at most one edit per four characters, and at least 1. An `Id` suffix is ignored (`batchId` for
 * `batch`, `shipment_id` for `shipment`).
 */
const normalize = (s: string): string => s.toLowerCase().replace(/[_\-\s]/g, '');
const withoutId = (s: string): string => (s.length > 2 && s.endsWith('id') ? s.slice(0, -2) : s);

export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest known name to `name`, or null when none is near enough. */
export function nearMiss(name: string, known: readonly string[]): string | null {
  const n = normalize(name);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const k of known) {
    const distance = Math.min(editDistance(n, normalize(k)), editDistance(withoutId(n), withoutId(normalize(k))));
    if (distance < bestDistance) {
      best = k;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  const allowed = Math.max(1, Math.floor(Math.max(n.length, normalize(best).length) / 4));
  return bestDistance <= allowed ? best : null;
}

/**
 * `unknown field; did you mean parentSerial?` when a known name is near, else the names accepted
 * (`what` is the noun of the input: field, column).
 */
export function unknownNameProblem(what: string, name: string, known: readonly string[]): string {
  const suggestion = nearMiss(name, known);
  if (suggestion) return `unknown ${what}; did you mean ${suggestion}?`;
  if (!known.length) return `unknown ${what}; none is accepted here`;
  return `unknown ${what}; expected one of ${known.join(', ')}`;
}
