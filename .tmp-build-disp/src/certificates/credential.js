"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PublicKeyCache = exports.footprintSha256 = exports.JWS_TYP = exports.CREDENTIAL_TYPE = exports.VC_CONTEXT = void 0;
exports.signCredential = signCredential;
exports.inspectCredentialJws = inspectCredentialJws;
const jose_1 = require("jose");
const canonical_json_1 = require("../common/canonical-json");
const did_web_1 = require("./did-web");
/**
 * The certificate as a W3C Verifiable Credential 2.0 secured with JOSE (DOMAIN.md §4): the JWS
 * payload is the credential itself (VC-JOSE-COSE, `typ: vc+jwt`, `cty: vc`), signed EdDSA over
 * Ed25519 with the certifier's current key, named by `kid` = `<did:web of the certifier>#<keyId>`.
 */
exports.VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
exports.CREDENTIAL_TYPE = 'CarbonFootprintCertificate';
exports.JWS_TYP = 'vc+jwt';
/** SHA-256 of the canonical JSON of the certified footprint figures (recomputed when verifying online). */
const footprintSha256 = (f) => (0, canonical_json_1.digestOf)(f);
exports.footprintSha256 = footprintSha256;
/** Signs a credential (a certificate or a status list) as a compact JWS with the certifier's key. */
async function signCredential(vc, privateKey, kid) {
    return new jose_1.CompactSign(new TextEncoder().encode(JSON.stringify(vc)))
        .setProtectedHeader({ alg: 'EdDSA', kid, typ: exports.JWS_TYP, cty: 'vc' })
        .sign(privateKey);
}
const NOTHING = {
    keyKnown: false,
    signatureValid: false,
    issuerIsCertifier: false,
    key: null,
    issuedAt: null,
    validFrom: null,
    validUntil: null,
};
const date = (v) => {
    if (typeof v !== 'string')
        return null;
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? null : d;
};
const BASE64URL_DOTS = /^[A-Za-z0-9_.-]+$/;
/** Public keys imported once per kid (a kid names one immutable public key). */
class PublicKeyCache {
    max;
    keys = new Map();
    constructor(max = 10_000) {
        this.max = max;
    }
    get(kid, jwk) {
        let k = this.keys.get(kid);
        if (!k) {
            if (this.keys.size >= this.max)
                this.keys.clear();
            k = (0, jose_1.importJWK)({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
            this.keys.set(kid, k);
        }
        return k;
    }
}
exports.PublicKeyCache = PublicKeyCache;
/**
 * Checks a compact JWS credential up to its signature: never throws, whatever the input (a
 * tampered or malformed credential is an answer, not an error).
 */
async function inspectCredentialJws(jws, resolveKey, cache) {
    const malformed = (m) => ({ facts: { malformed: m, ...NOTHING }, kid: null, credential: null });
    const token = typeof jws === 'string' ? jws.trim() : '';
    if (token.length === 0 || token.length > 200_000 || token.split('.').length !== 3 || !BASE64URL_DOTS.test(token)) {
        return malformed('not a compact JWS (three base64url parts separated by dots)');
    }
    let header;
    try {
        header = (0, jose_1.decodeProtectedHeader)(token);
    }
    catch {
        return malformed('the JWS header is not valid base64url JSON');
    }
    if (header.alg !== 'EdDSA')
        return malformed(`alg must be EdDSA, got ${JSON.stringify(header.alg)}`);
    if (typeof header.kid !== 'string' || !(0, did_web_1.parseCertifierKid)(header.kid))
        return malformed('kid must be did:web:<host>:certifiers:<orgId>#<keyId>');
    const kid = header.kid;
    const key = await resolveKey(kid);
    if (!key)
        return { facts: { malformed: null, ...NOTHING }, kid, credential: null };
    let payload;
    try {
        payload = (await (0, jose_1.compactVerify)(token, await cache.get(kid, key.publicJwk), { algorithms: ['EdDSA'] })).payload;
    }
    catch {
        return { facts: { malformed: null, ...NOTHING, keyKnown: true }, kid, credential: null };
    }
    let vc;
    try {
        vc = JSON.parse(new TextDecoder().decode(payload));
    }
    catch {
        return malformed('the signed payload is not JSON');
    }
    if (!vc ||
        !Array.isArray(vc['@context']) ||
        vc['@context'][0] !== exports.VC_CONTEXT ||
        !Array.isArray(vc.type) ||
        !vc.type.includes(exports.CREDENTIAL_TYPE) ||
        typeof vc.credentialSubject?.certificate?.id !== 'string') {
        return malformed(`the payload is not a ${exports.CREDENTIAL_TYPE} Verifiable Credential 2.0`);
    }
    return {
        kid,
        credential: vc,
        facts: {
            malformed: null,
            keyKnown: true,
            signatureValid: true,
            issuerIsCertifier: key.issuerIsCertifier && vc.issuer?.id === key.did,
            key: { activeFrom: key.activeFrom, retiredAt: key.retiredAt },
            issuedAt: date(vc.credentialSubject.certificate.issuedAt),
            validFrom: date(vc.validFrom),
            validUntil: date(vc.validUntil),
        },
    };
}
//# sourceMappingURL=credential.js.map