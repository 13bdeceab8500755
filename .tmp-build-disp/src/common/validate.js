"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isUuid = exports.COUNTRY_CODE = void 0;
exports.requirePositive = requirePositive;
exports.requireNonNegativeInt = requireNonNegativeInt;
exports.requireRange = requireRange;
exports.requireText = requireText;
exports.optionalText = optionalText;
exports.requireCountry = requireCountry;
exports.requireDateOrder = requireDateOrder;
exports.requireId = requireId;
const errors_1 = require("./errors");
/**
 * Small input checks shared by every mutation. Each throws BAD_USER_INPUT naming the field path,
 * before anything is written.
 */
function requirePositive(field, value) {
    if (!Number.isFinite(value) || value <= 0)
        throw (0, errors_1.badInput)(field, `must be greater than 0, got ${value}`);
}
function requireNonNegativeInt(field, value) {
    if (!Number.isInteger(value) || value < 0)
        throw (0, errors_1.badInput)(field, `must be a whole number of 0 or more, got ${value}`);
}
function requireRange(field, value, min, max) {
    if (!Number.isFinite(value) || value < min || value > max) {
        throw (0, errors_1.badInput)(field, `must be between ${min} and ${max}, got ${value}`);
    }
}
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Trimmed, non-empty, at most `max` characters, no control characters. */
function requireText(field, value, max = 200) {
    const v = value.trim();
    if (v.length === 0)
        throw (0, errors_1.badInput)(field, 'must not be empty');
    if (v.length > max)
        throw (0, errors_1.badInput)(field, `must be at most ${max} characters, got ${v.length}`);
    if (CONTROL.test(v))
        throw (0, errors_1.badInput)(field, 'must not contain control characters');
    return v;
}
function optionalText(field, value, max = 200) {
    return value === null || value === undefined || value.trim() === '' ? null : requireText(field, value, max);
}
exports.COUNTRY_CODE = /^[A-Z]{2}$/;
function requireCountry(field, value) {
    const v = value.trim().toUpperCase();
    if (!exports.COUNTRY_CODE.test(v))
        throw (0, errors_1.badInput)(field, `must be an ISO 3166-1 alpha-2 country code, got "${value}"`);
    return v;
}
function requireDateOrder(field, start, end) {
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
        throw (0, errors_1.badInput)(field, 'is not a valid date');
    if (end.getTime() < start.getTime()) {
        throw (0, errors_1.badInput)(field, `must not be before the start (${start.toISOString()} > ${end.toISOString()})`);
    }
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v) => UUID.test(v);
exports.isUuid = isUuid;
/** Ids are UUIDs; anything else is a malformed id, answered before any query runs. */
function requireId(field, value) {
    if (!(0, exports.isUuid)(value))
        throw (0, errors_1.badInput)(field, `is not a valid id: "${value.slice(0, 80)}"`);
    return value.toLowerCase();
}
//# sourceMappingURL=validate.js.map