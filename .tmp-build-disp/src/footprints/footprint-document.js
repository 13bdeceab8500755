"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LIFECYCLE_STAGES = exports.FOOTPRINT_DOCUMENT_FORMAT = void 0;
/**
 * The footprint document: everything a footprint is computed from, in one plain JSON value. It is
 * stored with the footprint (footprints.inputs), its canonical-JSON SHA-256 is the footprint's
 * inputs_sha256, and computeFootprint(document) gives the footprint's numbers, so anyone holding
 * the document (a certifier) recomputes them to the last digit. Dates are ISO strings and absent
 * values are null (never undefined), so the document survives a JSON round trip unchanged.
 */
exports.FOOTPRINT_DOCUMENT_FORMAT = 'battrace/footprint-inputs@1';
/** The four stages of EU 2023/1542 Annex II (use phase excluded), DOMAIN.md §3. */
exports.LIFECYCLE_STAGES = ['RAW_MATERIAL_ACQUISITION', 'MAIN_PRODUCTION', 'DISTRIBUTION', 'END_OF_LIFE_RECYCLING'];
//# sourceMappingURL=footprint-document.js.map