"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.didWebHost = didWebHost;
exports.certifierDid = certifierDid;
exports.keyIdUrl = keyIdUrl;
exports.parseCertifierKid = parseCertifierKid;
/**
 * did:web identifiers of certifiers served by battrace (W3C did:web method, DOMAIN.md §4):
 * `did:web:<host>[%3A<port>]:certifiers:<orgId>` resolves to
 * `https://<host>[:<port>]/certifiers/<orgId>/did.json`. The port's colon is percent-encoded.
 */
function didWebHost(publicBaseUrl) {
    const u = new URL(publicBaseUrl);
    const pathSegments = u.pathname
        .split('/')
        .filter((s) => s.length > 0)
        .map(encodeURIComponent);
    return [u.port ? `${u.hostname}%3A${u.port}` : u.hostname, ...pathSegments].join(':');
}
function certifierDid(publicBaseUrl, organizationId) {
    return `did:web:${didWebHost(publicBaseUrl)}:certifiers:${organizationId}`;
}
function keyIdUrl(did, keyId) {
    return `${did}#${keyId}`;
}
/** Splits a `kid` of the form `did:web:...:certifiers:<orgId>#<keyId>`; null when it is not one. */
function parseCertifierKid(kid) {
    const m = /^(did:web:[^#]+:certifiers:([0-9a-f-]{36}))#([A-Za-z0-9._-]{1,100})$/.exec(kid);
    return m ? { did: m[1], organizationId: m[2], keyId: m[3] } : null;
}
//# sourceMappingURL=did-web.js.map