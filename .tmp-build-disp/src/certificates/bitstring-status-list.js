"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATUS_LIST_BYTES = exports.STATUS_LIST_MIN_ENTRIES = void 0;
exports.encodeStatusList = encodeStatusList;
exports.decodeStatusList = decodeStatusList;
exports.statusBit = statusBit;
exports.withStatusBit = withStatusBit;
const node_zlib_1 = require("node:zlib");
/**
 * W3C Bitstring Status List v1.0 (DOMAIN.md §4): the list is a bitstring whose index 0 is the
 * left-most bit (most significant bit of the first byte), GZIP-compressed and written as a
 * multibase base64url string (prefix `u`, no padding). The spec recommends at least 131,072
 * entries (16 KiB) so that one credential's bit hides in the crowd.
 */
exports.STATUS_LIST_MIN_ENTRIES = 131_072;
exports.STATUS_LIST_BYTES = exports.STATUS_LIST_MIN_ENTRIES / 8;
function encodeStatusList(bits) {
    return 'u' + (0, node_zlib_1.gzipSync)(bits).toString('base64url');
}
function decodeStatusList(encoded) {
    if (!encoded.startsWith('u'))
        throw new Error('encodedList must be multibase base64url (prefix u)');
    return (0, node_zlib_1.gunzipSync)(Buffer.from(encoded.slice(1), 'base64url'));
}
function statusBit(bits, index) {
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
        throw new RangeError(`status index ${index} is outside the list`);
    return (bits[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
function withStatusBit(bits, index, value) {
    if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
        throw new RangeError(`status index ${index} is outside the list`);
    const out = Buffer.from(bits);
    if (value)
        out[index >> 3] |= 0x80 >> (index & 7);
    else
        out[index >> 3] &= ~(0x80 >> (index & 7)) & 0xff;
    return out;
}
//# sourceMappingURL=bitstring-status-list.js.map