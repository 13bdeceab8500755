import { compactVerify, CompactSign, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { spawnSync } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { unwrapPrivateKey } from '../../src/certificates/key-encryption';
import { verifyBundle } from '../../src/certificates/offline-verify';
import { describeOfflineVerification } from '../../src/certificates/offline-verify-text';
import type { CertificateBundle } from '../../src/certificates/certificate-verification.service';
import { newOrganization, newWorld, OrgHandle, World } from '../support/factories';
import { expectError, startTestApp, TestApp } from '../support/test-app';
import { newCalculatedFootprint } from '../support/footprints';
import {
  calculateAndDeclare,
  data,
  declaredFootprint,
  ISSUE,
  ISSUE_FIELDS,
  newCertifier,
  recordMarchEnergy,
  REQUEST,
  requestAndIssue,
  trustAnchors,
  trustList,
} from './certificates.fixtures';

/**
 * Certificates end to end (issue 5): a manufacturer requests, a certifier issues a signed W3C
 * VC 2.0 (JWS, EdDSA); anyone verifies it online, offline from a bundle, and with plain `jose`
 * given only the DID document; tampering, revocation, suspension, supersession, expiry and key
 * rotation each change the answer.
 */
const ROOT = join(__dirname, '..', '..');
const VERIFY = `query($c: String!) { verifyCertificate(credential: $c) { valid status statusText reasons kid certificateId checks { check ok reason } } }`;
const STATUS = (m: string) =>
  `mutation($input: CertificateStatusInput!) { ${m}(input: $input) { changed message certificate { id status statusReason } } }`;

interface Verification {
  valid: boolean;
  status: string;
  statusText: string;
  reasons: string[];
  kid: string | null;
  certificateId: string | null;
  checks: { check: string; ok: boolean; reason: string | null }[];
}

describe('certificates: issue, verify online/offline/with plain jose, status, rotation', () => {
  let t: TestApp;
  let w: World;
  let certifier: OrgHandle;
  let otherCertifier: OrgHandle;

  const verify = async (credential: string): Promise<Verification> =>
    data(await t.gql<{ verifyCertificate: Verification }>(VERIFY, { c: credential })).verifyCertificate;
  const verifyJson = async (id: string) => {
    const res = await t.http(`/verify/${id}`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(200);
    return (await res.json()) as { valid: boolean; status: string; reasons: string[] };
  };
  const bundleOf = async (id: string): Promise<CertificateBundle> => {
    const res = await t.http(`/certificates/${id}/bundle`);
    expect(res.status).toBe(200);
    return (await res.json()) as CertificateBundle;
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    certifier = await newCertifier(t);
    otherCertifier = await newCertifier(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the wrong callers and undeclared footprints, writing nothing', async () => {
    const { batchId, footprintId: calculatedId } = await newCalculatedFootprint(t, w);
    const before = await t.snapshot();
    expectError(await t.gql(REQUEST, { input: { footprintId: calculatedId, certifierId: certifier.id } }, w.manufacturer.key), 'CONFLICT');
    const buyer = await newOrganization(t, 'BUYER');
    const after = await t.snapshot();
    expect({ ...after, organizations: 0, api_keys: 0, audit_events: 0 }).toEqual({
      ...before,
      organizations: 0,
      api_keys: 0,
      audit_events: 0,
    });
    expect(after.certification_requests).toBe(before.certification_requests);

    const declared = await calculateAndDeclare(t, w, batchId);
    expectError(await t.gql(REQUEST, { input: { footprintId: declared.id, certifierId: buyer.id } }, w.manufacturer.key), 'BAD_USER_INPUT');
    const req = data(
      await t.gql<{ requestCertification: { id: string } }>(
        REQUEST,
        { input: { footprintId: declared.id, certifierId: certifier.id } },
        w.manufacturer.key,
      ),
    );
    const requestId = req.requestCertification.id;
    expectError(await t.gql(REQUEST, { input: { footprintId: declared.id, certifierId: certifier.id } }, w.manufacturer.key), 'CONFLICT');

    // The queue: the addressed certifier sees it with the footprint's inputs; another certifier does not.
    const queue = data(
      await t.gql<{ certificationRequests: { nodes: { id: string; status: string; footprintInputs: string | null }[] } }>(
        `{ certificationRequests(status: "PENDING") { nodes { id status footprintInputs } } }`,
        {},
        certifier.key,
      ),
    ).certificationRequests.nodes;
    expect(queue.map((q) => q.id)).toContain(requestId);
    expect(JSON.parse(queue.find((q) => q.id === requestId)!.footprintInputs!)).toHaveProperty('batch');
    const otherQueue = data(
      await t.gql<{ certificationRequests: { nodes: { id: string }[] } }>(
        `{ certificationRequests { nodes { id } } }`,
        {},
        otherCertifier.key,
      ),
    );
    expect(otherQueue.certificationRequests.nodes.map((q) => q.id)).not.toContain(requestId);
    // One rule for the inputs (access-policy canSeeFootprintInputs): the asked certifier reads them
    // through the footprint and footprintInputs too, the other certifier does not.
    const INPUTS = `query($f: ID!, $b: ID!) { footprint(id: $f) { inputsDocument } footprintInputs(batchId: $b) { version } }`;
    const asked = data(
      await t.gql<{ footprint: { inputsDocument: string | null }; footprintInputs: { version: number } | null }>(
        INPUTS,
        { f: declared.id, b: batchId },
        certifier.key,
      ),
    );
    expect(JSON.parse(asked.footprint.inputsDocument!)).toHaveProperty('batch');
    expect(asked.footprintInputs).toMatchObject({ version: expect.any(Number) });
    const notAsked = data(
      await t.gql<{ footprint: { inputsDocument: string | null } }>(
        `query($f: ID!) { footprint(id: $f) { inputsDocument } }`,
        { f: declared.id },
        otherCertifier.key,
      ),
    );
    expect(notAsked).toEqual({ footprint: { inputsDocument: null } });
    expectError(
      await t.gql(`query($b: ID!) { footprintInputs(batchId: $b) { version } }`, { b: batchId }, otherCertifier.key),
      'FORBIDDEN',
    );

    const before2 = await t.snapshot();
    expectError(await t.gql(ISSUE, { input: { requestId, ...ISSUE_FIELDS } }, w.manufacturer.key), 'FORBIDDEN');
    expectError(await t.gql(ISSUE, { input: { requestId, ...ISSUE_FIELDS } }, buyer.key), 'FORBIDDEN');
    expectError(await t.gql(ISSUE, { input: { requestId, ...ISSUE_FIELDS } }, otherCertifier.key), 'FORBIDDEN');
    expectError(await t.gql(ISSUE, { input: { requestId, ...ISSUE_FIELDS, assurance: 'HIGH' } }, certifier.key), 'BAD_USER_INPUT');
    expectError(await t.gql(ISSUE, { input: { requestId, ...ISSUE_FIELDS, reviewer: 'a. verifier' } }, certifier.key), 'BAD_USER_INPUT');
    expectError(
      await t.gql(
        ISSUE,
        { input: { requestId, ...ISSUE_FIELDS, validFrom: '2026-05-01T00:00:00Z', validUntil: '2026-04-01T00:00:00Z' } },
        certifier.key,
      ),
      'BAD_USER_INPUT',
    );
    expect(await t.snapshot()).toEqual(before2);

    // Refusal, with reasons, by the addressed certifier; a refused request cannot be issued.
    const refuse = `mutation($input: RefuseCertificationInput!) { refuseCertification(input: $input) { id status refusalReasons } }`;
    expectError(await t.gql(refuse, { input: { requestId, reasons: [] } }, certifier.key), 'BAD_USER_INPUT');
    const refused = data(
      await t.gql<{ refuseCertification: { status: string; refusalReasons: string[] } }>(
        refuse,
        { input: { requestId, reasons: ['meter evidence missing'] } },
        certifier.key,
      ),
    );
    expect(refused.refuseCertification).toEqual({ id: requestId, status: 'REFUSED', refusalReasons: ['meter evidence missing'] });
    expectError(await t.gql(ISSUE, { input: { requestId, ...ISSUE_FIELDS } }, certifier.key), 'CONFLICT');
  });

  it('issues a certificate that verifies online (GraphQL and /verify JSON), with plain jose from the DID document, and offline', async () => {
    const { footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId);
    expect(cert).toMatchObject({ status: 'ACTIVE', assurance: 'LIMITED', materialityPercent: 5, verificationStandard: 'ISO 14064-3:2019' });
    // Default validity: one year (docs/methods/certificates.md).
    expect(new Date(cert.validUntil).getTime() - new Date(cert.validFrom).getTime()).toBeGreaterThanOrEqual(365 * 86400_000);

    const v = await verify(cert.credential);
    expect(v).toMatchObject({ valid: true, status: 'VALID', reasons: [], certificateId: cert.id });
    expect(v.checks.map((c) => c.check)).toEqual(
      expect.arrayContaining([
        'SIGNATURE',
        'ISSUER_IS_CERTIFIER',
        'KEY_CURRENT_AT_ISSUANCE',
        'VALIDITY_PERIOD',
        'NOT_REVOKED',
        'NOT_SUPERSEDED',
        'FOOTPRINT_HASH',
      ]),
    );
    expect(await verifyJson(cert.id)).toMatchObject({ valid: true, status: 'VALID' });

    // Plain jose, nothing from battrace on the path: the kid names a key in the DID document served at the did:web URL.
    const header = decodeProtectedHeader(cert.credential);
    expect(header).toMatchObject({ alg: 'EdDSA', typ: 'vc+jwt' });
    const kid = String(header.kid);
    const port = new URL(t.config.publicBaseUrl).port;
    expect(kid).toBe(`did:web:localhost${port ? `%3A${port}` : ''}:certifiers:${certifier.id}#${cert.keyId}`);
    const didRes = await t.http(`/certifiers/${certifier.id}/did.json`);
    expect(didRes.status).toBe(200);
    const did = (await didRes.json()) as { id: string; verificationMethod: { id: string; publicKeyJwk: JWK; keyStatus: string }[] };
    expect(did.id).toBe(kid.split('#')[0]);
    const vm = did.verificationMethod.find((m) => m.id === kid)!;
    expect(vm.keyStatus).toBe('current');
    const { payload } = await compactVerify(cert.credential, await importJWK(vm.publicKeyJwk, 'EdDSA'));
    const vc = JSON.parse(new TextDecoder().decode(payload));
    expect(vc['@context'][0]).toBe('https://www.w3.org/ns/credentials/v2');
    expect(vc.issuer.id).toBe(did.id);
    expect(vc.credentialSubject.footprint).toMatchObject({ id: footprintId, sha256: cert.footprintSha256 });
    expect(Object.keys(vc.credentialSubject.footprint.stagesKgCo2e)).toHaveLength(4);
    expect(vc.credentialSubject.product.model.chemistry).toBe('LFP');

    // The status list at its stable URL: a signed credential (same key), gzip + base64url, ≥ 131,072 entries, our bit clear.
    const entry = vc.credentialStatus.find((s: { statusPurpose: string }) => s.statusPurpose === 'revocation');
    expect(entry).toMatchObject({ type: 'BitstringStatusListEntry', statusListIndex: String(cert.statusListIndex) });
    const listRes = await t.http(new URL(entry.statusListCredential).pathname);
    expect(listRes.headers.get('content-type')).toContain('application/vc+jwt');
    const listJws = await listRes.text();
    const list = JSON.parse(new TextDecoder().decode((await compactVerify(listJws, await importJWK(vm.publicKeyJwk, 'EdDSA'))).payload));
    const bits = gunzipSync(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url'));
    expect(bits.length * 8).toBeGreaterThanOrEqual(131_072);
    expect(bits[cert.statusListIndex >> 3] & (0x80 >> (cert.statusListIndex & 7))).toBe(0);
    // The public status list does not wait for an issuance or rotation holding the certifier's key row.
    const qr = t.db.createQueryRunner();
    await qr.startTransaction();
    try {
      await qr.query(`SELECT id FROM certifier_signing_keys WHERE organization_id = $1 AND status = 'CURRENT' FOR UPDATE`, [certifier.id]);
      const whileLocked = await t.http(new URL(entry.statusListCredential).pathname, { signal: AbortSignal.timeout(5000) });
      expect(whileLocked.status).toBe(200);
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }

    // Offline: the bundle against battrace's trust list (pinned to the platform key).
    const offline = await verifyBundle(await bundleOf(cert.id), await trustAnchors(t));
    expect(offline).toMatchObject({ valid: true, outcome: 'VALID', exitCode: 0, status: 'VALID', certificateId: cert.id });
    expect(offline.statusSnapshotAgeSeconds).toBeLessThan(60);
    expect(describeOfflineVerification(offline).join('\n')).toMatch(/status snapshot taken .* ago/);

    // The CLI (`npm run verify -- bundle.json` runs its build), on the bundle file after the server is out of the picture.
    const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
    const file = join(dir, 'bundle.json');
    const trustFile = join(dir, 'issuers.json');
    writeFileSync(file, JSON.stringify(await bundleOf(cert.id)));
    const issuers = await trustList(t);
    writeFileSync(trustFile, JSON.stringify(issuers));
    const cliArgs = ['--trust', trustFile, '--platform-key', issuers.platformKey.thumbprint];
    const cli = spawnSync(
      process.execPath,
      ['-r', join(ROOT, 'test/support/swc-register.js'), join(ROOT, 'src/cli/verify-bundle.ts'), file, ...cliArgs],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^VALID: Valid: this certificate is genuine and in force\./);
    expect(cli.stdout).toMatch(/status snapshot taken \S+ \(\d+ s ago; maximum age 7 days\)/);
    expect(cli.stdout).toContain(`certificate ${cert.number}`);
    const tampered = JSON.parse(readFileSync(file, 'utf8')) as CertificateBundle;
    const parts = tampered.credential.split('.');
    tampered.credential = [parts[0], parts[1].slice(0, 20) + (parts[1][20] === 'A' ? 'B' : 'A') + parts[1].slice(21), parts[2]].join('.');
    writeFileSync(file, JSON.stringify(tampered));
    const bad = spawnSync(
      process.execPath,
      ['-r', join(ROOT, 'test/support/swc-register.js'), join(ROOT, 'src/cli/verify-bundle.ts'), file, ...cliArgs],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('(SIGNATURE)');
  });

  it('answers tampering, malformed input and unknown keys with reasons, never a 500', async () => {
    const { footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId);
    const [h, p, s] = cert.credential.split('.');
    const flip = (x: string, i: number) => x.slice(0, i) + (x[i] === 'A' ? 'B' : 'A') + x.slice(i + 1);
    expect((await verify(`${h}.${flip(p, 40)}.${s}`)).reasons).toEqual(['SIGNATURE']);
    expect((await verify(`${h}.${p}.${flip(s, 10)}`)).reasons).toEqual(['SIGNATURE']);
    // A payload changed to claim a lower footprint, re-encoded: still the signature.
    const forged = JSON.parse(Buffer.from(p, 'base64url').toString());
    forged.credentialSubject.footprint.kgCo2ePerKWhLifetime = 0.001;
    expect((await verify(`${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`)).status).toBe('SIGNATURE');
    expect((await verify('not a credential')).reasons).toEqual(['MALFORMED']);
    expect((await verify('a.b.c')).reasons).toEqual(['MALFORMED']);
    // A key battrace never published, under the certifier's did.
    const kid = String(decodeProtectedHeader(cert.credential).kid);
    const rogue = await new CompactSign(Buffer.from(p, 'base64url'))
      .setProtectedHeader({ alg: 'EdDSA', kid: kid.replace(/#.*$/, '#rogue-key'), typ: 'vc+jwt' })
      .sign(generateKeyPairSync('ed25519').privateKey);
    expect((await verify(rogue)).reasons).toEqual(['UNKNOWN_KID']);
    const res = await t.http(`/verify/${cert.id}x`, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(400);
  });

  it('revocation (idempotent), suspension and reinstatement change the answer online and in new bundles', async () => {
    const { footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId);
    const oldBundle = await bundleOf(cert.id);

    expectError(
      await t.gql(STATUS('suspendCertificate'), { input: { certificateId: cert.id, reason: 'x' } }, otherCertifier.key),
      'FORBIDDEN',
    );
    expectError(
      await t.gql(STATUS('suspendCertificate'), { input: { certificateId: cert.id, reason: '' } }, certifier.key),
      'BAD_USER_INPUT',
    );
    const sus = data(
      await t.gql<{ suspendCertificate: { changed: boolean } }>(
        STATUS('suspendCertificate'),
        { input: { certificateId: cert.id, reason: 'site audit pending' } },
        certifier.key,
      ),
    );
    expect(sus.suspendCertificate.changed).toBe(true);
    expect(await verify(cert.credential)).toMatchObject({ valid: false, status: 'SUSPENDED', reasons: ['SUSPENDED'] });
    expect((await verifyBundle(await bundleOf(cert.id), await trustAnchors(t))).status).toBe('SUSPENDED');
    const re = data(
      await t.gql<{ reinstateCertificate: { changed: boolean } }>(
        STATUS('reinstateCertificate'),
        { input: { certificateId: cert.id, reason: 'audit passed' } },
        certifier.key,
      ),
    );
    expect(re.reinstateCertificate.changed).toBe(true);
    expect((await verify(cert.credential)).valid).toBe(true);

    const rev = data(
      await t.gql<{ revokeCertificate: { changed: boolean; message: string; certificate: { status: string } } }>(
        STATUS('revokeCertificate'),
        { input: { certificateId: cert.id, reason: 'material misstatement found' } },
        certifier.key,
      ),
    );
    expect(rev.revokeCertificate).toMatchObject({ changed: true, certificate: { status: 'REVOKED' } });
    const before = await t.snapshot();
    const again = data(
      await t.gql<{ revokeCertificate: { changed: boolean; message: string } }>(
        STATUS('revokeCertificate'),
        { input: { certificateId: cert.id, reason: 'again' } },
        certifier.key,
      ),
    );
    expect(again.revokeCertificate).toMatchObject({ changed: false });
    expect(again.revokeCertificate.message).toMatch(/already revoked/);
    expect(await t.snapshot()).toEqual(before);
    expectError(
      await t.gql(STATUS('reinstateCertificate'), { input: { certificateId: cert.id, reason: 'undo' } }, certifier.key),
      'CONFLICT',
    );

    expect(await verify(cert.credential)).toMatchObject({ valid: false, status: 'REVOKED' });
    expect(await verifyJson(cert.id)).toMatchObject({ valid: false, status: 'REVOKED', reasons: ['REVOKED'] });
    // Concurrent GET /verify share one query (sharedRows); each still gets its own certificate's answer.
    const { footprintId: otherFootprintId } = await declaredFootprint(t, w);
    const valid = await requestAndIssue(t, w, certifier, otherFootprintId);
    const unknownId = '00000000-0000-4000-8000-000000000000';
    const answers = await Promise.all(
      [cert.id, valid.id, unknownId, cert.id, valid.id].map((id) =>
        t
          .http(`/verify/${id}`, { headers: { accept: 'application/json' } })
          .then(async (r) => ({ status: r.status, body: await r.json() })),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 404, 200, 200]);
    expect(answers.map((a) => (a.body as { status?: string }).status)).toEqual(['REVOKED', 'VALID', undefined, 'REVOKED', 'VALID']);
    expect(answers.map((a) => (a.body as { certificateId?: string }).certificateId)).toEqual([
      cert.id,
      valid.id,
      undefined,
      cert.id,
      valid.id,
    ]);
    const anchors = await trustAnchors(t);
    expect((await verifyBundle(await bundleOf(cert.id), anchors)).status).toBe('REVOKED');
    // The bundle taken before revocation says valid as of its (older) snapshot only while that
    // snapshot is within the maximum age (7 days by default); eight days on it is STALE, never VALID.
    expect((await verifyBundle(oldBundle, anchors)).status).toBe('VALID');
    const later = new Date(Date.now() + 8 * 86_400_000);
    expect(await verifyBundle(oldBundle, anchors, { now: later })).toMatchObject({ valid: false, outcome: 'STALE', exitCode: 4 });

    // Every step is in the audit trail, readable by the certifier and the manufacturer, not by another certifier.
    const trailQ = `query($s: ID!) { auditTrail(subjectId: $s) { action } }`;
    for (const key of [certifier.key, w.manufacturer.key]) {
      const trail = data(await t.gql<{ auditTrail: { action: string }[] }>(trailQ, { s: cert.id }, key)).auditTrail.map((e) => e.action);
      expect(trail).toEqual(['issueCertificate', 'suspendCertificate', 'reinstateCertificate', 'revokeCertificate']);
    }
    expectError(await t.gql(trailQ, { s: cert.id }, otherCertifier.key), 'FORBIDDEN');
  });

  it('a newer declared footprint supersedes the certificate; issuing on a superseded footprint is a CONFLICT', async () => {
    const { batchId, footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId);
    const pending = data(
      await t.gql<{ requestCertification: { id: string } }>(
        REQUEST,
        { input: { footprintId, certifierId: otherCertifier.id } },
        w.manufacturer.key,
      ),
    );
    const v2 = await calculateAndDeclare(t, w, batchId);
    expect(v2.version).toBe(2);
    expect(await verify(cert.credential)).toMatchObject({ valid: false, status: 'SUPERSEDED' });
    expectError(
      await t.gql(ISSUE, { input: { requestId: pending.requestCertification.id, ...ISSUE_FIELDS } }, otherCertifier.key),
      'CONFLICT',
    );
    const fresh = await requestAndIssue(t, w, certifier, v2.id);
    expect((await verify(fresh.credential)).valid).toBe(true);
  });

  it('expires at validUntil', async () => {
    const { footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId, {
      validFrom: '2025-01-01T00:00:00Z',
      validUntil: '2025-12-31T00:00:00Z',
    });
    expect(await verify(cert.credential)).toMatchObject({ valid: false, status: 'EXPIRED', reasons: ['EXPIRED'] });
    expect((await verifyBundle(await bundleOf(cert.id), await trustAnchors(t))).status).toBe('EXPIRED');
  });

  it('key rotation: older certificates still verify under the retired key; nothing new may be signed with it', async () => {
    const c = await newCertifier(t);
    const first = await requestAndIssue(t, w, c, (await declaredFootprint(t, w)).footprintId);
    const rot = data(
      await t.gql<{
        rotateSigningKey: { current: { keyId: string; status: string }; retired: { keyId: string; status: string; retiredAt: string } };
      }>(`mutation { rotateSigningKey { current { keyId status } retired { keyId status retiredAt } } }`, {}, c.key),
    ).rotateSigningKey;
    expect(rot.retired).toMatchObject({ keyId: first.keyId, status: 'RETIRED' });
    expect(rot.current.keyId).not.toBe(first.keyId);
    expectError(await t.gql(`mutation { rotateSigningKey { current { keyId } } }`, {}, w.manufacturer.key), 'FORBIDDEN');

    expect((await verify(first.credential)).valid).toBe(true);
    const second = await requestAndIssue(t, w, c, (await declaredFootprint(t, w)).footprintId);
    expect(second.keyId).toBe(rot.current.keyId);
    expect((await verify(second.credential)).valid).toBe(true);
    const did = (await (await t.http(`/certifiers/${c.id}/did.json`)).json()) as {
      verificationMethod: { id: string; keyStatus: string }[];
    };
    expect(did.verificationMethod.map((m) => m.keyStatus).sort()).toEqual(['current', 'retired']);
    expect((await verifyBundle(await bundleOf(first.id), await trustAnchors(t))).valid).toBe(true);

    // Someone holding the retired private key signs a credential dated after its retirement: refused.
    const [row]: { wrapped: string }[] = await t.db.query(
      `SELECT private_key_wrapped AS wrapped FROM certifier_signing_keys WHERE id = $1`,
      [first.keyId],
    );
    const retiredKey = createPrivateKey({
      key: unwrapPrivateKey(t.config.certKek, first.keyId, row.wrapped),
      format: 'der',
      type: 'pkcs8',
    });
    const payload = JSON.parse(Buffer.from(second.credential.split('.')[1], 'base64url').toString());
    payload.credentialSubject.certificate.issuedAt = new Date().toISOString();
    const late = await new CompactSign(Buffer.from(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'EdDSA', kid: String(decodeProtectedHeader(first.credential).kid), typ: 'vc+jwt' })
      .sign(retiredKey);
    expect(await verify(late)).toMatchObject({ valid: false, status: 'KEY_NOT_CURRENT_AT_ISSUANCE' });
    // The private key is stored only wrapped.
    const [k]: { jwk: JWK; wrapped: string }[] = await t.db.query(
      `SELECT public_jwk AS jwk, private_key_wrapped AS wrapped FROM certifier_signing_keys WHERE id = $1`,
      [first.keyId],
    );
    expect(k.wrapped).toMatch(/^v1\./);
    expect(k.jwk).not.toHaveProperty('d');
  });

  it('serves the buyer page with product, footprint, certifier, status in words and a QR code', async () => {
    const { footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId, { assurance: 'REASONABLE' });
    const res = await t.http(`/verify/${cert.id}`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Valid: this certificate is genuine and in force.');
    expect(html).toContain(cert.number);
    expect(html).toContain('REASONABLE');
    expect(html).toContain('Main production');
    expect(html).toContain(certifier.name);
    expect(html).toMatch(/<svg[^>]*>/);
    expect((await t.http(`/certifiers/${w.manufacturer.id}/did.json`)).status).toBe(404);
  });
  it('GET /passports/:batchId: public tier with certificates; the asked certifier and authorities get their tiers with a key', async () => {
    const { batchId, footprintId } = await declaredFootprint(t, w);
    const cert = await requestAndIssue(t, w, certifier, footprintId);
    const pub = (await (await t.http(`/passports/${batchId}`)).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(pub).toMatchObject({ tier: 'PUBLIC', batchId, model: { chemistry: 'LFP' }, carbonFootprint: { footprintId } });
    expect(pub.certificates).toEqual([expect.objectContaining({ id: cert.id, number: cert.number, status: 'ACTIVE', expired: false })]);
    expect(pub).not.toHaveProperty('verification');
    const asCertifier = (await (await t.http(`/passports/${batchId}`, { key: certifier.key })).json()) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(asCertifier.tier).toBe('CERTIFIER');
    expect(asCertifier.verification.footprints.map((f: { id: string }) => f.id)).toEqual([footprintId]);
    expect(((await (await t.http(`/passports/${batchId}`, { key: otherCertifier.key })).json()) as { tier: string }).tier).toBe('PUBLIC');
    const authority = await newOrganization(t, 'AUTHORITY');
    expect(((await (await t.http(`/passports/${batchId}`, { key: authority.key })).json()) as { tier: string }).tier).toBe('AUTHORITY');
    expect((await t.http(`/passports/${footprintId}`)).status).toBe(404);
  });
});
