"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_SERIAL_LENGTH = void 0;
exports.serialProblem = serialProblem;
/**
 * Unit serials (cells, modules, packs): 1 to 64 characters, printable, no control characters and
 * no surrounding spaces. The same rule serves the GraphQL path and the bulk NDJSON / CSV path.
 */
exports.MAX_SERIAL_LENGTH = 64;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Returns null when the serial is acceptable, else the reason. */
function serialProblem(serial) {
    if (typeof serial !== 'string')
        return 'must be a string';
    if (serial.length === 0)
        return 'must not be empty';
    if (serial.length > exports.MAX_SERIAL_LENGTH)
        return `must be at most ${exports.MAX_SERIAL_LENGTH} characters, got ${serial.length}`;
    if (CONTROL.test(serial))
        return 'must not contain control characters';
    if (serial.trim() !== serial)
        return 'must not start or end with spaces';
    return null;
}
//# sourceMappingURL=serial.js.map