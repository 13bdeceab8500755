/**
 * The near miss of an unknown name among the names a format knows, for error messages such as
 * `parent_serial: unknown field; did you mean parentSerial?`. A candidate matches when it is the
 * same name ignoring case, `_` and `-` (parent_serial, ParentSerial, parent-serial), or when it
 * is within a small edit distance (Levenshtein: one edit for names up to 4 characters, two for
 * longer ones), which catches typos such as `serail` or `parentSerail`. Null when nothing is near.
 */
export function nearMiss(name: string, candidates: readonly string[]): string | null {
  const folded = fold(name);
  const same = candidates.find((c) => fold(c) === folded);
  if (same !== undefined) return same;
  const limit = folded.length <= 4 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const d = editDistance(folded, fold(c), limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `unknown field` with the near miss appended when there is one. */
export function unknownNameProblem(what: string, name: string, candidates: readonly string[]): string {
  const near = nearMiss(name, candidates);
  return near === null ? `unknown ${what}; expected one of ${candidates.join(', ')}` : `unknown ${what}; did you mean ${near}?`;
}

const fold = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');

/** Levenshtein distance, giving up (returning limit + 1) once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}
