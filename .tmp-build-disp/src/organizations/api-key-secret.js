"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.displayPrefix = exports.hashApiKey = exports.API_KEY_PREFIX = void 0;
exports.generateApiKey = generateApiKey;
exports.safeEqual = safeEqual;
const node_crypto_1 = require("node:crypto");
/**
 * API keys: `btk_` + 43 base64url characters (256 random bits). Being random and long, a plain
 * SHA-256 is a sufficient one-way hash (no password stretching needed); the first 12 characters
 * are kept in clear as a prefix so that a person can tell keys apart.
 */
exports.API_KEY_PREFIX = 'btk_';
function generateApiKey() {
    return exports.API_KEY_PREFIX + (0, node_crypto_1.randomBytes)(32).toString('base64url');
}
const hashApiKey = (key) => (0, node_crypto_1.createHash)('sha256').update(key).digest('hex');
exports.hashApiKey = hashApiKey;
const displayPrefix = (key) => key.slice(0, 12);
exports.displayPrefix = displayPrefix;
function safeEqual(a, b) {
    const ha = (0, node_crypto_1.createHash)('sha256').update(a).digest();
    const hb = (0, node_crypto_1.createHash)('sha256').update(b).digest();
    return (0, node_crypto_1.timingSafeEqual)(ha, hb);
}
//# sourceMappingURL=api-key-secret.js.map