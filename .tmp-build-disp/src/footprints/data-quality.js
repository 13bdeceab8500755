"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DQR_CRITERIA = void 0;
exports.dataQualityRating = dataQualityRating;
exports.invalidDqrCriterion = invalidDqrCriterion;
exports.DQR_CRITERIA = ['teR', 'geR', 'tiR', 'p'];
function dataQualityRating(r) {
    return (r.teR + r.geR + r.tiR + r.p) / 4;
}
/** The first criterion outside 1..5, or null when all are valid. */
function invalidDqrCriterion(r) {
    for (const c of exports.DQR_CRITERIA)
        if (!Number.isFinite(r[c]) || r[c] < 1 || r[c] > 5)
            return c;
    return null;
}
//# sourceMappingURL=data-quality.js.map