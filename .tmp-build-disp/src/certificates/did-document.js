"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildDidDocument = buildDidDocument;
exports.keysOfDidDocument = keysOfDidDocument;
const did_web_1 = require("./did-web");
function buildDidDocument(did, org, keys) {
    const vms = keys.map((k) => ({
        id: (0, did_web_1.keyIdUrl)(did, k.keyId),
        type: 'JsonWebKey2020',
        controller: did,
        publicKeyJwk: { kty: k.publicJwk.kty, crv: k.publicJwk.crv, x: k.publicJwk.x, kid: k.keyId, alg: 'EdDSA', use: 'sig' },
        keyStatus: k.retiredAt ? 'retired' : 'current',
        activeFrom: k.activeFrom.toISOString(),
        ...(k.retiredAt ? { retiredAt: k.retiredAt.toISOString() } : {}),
    }));
    return {
        '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/suites/jws-2020/v1'],
        id: did,
        verificationMethod: vms,
        assertionMethod: vms.map((v) => v.id),
        battraceOrganization: org,
    };
}
/** The keys of a DID document as a verifier uses them (offline: the document is all it has). */
function keysOfDidDocument(doc) {
    const isCertifier = doc.battraceOrganization?.kind === 'CERTIFIER';
    return (doc.verificationMethod ?? []).map((vm) => ({
        kid: vm.id,
        did: doc.id,
        organizationId: doc.battraceOrganization?.id,
        publicJwk: vm.publicKeyJwk,
        activeFrom: new Date(vm.activeFrom),
        retiredAt: vm.retiredAt ? new Date(vm.retiredAt) : null,
        issuerIsCertifier: isCertifier && vm.controller === doc.id,
    }));
}
//# sourceMappingURL=did-document.js.map