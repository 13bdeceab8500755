"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const jose_1 = require("jose");
const node_crypto_1 = require("node:crypto");
const certificate_checks_1 = require("../src/certificates/certificate-checks");
const credential_1 = require("../src/certificates/credential");
/**
 * Certificate verification in-process (issue 5 target: ≥ 5,000 credentials/s on one core and
 * ≥ 0.7× the raw node:crypto Ed25519 verify rate measured in the same run). 10,000 distinct
 * credentials signed by one certifier key; each is parsed, its kid resolved (in memory), its
 * signature verified with jose, its payload checked and evaluated. The baseline verifies the
 * same 10,000 signatures with node:crypto alone.
 */
const N = 10_000;
const ORG = '0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab';
const DID = `did:web:battrace.example:certifiers:${ORG}`;
async function run() {
    const { publicKey, privateKey } = (0, node_crypto_1.generateKeyPairSync)('ed25519');
    const jwk = await (0, jose_1.exportJWK)(publicKey);
    const kid = `${DID}#bench-key`;
    const key = {
        kid,
        did: DID,
        organizationId: ORG,
        publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x },
        activeFrom: new Date('2026-01-01T00:00:00Z'),
        retiredAt: null,
        issuerIsCertifier: true,
    };
    const credentials = [];
    for (let i = 0; i < N; i++) {
        const vc = {
            '@context': [credential_1.VC_CONTEXT],
            id: `urn:uuid:bench-${i}`,
            type: ['VerifiableCredential', credential_1.CREDENTIAL_TYPE],
            issuer: { id: DID, name: 'Bench Certifier' },
            validFrom: '2026-02-01T00:00:00.000Z',
            validUntil: '2027-02-01T00:00:00.000Z',
            credentialSubject: {
                id: `urn:uuid:batch-${i}`,
                certificate: { id: `cert-${i}`, number: `BTC-2026-${String(i).padStart(6, '0')}`, issuedAt: '2026-02-01T00:00:00.000Z' },
                footprint: {
                    id: `fp-${i}`,
                    batchId: `batch-${i}`,
                    version: 1,
                    rulesetId: 'EU_CFB_DRAFT_2024',
                    stagesKgCo2e: { RAW_MATERIAL_ACQUISITION: 1500 + i, MAIN_PRODUCTION: 400, DISTRIBUTION: 30, END_OF_LIFE_RECYCLING: 40 },
                    kgCo2eAbsolute: 1970 + i,
                    kgCo2ePerKWhCapacity: 15.9,
                    kgCo2ePerKWhLifetime: 0.034,
                    lifetimeEnergyKWh: 57600,
                    inputsSha256: '0'.repeat(64),
                    sha256: '1'.repeat(64),
                    functionalUnit: null,
                },
            },
            credentialStatus: [],
        };
        credentials.push(await (0, credential_1.signCredential)(vc, privateKey, kid));
    }
    const now = new Date('2026-06-01T00:00:00Z');
    // Baseline: raw node:crypto Ed25519 verify of the same signatures.
    const raw = credentials.map((c) => {
        const dot = c.lastIndexOf('.');
        return { data: Buffer.from(c.slice(0, dot)), sig: Buffer.from(c.slice(dot + 1), 'base64url') };
    });
    let t0 = performance.now();
    let ok = 0;
    for (const r of raw)
        if ((0, node_crypto_1.verify)(null, r.data, publicKey, r.sig))
            ok++;
    const rawPerSec = N / ((performance.now() - t0) / 1000);
    if (ok !== N)
        throw new Error(`baseline verified ${ok} of ${N}`);
    const cache = new credential_1.PublicKeyCache();
    const resolve = (k) => (k === kid ? key : null);
    await (0, credential_1.inspectCredentialJws)(credentials[0], resolve, cache); // import the key once
    t0 = performance.now();
    let valid = 0;
    for (const c of credentials) {
        const inspected = await (0, credential_1.inspectCredentialJws)(c, resolve, cache);
        const checks = (0, certificate_checks_1.evaluateCredential)({ ...inspected.facts, revoked: false, suspended: false, superseded: false, footprintHashMatches: true }, now);
        if (checks.every((x) => x.ok))
            valid++;
    }
    const perSec = N / ((performance.now() - t0) / 1000);
    if (valid !== N)
        throw new Error(`verified ${valid} of ${N}`);
    // The same work with 8 verifications in flight: one JS thread, WebCrypto's verify runs off it.
    t0 = performance.now();
    valid = 0;
    for (let i = 0; i < N; i += 8) {
        const batch = await Promise.all(credentials.slice(i, i + 8).map((c) => (0, credential_1.inspectCredentialJws)(c, resolve, cache)));
        for (const inspected of batch) {
            const checks = (0, certificate_checks_1.evaluateCredential)({ ...inspected.facts, revoked: false, suspended: false, superseded: false, footprintHashMatches: true }, now);
            if (checks.every((x) => x.ok))
                valid++;
        }
    }
    const pipelinedPerSec = N / ((performance.now() - t0) / 1000);
    if (valid !== N)
        throw new Error(`pipelined: verified ${valid} of ${N}`);
    return [
        {
            name: 'certificate verification, in-process (jose EdDSA + checks)',
            value: perSec,
            unit: 'credentials/s',
            baseline: rawPerSec,
            baselineUnit: 'raw node:crypto Ed25519 verifies/s',
            ratio: perSec / rawPerSec,
            note: `one at a time; targets: ≥ 5000 credentials/s and ratio ≥ 0.7; ${N} distinct credentials`,
        },
        {
            name: 'certificate verification, in-process, 8 in flight',
            value: pipelinedPerSec,
            unit: 'credentials/s',
            baseline: rawPerSec,
            baselineUnit: 'raw node:crypto Ed25519 verifies/s',
            ratio: pipelinedPerSec / rawPerSec,
            note: 'one JS thread; WebCrypto verifies on the libuv pool, so this may use a second core',
        },
    ];
}
//# sourceMappingURL=certificates.bench.js.map