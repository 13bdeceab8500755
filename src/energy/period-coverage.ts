/**
 * Which days of a window no energy period covers. Days are `YYYY-MM-DD` strings, both ends
 * inclusive; periods of one park never overlap (a database constraint), but this works either way.
 */
export interface DayRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toMs = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const toDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function uncoveredDays(windowFrom: string, windowTo: string, periods: { periodStart: string; periodEnd: string }[]): DayRange[] {
  const gaps: DayRange[] = [];
  let cursor = toMs(windowFrom);
  const end = toMs(windowTo);
  const sorted = [...periods].sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
  for (const p of sorted) {
    if (cursor > end) break;
    const s = toMs(p.periodStart);
    const e = toMs(p.periodEnd);
    if (e < cursor) continue;
    if (s > cursor) gaps.push({ from: toDay(cursor), to: toDay(Math.min(s - DAY_MS, end)) });
    cursor = Math.max(cursor, e + DAY_MS);
  }
  if (cursor <= end) gaps.push({ from: toDay(cursor), to: toDay(end) });
  return gaps;
}
