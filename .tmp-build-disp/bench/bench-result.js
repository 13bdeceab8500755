"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatResult = formatResult;
function formatResult(r) {
    const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3));
    return `${r.name}: ${fmt(r.value)} ${r.unit} (baseline: ${fmt(r.baseline)} ${r.baselineUnit ?? r.unit}, ratio: ${r.ratio.toFixed(2)})`;
}
//# sourceMappingURL=bench-result.js.map