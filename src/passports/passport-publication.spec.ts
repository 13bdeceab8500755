import { CompactSign, exportJWK } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import {
  documentBytes,
  PUBLICATION_TYPE,
  PublicationDocument,
  publicationGate,
  publicModelAttributes,
  PublishedVersion,
  sha256Hex,
  signPublication,
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
