import { calculateJwkThumbprint, exportJWK, compactVerify, importJWK } from 'jose';
import { generateKeyPairSync, KeyObject, verify as cryptoVerify } from 'node:crypto';
import { STATUS_LIST_BYTES } from '../../src/certificates/bitstring-status-list';
import { evaluateCredential } from '../../src/certificates/certificate-checks';
import { CertificateCredential, inspectCredentialJws, KnownKey, signCredential, VerifierCache } from '../../src/certificates/credential';
import { buildCarbonCredential } from '../../src/certificates/carbon-credential';
import { buildDidDocument } from '../../src/certificates/did-document';
import { OfflineVerifier } from '../../src/certificates/offline-verify';
import { buildStatusListCredential } from '../../src/certificates/status-list-credential';
import { anchorsFromTrustList, signTrustList, TRUST_LIST_FORMAT, TRUST_LIST_TYPE } from '../../src/certificates/trust-anchors';

/**
 * The in-process half of the certificates bench, run as its own process so that the bench can
 * pin it to one core (`taskset`): 10,000 distinct credentials signed by one certifier key; each
 * is parsed, its kid resolved (in memory), its signature verified, its payload checked and
 * evaluated as verifyCertificate does. The baseline verifies the same 10,000 signatures with
 * node:crypto alone. Then offline verification with a trust list (issue 11): 10,000 bundles, each
 * a distinct credential with its two status entries, the certifier's DID document and the two
 * status list snapshots a buyer downloads once, checked by one OfflineVerifier against anchors
 * read from a platform-signed trust list (the bundle's DID document is not trusted). Three
 * interleaved rounds; the medians are printed as one JSON line.
 */
export interface InProcessVerifyResult {
  credentials: number;
  rounds: number;
  perSec: number;
  rawPerSec: number;
  /** The same credentials through jose's compactVerify (async WebCrypto), for the record. */
  josePerSec: number;
  roundsPerSec: number[];
  roundsRawPerSec: number[];
  /** Bundles verified offline against a trust list per second (one OfflineVerifier). */
  offlinePerSec: number;
  roundsOfflinePerSec: number[];
}

/** Credentials (and bundles) per round: BENCH_CERT_CREDENTIALS, 10,000 by default. */
const N = Number(process.env.BENCH_CERT_CREDENTIALS ?? 10_000);
/** What the status tables would say of a certificate in force. */
const IN_FORCE = { revoked: false, suspended: false, superseded: false, footprintHashMatches: true } as const;
const ROUNDS = 3;
const ORG = '0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab';
const DID = `did:web:battrace.example:certifiers:${ORG}`;
const STATUS_URL = (purpose: string) => `https://battrace.example/status-lists/${purpose}`;

async function main(): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = await exportJWK(publicKey);
  const kid = `${DID}#bench-key`;
  const key: KnownKey = {
    kid,
    did: DID,
    organizationId: ORG,
    publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x },
    activeFrom: new Date('2026-01-01T00:00:00Z'),
    retiredAt: null,
    issuerIsCertifier: true,
  };
  const credentials: string[] = [];
  for (let i = 0; i < N; i++) credentials.push(await signCredential(benchCredential(i), privateKey, kid));
  const now = new Date('2026-06-01T00:00:00Z');
  const raw = credentials.map((c) => {
    const dot = c.lastIndexOf('.');
    return { data: Buffer.from(c.slice(0, dot)), sig: Buffer.from(c.slice(dot + 1), 'base64url') };
  });
  const cache = new VerifierCache();
  const resolve = (k: string) => (k === kid ? key : null);

  const rawRound = (): number => {
    const t0 = performance.now();
    let ok = 0;
    for (const r of raw) if (cryptoVerify(null, r.data, publicKey, r.sig)) ok++;
    if (ok !== N) throw new Error(`baseline verified ${ok} of ${N}`);
    return N / ((performance.now() - t0) / 1000);
  };
  const oursRound = async (): Promise<number> => {
    const t0 = performance.now();
    let valid = 0;
    for (const c of credentials) {
      const inspected = await inspectCredentialJws(c, resolve, cache);
      const checks = evaluateCredential(inspected.facts, IN_FORCE, now);
      if (checks.every((x) => x.ok)) valid++;
    }
    if (valid !== N) throw new Error(`verified ${valid} of ${N}`);
    return N / ((performance.now() - t0) / 1000);
  };

  const offline = await offlineSetup(key, privateKey);
  const offlineRound = async (): Promise<number> => {
    const t0 = performance.now();
    let valid = 0;
    for (const b of offline.bundles) if ((await offline.verifier.verify(b, now)).outcome === 'VALID') valid++;
    if (valid !== N) throw new Error(`offline: verified ${valid} of ${N}`);
    return N / ((performance.now() - t0) / 1000);
  };

  await oursRound(); // warm-up: JIT and the verifier for this kid
  await offlineRound();
  rawRound();
  const ours: number[] = [];
  const base: number[] = [];
  const offlineRates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    base.push(rawRound());
    ours.push(await oursRound());
    offlineRates.push(await offlineRound());
  }
  const joseKey = await importJWK({ ...key.publicJwk, alg: 'EdDSA' }, 'EdDSA');
  const t0 = performance.now();
  for (const c of credentials) await compactVerify(c, joseKey, { algorithms: ['EdDSA'] });
  const josePerSec = N / ((performance.now() - t0) / 1000);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const out: InProcessVerifyResult = {
    credentials: N,
    rounds: ROUNDS,
    perSec: median(ours),
    rawPerSec: median(base),
    josePerSec,
    roundsPerSec: ours.map(Math.round),
    roundsRawPerSec: base.map(Math.round),
    offlinePerSec: median(offlineRates),
    roundsOfflinePerSec: offlineRates.map(Math.round),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

/** A platform-signed trust list listing the bench key, read as anchors, and N bundles sharing two status snapshots. */
async function offlineSetup(key: KnownKey, privateKey: KeyObject) {
  const platform = generateKeyPairSync('ed25519');
  const pj = await exportJWK(platform.publicKey);
  const platformJwk = { kty: pj.kty, crv: pj.crv, x: pj.x };
  const thumbprint = await calculateJwkThumbprint(platformJwk, 'sha256');
  const keyId = key.kid.slice(key.kid.indexOf('#') + 1);
  const jws = await signTrustList(
    {
      type: TRUST_LIST_TYPE,
      publisher: 'https://battrace.example',
      issuedAt: '2026-05-31T00:00:00.000Z',
      platformKey: thumbprint,
      issuers: [
        {
          did: DID,
          organizationId: ORG,
          name: 'Bench Certifier',
          keys: [
            {
              kid: key.kid,
              thumbprint: await calculateJwkThumbprint(key.publicJwk, 'sha256'),
              publicJwk: key.publicJwk,
              activeFrom: key.activeFrom.toISOString(),
              retiredAt: null,
            },
          ],
        },
      ],
    },
    { thumbprint, privateKey: platform.privateKey },
  );
  const anchors = await anchorsFromTrustList(
    { format: TRUST_LIST_FORMAT, platformKey: { thumbprint, publicJwk: platformJwk }, jws },
    thumbprint,
  );
  const snapshotAt = new Date('2026-05-31T12:00:00.000Z');
  const statusLists = await Promise.all(
    (['revocation', 'suspension'] as const).map(async (purpose) => ({
      purpose,
      url: STATUS_URL(purpose),
      snapshotAt: snapshotAt.toISOString(),
      credential: await signCredential(
        buildStatusListCredential(STATUS_URL(purpose), DID, purpose, Buffer.alloc(STATUS_LIST_BYTES), snapshotAt),
        privateKey,
        key.kid,
      ),
    })),
  );
  const didDocument = buildDidDocument(DID, { id: ORG, kind: 'CERTIFIER', name: 'Bench Certifier' }, [
    { keyId, publicJwk: key.publicJwk, activeFrom: key.activeFrom, retiredAt: null },
  ]);
  const bundles = [];
  for (let i = 0; i < N; i++) {
    const vc = benchCredential(i);
    bundles.push({
      format: 'battrace-certificate-bundle/1',
      certificateId: benchId('c', i),
      credential: await signCredential(vc, privateKey, key.kid),
      didDocument,
      statusLists,
      createdAt: snapshotAt.toISOString(),
    });
  }
  // The maximum status age is the CLI's default (7 days); the snapshot is 12 h old at `now`.
  return { verifier: new OfflineVerifier(anchors), bundles };
}

/** A uuid of the bench: `prefix` (one hex digit) and the credential's number. */
const benchId = (prefix: string, i: number) => `${prefix}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** The i-th credential, built as issuance builds it (buildCarbonCredential) so that it has the full shape. */
function benchCredential(i: number): CertificateCredential {
  const issuedAt = new Date('2026-02-01T00:00:00.000Z');
  return buildCarbonCredential(
    {
      footprintId: benchId('f', i),
      batchId: benchId('b', i),
      version: 1,
      rulesetId: 'EU_CFB_DRAFT_2024',
      rawMaterialKgCo2e: 1500 + i,
      mainProductionKgCo2e: 400,
      distributionKgCo2e: 30,
      endOfLifeKgCo2e: 40,
      kgCo2eAbsolute: 1970 + i,
      kgCo2ePerKWhCapacity: 15.9,
      kgCo2ePerKWhLifetime: 0.034,
      lifetimeEnergyKWh: 57600,
      inputsSha256: '0'.repeat(64),
      batchNumber: `BENCH-${i}`,
      productionStart: new Date('2026-01-01T00:00:00Z'),
      productionEnd: new Date('2026-01-31T00:00:00Z'),
      registeredPackCount: 1,
      functionalUnit: null,
      electricityBasis: 'MARKET_BASED',
      modelId: 'bench-model',
      modelName: 'Bench pack',
      chemistry: 'LFP',
      nominalEnergyKWh: 124,
      plantId: 'bench-plant',
      plantName: 'Bench plant',
      plantAddress: null,
      parkCode: 'BENCH',
      parkName: 'Bench park',
      manufacturerId: benchId('e', 0),
      manufacturerName: 'Bench Maker',
      certifierName: 'Bench Certifier',
    },
    {
      id: benchId('c', i),
      number: `BTC-2026-${String(i).padStart(6, '0')}`,
      url: `https://battrace.example/verify/${benchId('c', i)}`,
      issuedAt,
      validFrom: issuedAt,
      validUntil: new Date('2027-02-01T00:00:00.000Z'),
      issuer: { did: DID, certifierId: ORG },
      terms: {
        assurance: 'LIMITED',
        materialityPercent: 5,
        opinionType: 'UNMODIFIED',
        opinion: 'Bench opinion.',
        leadVerifier: 'Bench Lead',
        reviewer: 'Bench Reviewer',
        systemBoundary: null,
        accreditation: null,
        notifiedBodyNumber: null,
      },
      status: { index: i, revocationListUrl: STATUS_URL('revocation'), suspensionListUrl: STATUS_URL('suspension') },
    },
  );
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
