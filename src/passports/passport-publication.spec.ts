import { CompactSign, exportJWK } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import {
  BATCH_PUBLICATION_TYPE,
  ChainedDocument,
  chainLink,
  documentBytes,
  documentOfJws,
  PUBLICATION_TYPE,
  PublicationDocument,
  publicationGate,
  publicModelAttributes,
  PublishedVersion,
  servedVersions,
  sha256Hex,
  signPublication,
  signVersion,
  verifyPassportChain,
} from './passport-publication';

const keyPair = () => generateKeyPairSync('ed25519');

async function chain(n: number, pair = keyPair()): Promise<{ versions: PublishedVersion[]; jwk: Awaited<ReturnType<typeof exportJWK>> }> {
  const versions: PublishedVersion[] = [];
  let previous: string | null = null;
  for (let seq = 1; seq <= n; seq++) {
    const doc: PublicationDocument = {
      type: PUBLICATION_TYPE,
      modelId: '00000000-0000-4000-8000-000000000001',
      seq,
      modelPassportDataVersion: seq,
      publishedAt: `2027-01-0${seq}T00:00:00.000Z`,
      previousSha256: previous,
      platformKey: 'kid',
      attributes: { renewableContent: 10 * seq },
    };
    const { payload, sha256 } = documentBytes(doc);
    versions.push({
      seq,
      documentSha256: sha256,
      previousSha256: previous,
      jws: await signPublication(payload, { thumbprint: 'kid', privateKey: pair.privateKey }),
    });
    previous = sha256;
  }
  return { versions, jwk: await exportJWK(pair.publicKey) };
}

describe('verifyPassportChain', () => {
  it('a chain of three versions verifies', async () => {
    const { versions, jwk } = await chain(3);
    expect(await verifyPassportChain(versions, jwk)).toEqual({ valid: true, length: 3 });
    expect(await verifyPassportChain([], jwk)).toEqual({ valid: true, length: 0 });
  });

  it('a tampered document breaks at its index', async () => {
    const { versions, jwk } = await chain(3);
    const [h, p, s] = versions[1].jws.split('.');
    const doc = JSON.parse(Buffer.from(p, 'base64url').toString()) as PublicationDocument;
    doc.attributes.renewableContent = 99;
    const forged = `${h}.${Buffer.from(JSON.stringify(doc)).toString('base64url')}.${s}`;
    const tampered = versions.map((v, i) => (i === 1 ? { ...v, jws: forged } : v));
    expect(await verifyPassportChain(tampered, jwk)).toEqual({
      valid: false,
      index: 1,
      reason: 'the signature does not verify with the platform key',
    });
    // The listed hash changed instead of the document.
    const rehashed = versions.map((v, i) => (i === 2 ? { ...v, documentSha256: sha256Hex('other') } : v));
    expect(await verifyPassportChain(rehashed, jwk)).toMatchObject({
      valid: false,
      index: 2,
      reason: 'the signed document does not hash to documentSha256',
    });
  });

  it('reordered versions break where the order does', async () => {
    const { versions, jwk } = await chain(3);
    expect(await verifyPassportChain([versions[1], versions[0], versions[2]], jwk)).toMatchObject({ valid: false, index: 0 });
    expect(await verifyPassportChain([versions[0], versions[2], versions[1]], jwk)).toMatchObject({
      valid: false,
      index: 1,
      reason: expect.stringContaining('previousSha256') as unknown,
    });
  });

  it('a missing middle version breaks the chain at the version after it', async () => {
    const { versions, jwk } = await chain(3);
    expect(await verifyPassportChain([versions[0], versions[2]], jwk)).toMatchObject({ valid: false, index: 1 });
    // The listed previous hash edited to match does not help: the signed document still names the missing one.
    const patched = { ...versions[2], previousSha256: versions[0].documentSha256 };
    expect(await verifyPassportChain([versions[0], patched], jwk)).toMatchObject({ valid: false, index: 1 });
  });

  it('another document signed by the same key (an audit checkpoint) is not a passport version', async () => {
    const pair = keyPair();
    const { versions, jwk } = await chain(1, pair);
    const other = await new CompactSign(new TextEncoder().encode('{"type":"BattraceAuditCheckpoint"}'))
      .setProtectedHeader({ alg: 'EdDSA', kid: 'kid', typ: 'audit-checkpoint+jwt' })
      .sign(pair.privateKey);
    expect(await verifyPassportChain([{ ...versions[0], jws: other }], jwk)).toEqual({
      valid: false,
      index: 0,
      reason: 'typ is not passport-version+jwt',
    });
  });

  it('another key fails at the first version', async () => {
    const { versions } = await chain(2);
    const other = await exportJWK(keyPair().publicKey);
    expect(await verifyPassportChain(versions, other)).toEqual({
      valid: false,
      index: 0,
      reason: 'the signature does not verify with the platform key',
    });
  });
});

describe('publicationGate and publicModelAttributes', () => {
  it('blocks on every public model attribute except those battrace holds per batch', () => {
    const g = publicationGate('EV', {});
    expect(g.blockers).toContain('renewableContent');
    expect(g.blockers).toContain('batteryMass');
    expect(g.blockers).toContain('cadmiumAndLeadSymbols');
    expect(g.blockers).toContain('initialInternalResistance');
    expect(g.blockers).not.toContain('batteryCarbonFootprint');
    expect(g.blockers).not.toContain('dismantlingAndRemovalInformation');
    expect(publicationGate('EV', { renewableContent: 5 }).blockers).not.toContain('renewableContent');
    // Written out as docs/passport-attributes.md lists them: what the gate leaves out for an EV
    // model, the place of manufacture and the carbon footprint, which battrace holds per batch.
    expect(g.notRecordable.sort()).toEqual(
      [
        'manufacturingPlace',
        'batteryCarbonFootprint',
        'carbonFootprintRawMaterialExtraction',
        'carbonFootprintMainProduction',
        'carbonFootprintDistribution',
        'carbonFootprintRecycling',
        'carbonFootprintPerformanceClass',
        'carbonFootprintStudy',
      ].sort(),
    );
    // 49 mandatory public model attributes for EV: 33 recorded, 8 derived from the model row, 8 per batch.
    expect(g.blockers).toHaveLength(49 - 8);
  });

  it('keeps public model-level attributes, drops the others and unknown keys', () => {
    expect(
      publicModelAttributes({
        renewableContent: 5,
        dismantlingAndRemovalInformation: { title: 'x' },
        expectedLifetime: 10,
        batteryPassportIdentifier: 'urn:uuid:x',
        unknown: 1,
        hazardousSubstances: null,
      }),
    ).toEqual({ renewableContent: 5 });
  });
});

/** A batch's chain built with the shared helpers (chainLink, signVersion), as the batch service builds it. */
async function batchChain(n: number, pair = keyPair(), batchId = '00000000-0000-4000-8000-0000000000b1') {
  const versions: PublishedVersion[] = [];
  for (let i = 0; i < n; i++) {
    const link = chainLink(versions.length ? versions[versions.length - 1] : undefined);
    const doc: ChainedDocument & Record<string, unknown> = {
      type: BATCH_PUBLICATION_TYPE,
      batchId,
      ...link,
      publishedAt: `2027-02-0${i + 1}T00:00:00.000Z`,
      platformKey: 'kid',
      model: { modelId: 'm', seq: 1, sha256: 'a'.repeat(64) },
      attributes: { manufacturingPlace: { addressCountry: 'CN' } },
    };
    const { sha256, jws } = await signVersion(doc, { thumbprint: 'kid', privateKey: pair.privateKey });
    versions.push({ seq: link.seq, documentSha256: sha256, previousSha256: link.previousSha256, jws });
  }
  return { versions, jwk: await exportJWK(pair.publicKey), pair };
}

describe('the shared chain helpers, for model and batch chains alike', () => {
  it('chainLink: the first version has no previous hash, the next names the newest', () => {
    expect(chainLink(undefined)).toEqual({ seq: 1, previousSha256: null });
    expect(chainLink({ seq: 4, documentSha256: 'c'.repeat(64) })).toEqual({ seq: 5, previousSha256: 'c'.repeat(64) });
  });

  it('signVersion signs the bytes documentBytes hashes; documentOfJws and servedVersions read them back', async () => {
    const pair = keyPair();
    const doc: ChainedDocument = {
      type: PUBLICATION_TYPE,
      seq: 1,
      publishedAt: '2027-01-01T00:00:00.000Z',
      previousSha256: null,
      platformKey: 'kid',
      attributes: { batteryMass: 480 },
    };
    const signed = await signVersion(doc, { thumbprint: 'kid', privateKey: pair.privateKey });
    expect({ payload: signed.payload, sha256: signed.sha256 }).toEqual(documentBytes(doc));
    expect(signed.sha256).toBe(sha256Hex(JSON.stringify(doc)));
    expect(JSON.parse(Buffer.from(signed.jws.split('.')[0], 'base64url').toString())).toEqual({
      alg: 'EdDSA',
      kid: 'kid',
      typ: 'passport-version+jwt',
    });
    expect(documentOfJws(signed.jws)).toEqual(doc);
    const publishedAt = new Date('2027-01-01T00:00:01Z');
    expect(servedVersions([{ seq: 1, documentSha256: signed.sha256, previousSha256: null, jws: signed.jws, publishedAt }])).toEqual([
      { seq: 1, publishedAt, documentSha256: signed.sha256, previousSha256: null, jws: signed.jws, document: doc },
    ]);
  });

  it("a batch's chain verifies with the same function, and breaks the same ways", async () => {
    const { versions, jwk } = await batchChain(3);
    expect(await verifyPassportChain(versions, jwk)).toEqual({ valid: true, length: 3 });
    expect(await verifyPassportChain(versions, jwk, BATCH_PUBLICATION_TYPE)).toEqual({ valid: true, length: 3 });
    expect(await verifyPassportChain([versions[0], versions[2]], jwk)).toMatchObject({ valid: false, index: 1 });
    const [h, p, sig] = versions[2].jws.split('.');
    const forged = { ...(JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>), attributes: {} };
    const tampered = versions.map((v, i) =>
      i === 2 ? { ...v, jws: `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${sig}` } : v,
    );
    expect(await verifyPassportChain(tampered, jwk)).toEqual({
      valid: false,
      index: 2,
      reason: 'the signature does not verify with the platform key',
    });
  });

  it("a batch's chain is not a model's: the expected type is checked", async () => {
    const { versions, jwk } = await batchChain(1);
    expect(await verifyPassportChain(versions, jwk, PUBLICATION_TYPE)).toEqual({
      valid: false,
      index: 0,
      reason: `a ${BATCH_PUBLICATION_TYPE} where the chain holds ${PUBLICATION_TYPE}`,
    });
  });

  it('a version of another batch (or of a model) in the chain breaks it, even signed by the same key', async () => {
    const pair = keyPair();
    const { versions, jwk } = await batchChain(2, pair);
    // Another batch's second version, its previous hash patched to follow: re-signed, since the key is the platform's.
    const other = await batchChain(1, pair, '00000000-0000-4000-8000-0000000000b2');
    const doc = { ...documentOfJws(other.versions[0].jws), seq: 2, previousSha256: versions[0].documentSha256 };
    const signed = await signVersion(doc, { thumbprint: 'kid', privateKey: pair.privateKey });
    const foreign = { seq: 2, documentSha256: signed.sha256, previousSha256: versions[0].documentSha256, jws: signed.jws };
    expect(await verifyPassportChain([versions[0], foreign], jwk)).toEqual({
      valid: false,
      index: 1,
      reason: 'a version of another model or batch',
    });
    // A model version after a batch version.
    const { versions: model } = await chain(2, pair);
    const modelDoc = { ...documentOfJws(model[1].jws), previousSha256: versions[0].documentSha256 };
    const m = await signVersion(modelDoc, { thumbprint: 'kid', privateKey: pair.privateKey });
    expect(
      await verifyPassportChain(
        [versions[0], { seq: 2, documentSha256: m.sha256, previousSha256: versions[0].documentSha256, jws: m.jws }],
        jwk,
      ),
    ).toEqual({ valid: false, index: 1, reason: `a ${PUBLICATION_TYPE} where the chain holds ${BATCH_PUBLICATION_TYPE}` });
  });
});
