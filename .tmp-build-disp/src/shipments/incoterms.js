"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatIncoterm = exports.INCOTERMS_VERSION = exports.INCOTERMS_SEA_ONLY = exports.INCOTERMS_ANY_MODE = void 0;
exports.parseIncoterm = parseIncoterm;
/**
 * Incoterms 2020 (DOMAIN.md §5): any mode EXW, FCA, CPT, CIP, DAP, DPU, DDP; sea and inland
 * waterway only FAS, FOB, CFR, CIF. Written `<rule> <named place> Incoterms 2020`, e.g.
 * `FOB Tianjin Incoterms 2020`.
 */
exports.INCOTERMS_ANY_MODE = ['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP'];
exports.INCOTERMS_SEA_ONLY = ['FAS', 'FOB', 'CFR', 'CIF'];
exports.INCOTERMS_VERSION = '2020';
const RULES = [...exports.INCOTERMS_ANY_MODE, ...exports.INCOTERMS_SEA_ONLY];
/** `FOB Tianjin Incoterms 2020` (the version may be left out: 2020 is the only edition known here). */
function parseIncoterm(raw) {
    const m = /^([A-Za-z]{3})\s+(.+?)(?:\s+Incoterms(?:®)?\s+(\d{4}))?$/i.exec(raw.trim());
    if (!m)
        return { ok: false, message: `"${raw.slice(0, 60)}" is not written as "<rule> <named place> Incoterms 2020"` };
    const rule = m[1].toUpperCase();
    if (!RULES.includes(rule))
        return { ok: false, message: `unknown Incoterm "${m[1]}"; Incoterms 2020 rules are ${RULES.join(', ')}` };
    if (m[3] !== undefined && m[3] !== exports.INCOTERMS_VERSION) {
        return { ok: false, message: `Incoterms ${m[3]} is not supported; write the rule under Incoterms ${exports.INCOTERMS_VERSION}` };
    }
    const namedPlace = m[2].replace(/\s+/g, ' ').trim();
    return {
        ok: true,
        value: {
            rule: rule,
            namedPlace,
            version: exports.INCOTERMS_VERSION,
            seaOnly: exports.INCOTERMS_SEA_ONLY.includes(rule),
        },
    };
}
const formatIncoterm = (t) => `${t.rule} ${t.namedPlace} Incoterms ${t.version}`;
exports.formatIncoterm = formatIncoterm;
//# sourceMappingURL=incoterms.js.map