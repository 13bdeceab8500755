"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.result = result;
exports.formatRatio = formatRatio;
exports.formatLine = formatLine;
exports.note = note;
function result(name, value, unit, baseline, details) {
    return { name, value, unit, baseline, ratio: baseline.value === 0 ? Number.NaN : value / baseline.value, details };
}
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n) || Math.abs(n) >= 100)
        return String(Math.round(n));
    return String(Number(n.toPrecision(3)));
}
function formatRatio(r) {
    if (!Number.isFinite(r))
        return String(r);
    return Math.abs(r) >= 10 ? r.toFixed(1) : r.toFixed(2);
}
function formatLine(r) {
    return `${r.name}: ${formatNumber(r.value)} ${r.unit} (baseline: ${formatNumber(r.baseline.value)} ${r.baseline.unit}, ratio: ${formatRatio(r.ratio)})`;
}
/** Progress notes go to stderr so that stdout holds only the result lines. */
function note(message) {
    process.stderr.write(`[bench] ${message}\n`);
}
//# sourceMappingURL=bench-result.js.map