"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UN_NUMBERS = exports.LITHIUM_UN_NUMBERS = exports.DG_CLASS = void 0;
exports.parseUnNumber = parseUnNumber;
exports.dgClassProblem = dgClassProblem;
/**
 * Dangerous goods entries for lithium batteries at sea, all class 9 (DOMAIN.md §5). A UN 38.3
 * test summary is required for each.
 */
exports.DG_CLASS = '9';
exports.LITHIUM_UN_NUMBERS = {
    UN3480: 'lithium-ion batteries shipped alone',
    UN3481: 'lithium-ion batteries contained in or packed with equipment',
    UN3171: 'battery-powered vehicles',
    UN3536: 'lithium batteries installed in a cargo transport unit (containerised storage)',
};
exports.UN_NUMBERS = Object.keys(exports.LITHIUM_UN_NUMBERS);
/** `UN3480`, `UN 3480` or `3480`. */
function parseUnNumber(raw) {
    const digits = raw
        .trim()
        .toUpperCase()
        .replace(/^UN\s*/, '');
    const code = `UN${digits}`;
    if (/^[0-9]{4}$/.test(digits) && code in exports.LITHIUM_UN_NUMBERS)
        return { ok: true, unNumber: code };
    return { ok: false, message: `"${raw.slice(0, 20)}" is not a lithium battery UN number; expected one of ${exports.UN_NUMBERS.join(', ')}` };
}
/** Only class 9 applies to these entries; any other class given is refused. */
function dgClassProblem(dgClass) {
    if (dgClass === null || dgClass === undefined || dgClass.trim() === exports.DG_CLASS)
        return null;
    return `lithium batteries (${exports.UN_NUMBERS.join(', ')}) are class ${exports.DG_CLASS}, not class "${dgClass.slice(0, 10)}"`;
}
//# sourceMappingURL=dangerous-goods.js.map