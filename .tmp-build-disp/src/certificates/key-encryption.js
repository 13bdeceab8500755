"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapPrivateKey = wrapPrivateKey;
exports.unwrapPrivateKey = unwrapPrivateKey;
const node_crypto_1 = require("node:crypto");
/**
 * Private signing keys at rest: AES-256-GCM under the key-encryption key (config.certKek,
 * CERT_KEK), with the key's id as additional authenticated data so that a wrapped key cannot be
 * moved to another key row. Format: `v1.<iv b64url>.<tag b64url>.<ciphertext b64url>`.
 */
const FORMAT = 'v1';
function wrapPrivateKey(kek, keyId, pkcs8Der) {
    if (kek.length !== 32)
        throw new Error('the key-encryption key must be 32 bytes');
    const iv = (0, node_crypto_1.randomBytes)(12);
    const cipher = (0, node_crypto_1.createCipheriv)('aes-256-gcm', kek, iv);
    cipher.setAAD(Buffer.from(keyId, 'utf8'));
    const ct = Buffer.concat([cipher.update(pkcs8Der), cipher.final()]);
    return [FORMAT, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join('.');
}
/** Throws when the wrapped key was altered, belongs to another key id or the KEK is wrong. */
function unwrapPrivateKey(kek, keyId, wrapped) {
    const parts = wrapped.split('.');
    if (parts.length !== 4 || parts[0] !== FORMAT)
        throw new Error('unknown wrapped key format');
    const [, iv, tag, ct] = parts;
    const decipher = (0, node_crypto_1.createDecipheriv)('aes-256-gcm', kek, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(keyId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]);
}
//# sourceMappingURL=key-encryption.js.map