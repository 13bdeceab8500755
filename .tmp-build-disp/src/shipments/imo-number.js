"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatImoNumber = void 0;
exports.imoCheckDigit = imoCheckDigit;
exports.parseImoNumber = parseImoNumber;
/**
 * IMO ship identification numbers (DOMAIN.md §5): `IMO` + 7 digits; the last digit is
 * (d1·7 + d2·6 + d3·5 + d4·4 + d5·3 + d6·2) mod 10.
 */
const IMO_FORMAT = /^(?:IMO)?([0-9]{7})$/;
const WEIGHTS = [7, 6, 5, 4, 3, 2];
function imoCheckDigit(firstSix) {
    let sum = 0;
    for (let i = 0; i < 6; i++)
        sum += Number(firstSix[i]) * WEIGHTS[i];
    return sum % 10;
}
/** Accepts `IMO 9319466`, `IMO9319466` or `9319466`; answers the 7 digits or what is wrong. */
function parseImoNumber(raw) {
    const m = IMO_FORMAT.exec(raw.replace(/\s+/g, '').toUpperCase());
    if (!m)
        return { ok: false, message: `"${raw.slice(0, 30)}" is not an IMO number (IMO followed by 7 digits)` };
    const digits = m[1];
    const expected = imoCheckDigit(digits);
    if (Number(digits[6]) !== expected) {
        return { ok: false, expected, message: `IMO ${digits} has check digit ${digits[6]}; it should be ${expected}` };
    }
    return { ok: true, digits };
}
const formatImoNumber = (digits) => `IMO ${digits}`;
exports.formatImoNumber = formatImoNumber;
//# sourceMappingURL=imo-number.js.map