"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_HS_CODE = void 0;
exports.parseHsCode = parseHsCode;
exports.parseTariffCode = parseTariffCode;
/**
 * Harmonized System codes (DOMAIN.md §5): six digits, written `8507.60` (lithium-ion
 * accumulators; 8507.90 parts). National tariff extensions (CN 10 digits, EU CN 8, US HTS 10)
 * are a separate field.
 */
exports.DEFAULT_HS_CODE = '8507.60';
/** `8507.60`, `850760` or `8507 60` → `8507.60`; anything that is not six digits is refused. */
function parseHsCode(raw) {
    const digits = raw.trim().replace(/[.\s]/g, '');
    if (!/^[0-9]{6}$/.test(digits) || !/^[0-9]{4}[.\s]?[0-9]{2}$/.test(raw.trim())) {
        return { ok: false, message: `"${raw.slice(0, 20)}" is not a six-digit HS code (e.g. 8507.60)` };
    }
    return { ok: true, code: `${digits.slice(0, 4)}.${digits.slice(4)}` };
}
/** A national tariff line: 8 to 10 digits (dots and spaces ignored). */
function parseTariffCode(raw) {
    const digits = raw.trim().replace(/[.\s]/g, '');
    if (!/^[0-9]{8,10}$/.test(digits))
        return { ok: false, message: `"${raw.slice(0, 20)}" is not an 8 to 10 digit national tariff code` };
    return { ok: true, code: digits };
}
//# sourceMappingURL=hs-code.js.map