import { exportJWK } from 'jose';
import { generateKeyPairSync, verify as cryptoVerify } from 'node:crypto';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { BenchResult } from './support/bench-result';
import { dropDatabase, freshDatabaseUrl } from './support/bench-db';
import { healthReady, startServer } from './support/child-server';
import { apiEnv, newAdminKey } from './support/world';
import { evaluateCredential } from '../src/certificates/certificate-checks';
import {
  CertificateCredential,
  CREDENTIAL_TYPE,
  inspectCredentialJws,
  KnownKey,
  PublicKeyCache,
  signCredential,
  VC_CONTEXT,
} from '../src/certificates/credential';

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

export async function run(): Promise<BenchResult[]> {
  return [...(await inProcess()), await httpVerify()];
}

async function inProcess(): Promise<BenchResult[]> {
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
  for (let i = 0; i < N; i++) {
    const vc: CertificateCredential = {
      '@context': [VC_CONTEXT],
      id: `urn:uuid:bench-${i}`,
      type: ['VerifiableCredential', CREDENTIAL_TYPE],
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
    credentials.push(await signCredential(vc, privateKey, kid));
  }
  const now = new Date('2026-06-01T00:00:00Z');

  // Baseline: raw node:crypto Ed25519 verify of the same signatures.
  const raw = credentials.map((c) => {
    const dot = c.lastIndexOf('.');
    return { data: Buffer.from(c.slice(0, dot)), sig: Buffer.from(c.slice(dot + 1), 'base64url') };
  });
  let t0 = performance.now();
  let ok = 0;
  for (const r of raw) if (cryptoVerify(null, r.data, publicKey, r.sig)) ok++;
  const rawPerSec = N / ((performance.now() - t0) / 1000);
  if (ok !== N) throw new Error(`baseline verified ${ok} of ${N}`);

  const cache = new PublicKeyCache();
  const resolve = (k: string) => (k === kid ? key : null);
  await inspectCredentialJws(credentials[0], resolve, cache); // import the key once
  t0 = performance.now();
  let valid = 0;
  for (const c of credentials) {
    const inspected = await inspectCredentialJws(c, resolve, cache);
    const checks = evaluateCredential(
      { ...inspected.facts, revoked: false, suspended: false, superseded: false, footprintHashMatches: true },
      now,
    );
    if (checks.every((x) => x.ok)) valid++;
  }
  const perSec = N / ((performance.now() - t0) / 1000);
  if (valid !== N) throw new Error(`verified ${valid} of ${N}`);

  // The same work with 8 verifications in flight: one JS thread, WebCrypto's verify runs off it.
  t0 = performance.now();
  valid = 0;
  for (let i = 0; i < N; i += 8) {
    const batch = await Promise.all(credentials.slice(i, i + 8).map((c) => inspectCredentialJws(c, resolve, cache)));
    for (const inspected of batch) {
      const checks = evaluateCredential(
        { ...inspected.facts, revoked: false, suspended: false, superseded: false, footprintHashMatches: true },
        now,
      );
      if (checks.every((x) => x.ok)) valid++;
    }
  }
  const pipelinedPerSec = N / ((performance.now() - t0) / 1000);
  if (valid !== N) throw new Error(`pipelined: verified ${valid} of ${N}`);

  return [
    {
      name: 'certificate verification, in-process (jose EdDSA + checks)',
      value: perSec,
      unit: 'credentials/s',
      baseline: { value: rawPerSec, unit: 'verifies/s', what: 'raw node:crypto Ed25519 verify' },
      ratio: perSec / rawPerSec,
      details: { note: `one at a time; targets: ≥ 5000 credentials/s and ratio ≥ 0.7; ${N} distinct credentials` },
    },
    {
      name: 'certificate verification, in-process, 8 in flight',
      value: pipelinedPerSec,
      unit: 'credentials/s',
      baseline: { value: rawPerSec, unit: 'verifies/s', what: 'raw node:crypto Ed25519 verify' },
      ratio: pipelinedPerSec / rawPerSec,
      details: { note: 'one JS thread; WebCrypto verifies on the libuv pool, so this may use a second core' },
    },
  ];
}

/**
 * GET /verify/:id as JSON (issue 5 target: ≥ 2,000 requests/s) against the built API (dist/) as a
 * child process with the demo world (which holds one certificate); baseline: GET /health on the
 * same server in the same run.
 */
async function httpVerify(): Promise<BenchResult> {
  const databaseUrl = freshDatabaseUrl();
  const server = await startServer({
    name: 'api',
    script: 'dist/src/main.js',
    env: apiEnv(databaseUrl, newAdminKey(), { SEED_DEMO: 'true' }),
    ready: healthReady,
  });
  try {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const [row] = (await db.query<{ id: string }>('SELECT id FROM certificates ORDER BY issued_at LIMIT 1')).rows;
    await db.end();
    if (!row) throw new Error('the demo world has no certificate');
    const check = (await (await fetch(`${server.url}/verify/${row.id}`, { headers: { accept: 'application/json' } })).json()) as {
      valid: boolean;
    };
    if (!check.valid) throw new Error(`the demo certificate does not verify: ${JSON.stringify(check)}`);
    const load = (path: string, duration: number) =>
      autocannon({ url: `${server.url}${path}`, headers: { accept: 'application/json' }, connections: 16, duration, timeout: 10 });
    await load(`/verify/${row.id}`, 3);
    const verify = await load(`/verify/${row.id}`, 10);
    const health = await load('/health', 10);
    if (verify.non2xx + verify.errors > 0) throw new Error(`/verify answered ${verify.non2xx} non-2xx and ${verify.errors} errors`);
    return {
      name: 'GET /verify/:id (JSON)',
      value: verify.requests.average,
      unit: 'req/s',
      baseline: { value: health.requests.average, unit: 'req/s', what: 'GET /health on the same server' },
      ratio: verify.requests.average / health.requests.average,
      details: { note: `target ≥ 2000 req/s; p50 ${verify.latency.p50} ms, p99 ${verify.latency.p99} ms, 16 connections` },
    };
  } finally {
    await server.stop();
    await dropDatabase(databaseUrl).catch(() => undefined);
  }
}
