"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.digestOf = void 0;
exports.canonicalJson = canonicalJson;
exports.sha256Hex = sha256Hex;
const node_crypto_1 = require("node:crypto");
/**
 * Canonical JSON: object keys sorted by code unit, no insignificant whitespace, `undefined`
 * members dropped, Dates as ISO-8601 strings, non-finite numbers refused. Two equal values always
 * give the same string, so their SHA-256 is a stable digest (the approach of RFC 8785, JCS).
 */
function canonicalJson(value) {
    if (value === null)
        return 'null';
    if (value instanceof Date)
        return JSON.stringify(value.toISOString());
    switch (typeof value) {
        case 'number':
            if (!Number.isFinite(value))
                throw new Error(`canonicalJson: non-finite number ${value}`);
            return JSON.stringify(value);
        case 'string':
        case 'boolean':
            return JSON.stringify(value);
        case 'bigint':
            return JSON.stringify(value.toString());
        case 'object': {
            if (Array.isArray(value))
                return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
            const obj = value;
            const keys = Object.keys(obj)
                .filter((k) => obj[k] !== undefined)
                .sort();
            return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
        }
        default:
            throw new Error(`canonicalJson: cannot encode a ${typeof value}`);
    }
}
function sha256Hex(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
const digestOf = (value) => sha256Hex(canonicalJson(value));
exports.digestOf = digestOf;
//# sourceMappingURL=canonical-json.js.map