import { calculateJwkThumbprint, compactVerify, exportJWK, importJWK, type JWK } from 'jose';
import { spawnSync } from 'node:child_process';
import { createHmac, createPrivateKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CertificateBundle } from '../../src/certificates/certificate-verification.service';
import type { DidDocument } from '../../src/certificates/did-document';
import { unwrapPrivateKey } from '../../src/certificates/key-encryption';
import { OfflineVerification, verifyBundle } from '../../src/certificates/offline-verify';
import { PlatformKeyService } from '../../src/certificates/platform-key.service';
import { anchorsFromDidDocument, anchorsFromTrustList, TrustAnchors, TrustListDocument } from '../../src/certificates/trust-anchors';
import { newWorld, OrgHandle, World } from '../support/factories';
import { startTestApp, TestApp } from '../support/test-app';
import {
  data,
  declaredFootprint,
  IssuedCertificate,
  newCertifier,
  recordMarchEnergy,
  requestAndIssue,
  trustAnchors,
  trustList,
} from './certificates.fixtures';

/**
 * The forgery corpus (issue 11): forged and malformed credentials and bundles, each refused by
 * every path that can see it: verifyCertificate (GraphQL), GET /verify/:id (the stored credential
 * replaced, as a tampered database would hold it), and offline against battrace's trust list,
 * by the verifier function and by the real CLI (`npm run verify`) as a child process. Never a
 * 500, never VALID. The genuine bundle with its anchor exits 0; a snapshot past its maximum age 4.
 */
const ROOT = join(__dirname, '..', '..');
const VERIFY = `query($c: String!) { verifyCertificate(credential: $c) { valid status reasons } }`;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
const decode = (jws: string): { header: Json; payload: Json } => {
  const [h, p] = jws.split('.');
  return { header: JSON.parse(Buffer.from(h, 'base64url').toString()), payload: JSON.parse(Buffer.from(p, 'base64url').toString()) };
};
/** Any header over any payload, signed Ed25519 (jose would refuse to write some of these headers). */
const signRaw = (header: object, payload: object, key: KeyObject): string => {
  const input = `${enc(header)}.${enc(payload)}`;
  return `${input}.${sign(null, Buffer.from(input), key).toString('base64url')}`;
};
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('forgery corpus: refused online, at /verify/:id and offline', () => {
  let t: TestApp;
  let w: World;
  let a: OrgHandle;
  let b: OrgHandle;
  let genuine: IssuedCertificate;
  let earlier: IssuedCertificate;
  let bundle: CertificateBundle;
  let earlierBundle: CertificateBundle;
  let bBundle: CertificateBundle;
  let anchors: TrustAnchors;
  let list: TrustListDocument;
  let aKey: KeyObject;
  let bKey: KeyObject;
  let dir: string;

  const bundleOf = async (id: string): Promise<CertificateBundle> => {
    const res = await t.http(`/certificates/${id}/bundle`);
    expect(res.status).toBe(200);
    return (await res.json()) as CertificateBundle;
  };
  const privateKeyOf = async (org: OrgHandle): Promise<KeyObject> => {
    const [row]: { id: string; wrapped: string }[] = await t.db.query(
      `SELECT id, private_key_wrapped AS wrapped FROM certifier_signing_keys WHERE organization_id = $1 AND status = 'CURRENT'`,
      [org.id],
    );
    return createPrivateKey({ key: unwrapPrivateKey(t.config.certKek, row.id, row.wrapped), format: 'der', type: 'pkcs8' });
  };
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['-r', join(ROOT, 'test/support/swc-register.js'), join(ROOT, 'src/cli/verify-bundle.ts'), ...args], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  let files = 0;
  const file = (content: unknown): string => {
    const f = join(dir, `f${files++}.json`);
    writeFileSync(f, JSON.stringify(content));
    return f;
  };
  const withTrust = (bundleFile: string, extra: string[] = []) => [
    bundleFile,
    '--trust',
    file(list),
    '--platform-key',
    list.platformKey.thumbprint,
    ...extra,
  ];
  const online = async (credential: string) => {
    const r = await t.gql<{ verifyCertificate: { valid: boolean; status: string; reasons: string[] } }>(VERIFY, { c: credential });
    expect(r.errors).toBeUndefined();
    return data(r).verifyCertificate;
  };
  /** GET /verify/:id (JSON and HTML) with the stored credential replaced by this one, then restored. */
  const atVerifyPage = async (credential: string): Promise<{ valid: boolean; status: string }> => {
    await t.db.query(`UPDATE certificates SET credential = $2 WHERE id = $1`, [genuine.id, credential]);
    try {
      const res = await t.http(`/verify/${genuine.id}`, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(200);
      const html = await t.http(`/verify/${genuine.id}`, { headers: { accept: 'text/html' } });
      expect(html.status).toBe(200);
      expect(await html.text()).not.toContain('Valid: this certificate is genuine and in force.');
      return (await res.json()) as { valid: boolean; status: string };
    } finally {
      await t.db.query(`UPDATE certificates SET credential = $2 WHERE id = $1`, [genuine.id, genuine.credential]);
    }
  };
  const offline = (x: unknown, options: { now?: Date; maxStatusAgeMs?: number } = {}): Promise<OfflineVerification> =>
    verifyBundle(x, anchors, options);

  /** Re-signs the bundle's status lists with this key and kid, optionally editing each payload. */
  const resignLists = (x: CertificateBundle, key: KeyObject, kid: string, edit: (p: Json) => void = () => undefined) => {
    for (const l of x.statusLists) {
      const { header, payload } = decode(l.credential);
      edit(payload);
      l.credential = signRaw({ ...header, kid }, payload, key);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    w = await newWorld(t);
    await recordMarchEnergy(t, w);
    a = await newCertifier(t);
    b = await newCertifier(t);
    earlier = await requestAndIssue(t, w, a, (await declaredFootprint(t, w)).footprintId);
    earlierBundle = await bundleOf(earlier.id);
    genuine = await requestAndIssue(t, w, a, (await declaredFootprint(t, w)).footprintId);
    bBundle = await bundleOf((await requestAndIssue(t, w, b, (await declaredFootprint(t, w)).footprintId)).id);
    bundle = await bundleOf(genuine.id);
    list = await trustList(t);
    anchors = await anchorsFromTrustList(list, list.platformKey.thumbprint);
    aKey = await privateKeyOf(a);
    bKey = await privateKeyOf(b);
    dir = mkdtempSync(join(tmpdir(), 'forgery-'));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /trust/issuers.json lists every certifier with its keys, signed by the platform key shown on the verify page', async () => {
    const { payload, protectedHeader } = await compactVerify(
      list.jws,
      await importJWK({ ...list.platformKey.publicJwk, alg: 'EdDSA' }, 'EdDSA'),
    );
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'trust-list+jwt', kid: list.platformKey.thumbprint });
    expect(await calculateJwkThumbprint(list.platformKey.publicJwk, 'sha256')).toBe(list.platformKey.thumbprint);
    const body = JSON.parse(new TextDecoder().decode(payload)) as {
      issuedAt: string;
      platformKey: string;
      issuers: {
        did: string;
        organizationId: string;
        keys: { kid: string; thumbprint: string; publicJwk: JWK; activeFrom: string; retiredAt: null }[];
      }[];
    };
    expect(body.platformKey).toBe(list.platformKey.thumbprint);
    expect(new Date(body.issuedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const listed = body.issuers.find((i) => i.organizationId === a.id)!;
    expect(listed.did).toBe(bundle.didDocument.id);
    expect(listed.keys).toEqual([
      {
        kid: `${listed.did}#${genuine.keyId}`,
        thumbprint: genuine.keyId,
        publicJwk: expect.any(Object),
        activeFrom: expect.any(String),
        retiredAt: null,
      },
    ]);
    expect(await calculateJwkThumbprint(listed.keys[0].publicJwk, 'sha256')).toBe(genuine.keyId);
    expect(body.issuers.map((i) => i.organizationId)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(body.issuers.map((i) => i.organizationId)).not.toContain(w.manufacturer.id);

    const html = await (await t.http(`/verify/${genuine.id}`)).text();
    expect(html).toContain(`<code id="platform-key">${list.platformKey.thumbprint}</code>`);
    expect(html).toContain('/trust/issuers.json');
  });

  it('the genuine bundle with its anchor is VALID (exit 0), from the trust list or from the DID document the buyer fetched', async () => {
    expect(await offline(bundle)).toMatchObject({ outcome: 'VALID', exitCode: 0, valid: true, certificateId: genuine.id });
    const run = cli(withTrust(file(bundle)));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^VALID: Valid: this certificate is genuine and in force\./);
    const claims = decode(genuine.credential).payload.credentialSubject;
    for (const shown of [
      `certificate ${genuine.number}`,
      `manufacturer: ${claims.responsibleParty.name}`,
      `plant: ${claims.responsibleParty.plant.name}`,
      `park: ${claims.responsibleParty.park.name} (${claims.responsibleParty.park.code})`,
      `battery model: ${claims.product.model.name}`,
      `batch: ${claims.product.batchNumber}, ${claims.product.packCount} packs`,
      'kg CO2e per kWh delivered over the service life',
      'main production:',
      `ruleset: ${claims.footprint.rulesetId}`,
      'assurance: LIMITED, materiality 5%',
      `validity: from ${genuine.validFrom}`,
      'status snapshot taken',
      '(pinned)',
    ]) {
      expect(run.stdout).toContain(shown);
    }
    const did = (await (await t.http(`/certifiers/${a.id}/did.json`)).json()) as DidDocument;
    const viaDid = cli([file(bundle), '--trust-did', file(did)]);
    expect(viaDid.status).toBe(0);
    expect(viaDid.stdout).toContain('given with --trust-did');
    expect((await verifyBundle(bundle, await anchorsFromDidDocument(did))).outcome).toBe('VALID');
  });

  it('a status snapshot older than the maximum age is not VALID: exit 4, refresh the bundle', async () => {
    const later = new Date(new Date(bundle.createdAt).getTime() + 7 * 86_400_000 + 60_000);
    expect(await offline(bundle, { now: later })).toMatchObject({ outcome: 'STALE', exitCode: 4, valid: false, status: 'STATUS_STALE' });
    // The CLI runs after the bundle was taken, so its snapshot is older than a millisecond.
    const run = cli(withTrust(file(bundle), ['--max-status-age', '1ms']));
    expect(run.status).toBe(4);
    expect(run.stdout).toMatch(/^VALID WHEN LAST KNOWN, STATUS TOO OLD \(refresh the bundle\)/);
    expect(run.stdout).not.toMatch(/^VALID:/m);
  });

  it('usage errors exit 2: no anchor, an unreadable or unpinned-key trust list, a bad option', async () => {
    const f = file(bundle);
    const none = cli([f]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no trust anchor given');
    expect(none.stdout).toBe('');
    const otherKey = await calculateJwkThumbprint(await exportJWK(generateKeyPairSync('ed25519').publicKey), 'sha256');
    const wrongPin = cli([f, '--trust', file(list), '--platform-key', otherKey]);
    expect(wrongPin.status).toBe(2);
    expect(wrongPin.stderr).toContain('not by the pinned key');
    // A trust list whose payload was edited (a forged key added) no longer verifies.
    const edited = clone(list);
    const [h, p, s] = edited.jws.split('.');
    const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
    payload.issuers[0].keys.push({ ...payload.issuers[0].keys[0], kid: `${payload.issuers[0].did}#forged` });
    edited.jws = `${h}.${enc(payload)}.${s}`;
    expect(cli([f, '--trust', file(edited)]).status).toBe(2);
    expect(cli([f, '--trust', file(list), '--max-status-age', 'soon']).status).toBe(2);
    expect(cli([f, '--trust', file(list), '--platform-key', 'abc']).status).toBe(2);
    expect(cli([f, '--trust', join(dir, 'missing.json')]).status).toBe(2);
    expect(cli([f, '--trust-did', file(bundle.didDocument), '--unknown']).status).toBe(2);
  });

  /**
   * Credential-level forgeries: the credential (and, where the forger would, the bundle around it).
   * Each is refused by verifyCertificate, at /verify/:id, and offline; `offlineExit` is what the
   * CLI must answer (3 only where the signature matches a key the bundle carries for an issuer no
   * anchor knows).
   */
  interface Forgery {
    name: string;
    make: () => Promise<CertificateBundle> | CertificateBundle;
    offlineExit: 1 | 3;
    cliToo?: boolean;
  }
  const edited = (): Json => {
    const p = decode(genuine.credential).payload;
    p.credentialSubject.footprint.kgCo2ePerKWhLifetime = 0.01;
    p.credentialSubject.product.batchNumber = 'FORGED-0001';
    return p;
  };
  const withCredential = (credential: string): CertificateBundle => ({ ...clone(bundle), credential });
  const header = () => decode(genuine.credential).header;
  const freshKey = async () => {
    const k = generateKeyPairSync('ed25519');
    const jwk = await exportJWK(k.publicKey);
    const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
    return { privateKey: k.privateKey, publicJwk, thumbprint: await calculateJwkThumbprint(publicJwk, 'sha256') };
  };

  const corpus: Forgery[] = [
    {
      name: 'edited, re-signed with a fresh key swapped into the DID document under the same kid, status lists re-signed',
      offlineExit: 1,
      cliToo: true,
      make: async () => {
        const k = await freshKey();
        const x = withCredential(signRaw(header(), edited(), k.privateKey));
        x.didDocument.verificationMethod[0].publicKeyJwk = { ...k.publicJwk, kid: genuine.keyId, alg: 'EdDSA', use: 'sig' };
        resignLists(x, k.privateKey, header().kid);
        return x;
      },
    },
    {
      name: 'edited, re-signed with a fresh key added to the DID document under its own kid',
      offlineExit: 1,
      make: async () => {
        const k = await freshKey();
        const kid = `${bundle.didDocument.id}#${k.thumbprint}`;
        const x = withCredential(signRaw({ ...header(), kid }, edited(), k.privateKey));
        const vm = { ...x.didDocument.verificationMethod[0], id: kid, publicKeyJwk: { ...k.publicJwk, kid: k.thumbprint } };
        x.didDocument.verificationMethod.push(vm);
        x.didDocument.assertionMethod.push(kid);
        resignLists(x, k.privateKey, kid);
        return x;
      },
    },
    {
      name: 'a whole bundle under another did:web (its own DID document, key and status lists)',
      offlineExit: 3,
      cliToo: true,
      make: async () => {
        const k = await freshKey();
        const did = `did:web:evil.example:certifiers:${a.id}`;
        const kid = `${did}#${k.thumbprint}`;
        const p = edited();
        p.issuer.id = did;
        const x = withCredential(signRaw({ ...header(), kid }, p, k.privateKey));
        x.didDocument = {
          ...x.didDocument,
          id: did,
          verificationMethod: [{ ...x.didDocument.verificationMethod[0], id: kid, controller: did, publicKeyJwk: { ...k.publicJwk } }],
          assertionMethod: [kid],
        };
        resignLists(x, k.privateKey, kid, (l) => {
          l.issuer = did;
        });
        return x;
      },
    },
    {
      name: 'alg none',
      offlineExit: 1,
      cliToo: true,
      make: () => withCredential(`${enc({ ...header(), alg: 'none' })}.${enc(edited())}.`),
    },
    {
      name: 'HMAC (HS256) keyed with the public key',
      offlineExit: 1,
      make: () => {
        const input = `${enc({ ...header(), alg: 'HS256' })}.${enc(edited())}`;
        const secret = JSON.stringify(bundle.didDocument.verificationMethod[0].publicKeyJwk);
        return withCredential(`${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`);
      },
    },
    {
      name: 'a critical extension (crit)',
      offlineExit: 1,
      make: () => withCredential(signRaw({ ...header(), crit: ['exp'], exp: 1 }, decode(genuine.credential).payload, aKey)),
    },
    {
      name: 'b64: false without crit, signed by the real key',
      offlineExit: 1,
      cliToo: true,
      make: () => withCredential(signRaw({ ...header(), b64: false }, decode(genuine.credential).payload, aKey)),
    },
    {
      name: 'b64: false with crit, signed by the real key',
      offlineExit: 1,
      make: () => withCredential(signRaw({ ...header(), b64: false, crit: ['b64'] }, decode(genuine.credential).payload, aKey)),
    },
    {
      name: 'kid pointing at another issuer (signed by that issuer’s real key)',
      offlineExit: 1,
      cliToo: true,
      make: () => {
        const kid = decode(bBundle.credential).header.kid;
        return withCredential(signRaw({ ...header(), kid }, decode(genuine.credential).payload, bKey));
      },
    },
    {
      name: 'kid naming a path',
      offlineExit: 1,
      make: () =>
        withCredential(signRaw({ ...header(), kid: `${bundle.didDocument.id}#../../certifiers/${b.id}/did.json` }, edited(), aKey)),
    },
    {
      name: 'kid that is a URL',
      offlineExit: 1,
      make: () => withCredential(signRaw({ ...header(), kid: `https://evil.example/certifiers/${a.id}/did.json#k` }, edited(), aKey)),
    },
    {
      name: 'truncated signature',
      offlineExit: 1,
      make: () => withCredential(genuine.credential.slice(0, -2)),
    },
    {
      name: 'signature of another credential',
      offlineExit: 1,
      make: () => {
        const [h, p] = genuine.credential.split('.');
        return withCredential(`${h}.${p}.${earlier.credential.split('.')[2]}`);
      },
    },
  ];

  it.each(corpus.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const forged = await f.make();
    const before = await t.snapshot();
    const o = await online(forged.credential);
    expect(o.valid).toBe(false);
    expect(o.status).not.toBe('VALID');
    const page = await atVerifyPage(forged.credential);
    expect(page).toMatchObject({ valid: false });
    expect(page.status).not.toBe('VALID');
    expect(await t.snapshot()).toEqual(before);

    const r = await offline(forged);
    expect(r.valid).toBe(false);
    expect(r.exitCode).toBe(f.offlineExit);
    if (f.cliToo) {
      const run = cli(withTrust(file(forged)));
      expect(run.status).toBe(f.offlineExit);
      expect(run.stdout).not.toMatch(/^VALID/m);
      expect(run.stdout).toMatch(f.offlineExit === 3 ? /^NOT VERIFIED/ : /^INVALID/);
    }
  });

  /**
   * Signed by the certifier's real key, but not the shape of a certificate credential: each is
   * invalid with reason MALFORMED on every path (never a 500, never a stack trace): verifyCertificate,
   * GET /verify/:id as JSON and as the HTML page, the offline verifier and the CLI (exit 1).
   */
  const misshapen: [string, (p: Json) => void][] = [
    ['issuer null', (p) => (p.issuer = null)],
    ['issuer a string', (p) => (p.issuer = p.issuer.id)],
    ['certificate id not a UUID', (p) => (p.credentialSubject.certificate.id = 'not-a-uuid')],
    ['certificate id a number', (p) => (p.credentialSubject.certificate.id = 42)],
    ['criteria a number', (p) => (p.credentialSubject.certificate.criteria = 5)],
    ['materialityPercent a string', (p) => (p.credentialSubject.certificate.materialityPercent = 'five')],
    ['footprint version a string', (p) => (p.credentialSubject.footprint.version = '1')],
    ['footprint stages a list', (p) => (p.credentialSubject.footprint.stagesKgCo2e = [1, 2])],
    ['validUntil a number', (p) => (p.validUntil = 1893456000)],
    ['credentialStatus an object', (p) => (p.credentialStatus = { id: 'x' })],
    ['product a string', (p) => (p.credentialSubject.product = 'a pack')],
    ['credentialSubject null', (p) => (p.credentialSubject = null)],
  ];
  it.each(misshapen)('signed by the real key, %s: MALFORMED online, at /verify/:id and offline', async (_name, edit) => {
    const payload = decode(genuine.credential).payload;
    edit(payload);
    const credential = signRaw(header(), payload, aKey);
    const before = await t.snapshot();
    expect(await online(credential)).toMatchObject({ valid: false, status: 'MALFORMED', reasons: ['MALFORMED'] });

    await t.db.query(`UPDATE certificates SET credential = $2 WHERE id = $1`, [genuine.id, credential]);
    try {
      const res = await t.http(`/verify/${genuine.id}`, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ valid: false, status: 'MALFORMED' });
      const page = await t.http(`/verify/${genuine.id}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('data-status="MALFORMED"');
      expect(html).toContain('Invalid: this is not a readable certificate credential.');
    } finally {
      await t.db.query(`UPDATE certificates SET credential = $2 WHERE id = $1`, [genuine.id, genuine.credential]);
    }
    expect(await t.snapshot()).toEqual(before);

    const forged = withCredential(credential);
    expect(await offline(forged)).toMatchObject({ valid: false, status: 'MALFORMED', exitCode: 1 });
    const run = cli(withTrust(file(forged)));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: Invalid: this is not a readable certificate credential\./);
    expect(run.stdout).toMatch(/\[FAIL\] FORMAT \(MALFORMED\)/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('expired and not yet valid: refused online, at /verify/:id and offline', async () => {
    const expired = await requestAndIssue(t, w, a, (await declaredFootprint(t, w)).footprintId, {
      validFrom: '2025-01-01T00:00:00Z',
      validUntil: '2025-12-31T00:00:00Z',
    });
    const future = await requestAndIssue(t, w, a, (await declaredFootprint(t, w)).footprintId, {
      validFrom: '2030-01-01T00:00:00Z',
      validUntil: '2030-12-31T00:00:00Z',
    });
    for (const [cert, reason] of [
      [expired, 'EXPIRED'],
      [future, 'NOT_YET_VALID'],
    ] as const) {
      expect(await online(cert.credential)).toMatchObject({ valid: false, status: reason });
      const page = (await (await t.http(`/verify/${cert.id}`, { headers: { accept: 'application/json' } })).json()) as { status: string };
      expect(page.status).toBe(reason);
      const x = await bundleOf(cert.id);
      expect(await verifyBundle(x, await trustAnchors(t))).toMatchObject({ outcome: 'INVALID', exitCode: 1, status: reason });
    }
    const run = cli(withTrust(file(await bundleOf(expired.id))));
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^INVALID: Expired/);
  });

  it('status lists re-signed by another key, of another issuer, or older than the credential are refused offline', async () => {
    const refused = async (x: CertificateBundle, problem: RegExp) => {
      const r = await offline(x);
      expect(r).toMatchObject({ outcome: 'INVALID', exitCode: 1, valid: false, status: 'STATUS_UNKNOWN' });
      expect(r.statusListProblems.join('\n')).toMatch(problem);
      return r;
    };
    // Re-signed by a fresh key under the issuer's kid (e.g. to clear a revocation bit).
    const fresh = generateKeyPairSync('ed25519').privateKey;
    const x1 = clone(bundle);
    resignLists(x1, fresh, header().kid);
    await refused(x1, /signature does not verify with the anchored key/);
    // Re-signed by a fresh key under a kid of its own.
    const x2 = clone(bundle);
    resignLists(x2, fresh, `${bundle.didDocument.id}#fresh`);
    await refused(x2, /a key no anchor vouches for/);
    // Another issuer's genuine status lists, presented under this issuer's URLs.
    const x3 = clone(bundle);
    x3.statusLists = clone(bBundle.statusLists).map((l, i) => ({ ...l, url: bundle.statusLists[i].url }));
    await refused(x3, /not by the credential’s issuer/);
    // Another issuer's key signing this issuer's list.
    const x4 = clone(bundle);
    resignLists(x4, bKey, decode(bBundle.credential).header.kid);
    await refused(x4, /not by the credential’s issuer/);
    // Genuine lists of the same issuer, snapshot before this credential was issued.
    const x5 = clone(bundle);
    x5.statusLists = clone(earlierBundle.statusLists);
    const r5 = await refused(x5, /older than the credential’s issuance/);
    expect(r5.statusSnapshotAt).toBeNull();
    const run = cli(withTrust(file(x5)));
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('status list problem');
    // A list dated in the future (signed by the real key: a forger cannot, but a wrong clock could).
    const x6 = clone(bundle);
    resignLists(x6, aKey, header().kid, (l) => {
      l.validFrom = new Date(Date.now() + 86_400_000).toISOString();
    });
    await refused(x6, /in the future/);
    // No status lists at all.
    await refused({ ...clone(bundle), statusLists: [] }, /no status list/);
  });

  it('a bundle saved before revocation, or a current one with the pre-revocation lists swapped in, is never VALID past the maximum age', async () => {
    const cert = await requestAndIssue(t, w, a, (await declaredFootprint(t, w)).footprintId);
    const saved = await bundleOf(cert.id);
    data(
      await t.gql(
        `mutation($input: CertificateStatusInput!) { revokeCertificate(input: $input) { changed } }`,
        { input: { certificateId: cert.id, reason: 'misstatement' } },
        a.key,
      ),
    );
    const current = await bundleOf(cert.id);
    const a2 = await trustAnchors(t);
    expect((await verifyBundle(current, a2)).status).toBe('REVOKED');
    const swapped = { ...clone(current), statusLists: clone(saved.statusLists) };
    const later = new Date(Date.now() + 8 * 86_400_000);
    for (const x of [saved, swapped]) {
      expect(await verifyBundle(x, a2, { now: later })).toMatchObject({ outcome: 'STALE', exitCode: 4, valid: false });
    }
    // Both the old and the new lists in one bundle: the newest acceptable snapshot wins.
    const both = { ...clone(current), statusLists: [...clone(saved.statusLists), ...clone(current.statusLists)] };
    expect((await verifyBundle(both, a2)).status).toBe('REVOKED');
  });

  it('garbage bundles are answered, never thrown', async () => {
    for (const x of [
      null,
      42,
      'x',
      {},
      { credential: 7 },
      { ...clone(bundle), didDocument: 'x', statusLists: 'y' },
      { ...clone(bundle), statusLists: [null, 1] },
    ]) {
      const r = await offline(x);
      expect(r.valid).toBe(false);
      expect([1, 3]).toContain(r.exitCode);
    }
  });

  it('every API process sharing the database signs with the same platform key, made once', async () => {
    const [{ n }]: { n: number }[] = await t.db.query(`SELECT count(*)::int AS n FROM platform_signing_keys`);
    expect(n).toBe(1);
    const others = await Promise.all([0, 1, 2].map(() => new PlatformKeyService(t.db, t.config).current()));
    expect(others.map((k) => k.thumbprint)).toEqual([0, 1, 2].map(() => list.platformKey.thumbprint));
    // On an empty table, processes starting together agree on one key.
    await t.db.query(`DELETE FROM platform_signing_keys`);
    const racing = await Promise.all([0, 1, 2, 3].map(() => new PlatformKeyService(t.db, t.config).current()));
    expect(new Set(racing.map((k) => k.thumbprint)).size).toBe(1);
    const [{ m }]: { m: number }[] = await t.db.query(`SELECT count(*)::int AS m FROM platform_signing_keys`);
    expect(m).toBe(1);
  });
});
