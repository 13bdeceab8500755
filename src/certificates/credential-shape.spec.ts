import { credentialShapeProblem } from './credential-shape';
import { CREDENTIAL_TYPE, VC_CONTEXT } from './credential';

/** A credential shaped as carbon-credential.ts builds it. */
const valid = () => ({
  '@context': [VC_CONTEXT],
  id: 'urn:uuid:6f1c2b7e-3f43-4a4e-9a55-1f0a3f7b9a10',
  type: ['VerifiableCredential', CREDENTIAL_TYPE],
  issuer: { id: 'did:web:battrace.example:certifiers:0b0e5c1e-2f3a-4b5c-8d9e-0123456789ab', name: 'Spec Certifier' },
  validFrom: '2026-02-01T00:00:00.000Z',
  validUntil: '2027-02-01T00:00:00.000Z',
  credentialSubject: {
    id: 'urn:uuid:batch',
    type: 'BatteryBatch',
    certificate: {
      id: '6f1c2b7e-3f43-4a4e-9a55-1f0a3f7b9a10',
      number: 'BTC-2026-000001',
      issuedAt: '2026-02-01T00:00:00.000Z',
      criteria: ['ISO 14067:2018'],
      assurance: 'LIMITED',
      materialityPercent: 5,
    },
    responsibleParty: { id: 'm', name: 'Maker', plant: { id: 'p', name: 'Plant', address: 'Ordos' }, park: { code: 'CN-1', name: 'Park' } },
    product: { batchId: 'b', batchNumber: 'B-1', packCount: 10, model: { id: 'x', name: 'Pack', chemistry: 'LFP', nominalEnergyKWh: 60 } },
    footprint: {
      id: 'f',
      batchId: 'b',
      version: 1,
      rulesetId: 'EU-2023-1542-v1',
      stagesKgCo2e: { MAIN_PRODUCTION: 100 },
      kgCo2eAbsolute: 100,
      kgCo2ePerKWhCapacity: 1,
      kgCo2ePerKWhLifetime: 0.1,
      lifetimeEnergyKWh: 1000,
      inputsSha256: 'a'.repeat(64),
      sha256: 'b'.repeat(64),
      functionalUnit: '1 kWh',
    },
  },
  credentialStatus: [
    {
      id: 'https://x/status-lists/1#0',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '0',
      statusListCredential: 'https://x/status-lists/1',
    },
  ],
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('credentialShapeProblem', () => {
  it('accepts a credential as battrace issues it, and one with fields it does not know', () => {
    expect(credentialShapeProblem(valid())).toBeNull();
    const extra: Json = valid();
    extra.credentialSubject.certificate.extension = { anything: [1, 2] };
    extra.evidence = [{ id: 'x' }];
    expect(credentialShapeProblem(extra)).toBeNull();
  });

  const cases: [string, (c: Json) => void, RegExp][] = [
    ['issuer null', (c) => (c.issuer = null), /^issuer must be an object/],
    ['issuer a string', (c) => (c.issuer = 'did:web:x'), /^issuer must be an object/],
    ['certificate id not a UUID', (c) => (c.credentialSubject.certificate.id = 'cert-1'), /certificate\.id must be a UUID/],
    ['certificate id a number', (c) => (c.credentialSubject.certificate.id = 7), /certificate\.id must be a UUID/],
    ['criteria a number', (c) => (c.credentialSubject.certificate.criteria = 5), /criteria must be a list of strings/],
    ['criteria a list of objects', (c) => (c.credentialSubject.certificate.criteria = [{}]), /criteria must be a list of strings/],
    ['materiality a string', (c) => (c.credentialSubject.certificate.materialityPercent = '5'), /materialityPercent must be a number/],
    ['issuedAt not a date', (c) => (c.credentialSubject.certificate.issuedAt = '2026-13-45'), /issuedAt must be a date/],
    ['validUntil a number', (c) => (c.validUntil = 1), /^validUntil must be a date/],
    ['footprint version a string', (c) => (c.credentialSubject.footprint.version = '1'), /footprint\.version must be a whole number/],
    ['footprint total a string', (c) => (c.credentialSubject.footprint.kgCo2eAbsolute = '100'), /kgCo2eAbsolute must be a number/],
    ['stages a list', (c) => (c.credentialSubject.footprint.stagesKgCo2e = [1]), /stagesKgCo2e must be an object of numbers/],
    ['stage value a string', (c) => (c.credentialSubject.footprint.stagesKgCo2e = { X: '1' }), /stagesKgCo2e/],
    ['product a string', (c) => (c.credentialSubject.product = 'pack'), /product must be an object/],
    ['plant name a number', (c) => (c.credentialSubject.responsibleParty.plant.name = 3), /plant\.name must be a string/],
    ['credentialStatus an object', (c) => (c.credentialStatus = {}), /^credentialStatus must be a list/],
    ['status entry without its list', (c) => delete c.credentialStatus[0].statusListCredential, /statusListCredential must be a string/],
    ['@context not first', (c) => (c['@context'] = ['https://example.org', VC_CONTEXT]), /^@context/],
    ['type without the certificate type', (c) => (c.type = ['VerifiableCredential']), /^type must/],
    ['credentialSubject null', (c) => (c.credentialSubject = null), /^credentialSubject must be an object/],
  ];
  it.each(cases)('%s is malformed, naming the field', (_name, edit, problem) => {
    const c: Json = valid();
    edit(c);
    expect(credentialShapeProblem(c)).toMatch(problem);
  });

  it('a payload that is not an object is malformed', () => {
    for (const p of [null, 1, 'x', [valid()]]) expect(credentialShapeProblem(p)).toBe('the payload is not a JSON object');
  });
});
