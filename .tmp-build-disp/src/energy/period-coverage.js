"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.uncoveredDays = uncoveredDays;
const DAY_MS = 86_400_000;
const toMs = (d) => Date.parse(`${d}T00:00:00Z`);
const toDay = (ms) => new Date(ms).toISOString().slice(0, 10);
function uncoveredDays(windowFrom, windowTo, periods) {
    const gaps = [];
    let cursor = toMs(windowFrom);
    const end = toMs(windowTo);
    const sorted = [...periods].sort((a, b) => (a.periodStart < b.periodStart ? -1 : a.periodStart > b.periodStart ? 1 : 0));
    for (const p of sorted) {
        if (cursor > end)
            break;
        const s = toMs(p.periodStart);
        const e = toMs(p.periodEnd);
        if (e < cursor)
            continue;
        if (s > cursor)
            gaps.push({ from: toDay(cursor), to: toDay(Math.min(s - DAY_MS, end)) });
        cursor = Math.max(cursor, e + DAY_MS);
    }
    if (cursor <= end)
        gaps.push({ from: toDay(cursor), to: toDay(end) });
    return gaps;
}
//# sourceMappingURL=period-coverage.js.map