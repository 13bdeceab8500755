"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.verifyBundle = verifyBundle;
exports.describeOfflineVerification = describeOfflineVerification;
const jose_1 = require("jose");
const bitstring_status_list_1 = require("./bitstring-status-list");
const certificate_checks_1 = require("./certificate-checks");
const credential_1 = require("./credential");
const did_document_1 = require("./did-document");
/**
 * Verifies a certificate bundle with nothing but its contents (no network, no battrace): the
 * credential against the key its kid names in the bundled DID document, and its status bits in
 * the bundled status list credentials, each of which must itself be signed by a key of the same
 * DID document. Supersession and the stored footprint hash need battrace and are not checked.
 */
async function verifyBundle(bundle, now = new Date()) {
    const keys = new Map();
    if (bundle?.didDocument && Array.isArray(bundle.didDocument.verificationMethod)) {
        for (const k of (0, did_document_1.keysOfDidDocument)(bundle.didDocument))
            keys.set(k.kid, k);
    }
    const cache = new credential_1.PublicKeyCache();
    const inspected = await (0, credential_1.inspectCredentialJws)(String(bundle?.credential ?? ''), (kid) => keys.get(kid) ?? null, cache);
    const vc = inspected.credential;
    const bits = { revocation: null, suspension: null };
    let snapshotAt = null;
    if (vc) {
        for (const entry of vc.credentialStatus ?? []) {
            const list = (bundle.statusLists ?? []).find((l) => l.url === entry.statusListCredential && l.purpose === entry.statusPurpose);
            if (!list)
                continue;
            const li = await inspectStatusList(list.credential, keys, cache, vc.issuer.id);
            if (!li || li.credentialSubject.statusPurpose !== entry.statusPurpose || li.id !== entry.statusListCredential)
                continue;
            try {
                bits[entry.statusPurpose] = (0, bitstring_status_list_1.statusBit)((0, bitstring_status_list_1.decodeStatusList)(li.credentialSubject.encodedList), Number(entry.statusListIndex));
            }
            catch {
                continue;
            }
            const at = new Date(li.validFrom);
            if (!snapshotAt || at.getTime() < snapshotAt.getTime())
                snapshotAt = at;
        }
    }
    const checks = (0, certificate_checks_1.evaluateCredential)({ ...inspected.facts, revoked: bits.revocation, suspended: bits.suspension, superseded: null, footprintHashMatches: null }, now);
    const words = (0, certificate_checks_1.statusInWords)(checks);
    return {
        valid: words.valid,
        status: words.status,
        statusText: words.words,
        checks,
        certificateId: vc?.credentialSubject.certificate.id ?? null,
        statusSnapshotAt: snapshotAt?.toISOString() ?? null,
        statusSnapshotAgeSeconds: snapshotAt ? Math.max(0, Math.round((now.getTime() - snapshotAt.getTime()) / 1000)) : null,
    };
}
async function inspectStatusList(jws, keys, cache, issuerDid) {
    try {
        const { kid } = (0, jose_1.decodeProtectedHeader)(jws);
        const key = typeof kid === 'string' ? keys.get(kid) : undefined;
        if (!key || key.did !== issuerDid)
            return null;
        const { payload } = await (0, jose_1.compactVerify)(jws, await cache.get(key.kid, key.publicJwk), { algorithms: ['EdDSA'] });
        const vc = JSON.parse(new TextDecoder().decode(payload));
        return vc.issuer === issuerDid && vc.type?.includes('BitstringStatusListCredential') ? vc : null;
    }
    catch {
        return null;
    }
}
/** Human-readable lines for the CLI. */
function describeOfflineVerification(r) {
    const age = r.statusSnapshotAgeSeconds;
    const ageText = age === null
        ? 'no status snapshot in the bundle: revocation could not be checked'
        : `status snapshot taken ${r.statusSnapshotAt} (${age < 120 ? `${age} s` : age < 7200 ? `${Math.round(age / 60)} min` : age < 172800 ? `${Math.round(age / 3600)} h` : `${Math.round(age / 86400)} days`} ago)`;
    return [
        `${r.valid ? 'VALID' : 'INVALID'}: ${r.statusText}`,
        `certificate: ${r.certificateId ?? 'unknown'}`,
        ageText,
        ...r.checks.map((c) => `  [${c.ok ? 'ok' : 'FAIL'}] ${c.check}${c.reason ? ` (${c.reason})` : ''}: ${c.message}`),
        '  (not checked offline: supersession by a newer footprint and the stored footprint hash; verify online for those)',
    ];
}
//# sourceMappingURL=offline-verify.js.map