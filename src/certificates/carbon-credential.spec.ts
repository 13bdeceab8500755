import { buildCarbonCredential, CertifiedFacts, CredentialOptions, DEFAULT_SYSTEM_BOUNDARY } from './carbon-credential';
import { credentialShapeProblem } from './credential-shape';

/**
 * A worked example, written by hand from the W3C VC 2.0 data model and the Bitstring Status
 * List entry format: one LFP pack batch, 60 kWh packs, stages 4200.5 + 1800 + 120.25 − 60.75 =
 * 6060 kg CO2e per pack, i.e. 101 kg CO2e/kWh of capacity and 6060 / 150000 kWh = 0.0404 kg
 * CO2e/kWh over its lifetime. The footprint hash is SHA-256 of the canonical JSON (RFC 8785
 * style, keys sorted) of the certified figures, computed outside this code:
 *   printf '%s' '{"batchId":"b0…02","id":"f0…01",…,"version":2}' | sha256sum
 */
const FOOTPRINT = 'f0000000-0000-4000-8000-000000000001';
const BATCH = 'b0000000-0000-4000-8000-000000000002';
const CERTIFICATE = 'c0000000-0000-4000-8000-000000000003';
const CERTIFIER = 'd0000000-0000-4000-8000-000000000004';
const MAKER = 'e0000000-0000-4000-8000-000000000005';
const DID = `did:web:battrace.example:certifiers:${CERTIFIER}`;
const REVOCATION_LIST = 'https://battrace.example/status-lists/11111111-1111-4111-8111-111111111111';
const SUSPENSION_LIST = 'https://battrace.example/status-lists/22222222-2222-4222-8222-222222222222';
const FOOTPRINT_SHA256 = '3a39bfa07ce373a0c0451918f99f8b1ebc0fc18809a8132f01db83eaa759d7c4';

const facts: CertifiedFacts = {
  footprintId: FOOTPRINT,
  batchId: BATCH,
  version: 2,
  rulesetId: 'eu-2023-1542-annex-ii-v1',
  rawMaterialKgCo2e: 4200.5,
  mainProductionKgCo2e: 1800,
  distributionKgCo2e: 120.25,
  endOfLifeKgCo2e: -60.75,
  kgCo2eAbsolute: 6060,
  kgCo2ePerKWhCapacity: 101,
  kgCo2ePerKWhLifetime: 0.0404,
  lifetimeEnergyKWh: 150000,
  inputsSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
  batchNumber: 'LFP-2026-03-A',
  productionStart: new Date('2026-03-01T00:00:00Z'),
  productionEnd: new Date('2026-03-31T23:59:59.500Z'),
  registeredPackCount: 3,
  functionalUnit: { unit: 'kWh', basis: 'LIFETIME_ENERGY' },
  electricityBasis: 'MARKET_BASED',
  modelId: 'model-1',
  modelName: 'Pack 60',
  chemistry: 'LFP',
  nominalEnergyKWh: 60,
  plantId: 'plant-1',
  plantName: 'Cell plant 1',
  plantAddress: null,
  parkCode: 'PK-01',
  parkName: 'Green park',
  manufacturerId: MAKER,
  manufacturerName: 'Maker "One"',
  certifierName: 'Verifier GmbH',
};

const options: CredentialOptions = {
  id: CERTIFICATE,
  number: 'BTC-2026-000042',
  url: `https://battrace.example/verify/${CERTIFICATE}`,
  issuedAt: new Date('2026-04-02T10:15:30.123Z'),
  validFrom: new Date('2026-04-02T10:15:30.123Z'),
  validUntil: new Date('2027-04-02T10:15:30.123Z'),
  issuer: { did: DID, certifierId: CERTIFIER },
  terms: {
    assurance: 'LIMITED',
    materialityPercent: 5,
    opinionType: 'UNMODIFIED',
    opinion: 'Nothing has come to our attention.',
    leadVerifier: 'A. Lead',
    reviewer: 'B. Review',
    systemBoundary: null,
    accreditation: 'DAkkS D-VS-00000',
    notifiedBodyNumber: null,
  },
  status: { index: 7, revocationListUrl: REVOCATION_LIST, suspensionListUrl: SUSPENSION_LIST },
};

/** The expected credential, member for member in the order it is signed. */
const expected = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: `urn:uuid:${CERTIFICATE}`,
  type: ['VerifiableCredential', 'CarbonFootprintCertificate'],
  issuer: { id: DID, name: 'Verifier GmbH' },
  validFrom: '2026-04-02T10:15:30.123Z',
  validUntil: '2027-04-02T10:15:30.123Z',
  credentialSubject: {
    id: `urn:uuid:${BATCH}`,
    type: 'BatteryBatch',
    certificate: {
      id: CERTIFICATE,
      number: 'BTC-2026-000042',
      url: `https://battrace.example/verify/${CERTIFICATE}`,
      issuedAt: '2026-04-02T10:15:30.123Z',
      issuingBody: { id: CERTIFIER, name: 'Verifier GmbH', accreditation: 'DAkkS D-VS-00000', notifiedBodyNumber: null },
      verificationStandard: 'ISO 14064-3:2019',
      criteria: ['ISO 14067:2018', 'EU 2023/1542 Annex II', 'battrace ruleset eu-2023-1542-annex-ii-v1'],
      assurance: 'LIMITED',
      materialityPercent: 5,
      opinionType: 'UNMODIFIED',
      opinion: 'Nothing has come to our attention.',
      leadVerifier: 'A. Lead',
      reviewer: 'B. Review',
      systemBoundary:
        'cradle to grave excluding the use phase: raw material acquisition, main production, distribution, end of life (EU 2023/1542 Annex II)',
      dataPeriod: { from: '2026-03-01T00:00:00.000Z', to: '2026-03-31T23:59:59.500Z' },
      electricityApproach: { rulesetId: 'eu-2023-1542-annex-ii-v1', basis: 'MARKET_BASED' },
    },
    responsibleParty: {
      id: MAKER,
      name: 'Maker "One"',
      plant: { id: 'plant-1', name: 'Cell plant 1', address: null },
      park: { code: 'PK-01', name: 'Green park' },
    },
    product: {
      batchId: BATCH,
      batchNumber: 'LFP-2026-03-A',
      packCount: 3,
      model: { id: 'model-1', name: 'Pack 60', chemistry: 'LFP', nominalEnergyKWh: 60 },
    },
    footprint: {
      id: FOOTPRINT,
      batchId: BATCH,
      version: 2,
      rulesetId: 'eu-2023-1542-annex-ii-v1',
      stagesKgCo2e: {
        RAW_MATERIAL_ACQUISITION: 4200.5,
        MAIN_PRODUCTION: 1800,
        DISTRIBUTION: 120.25,
        END_OF_LIFE_RECYCLING: -60.75,
      },
      kgCo2eAbsolute: 6060,
      kgCo2ePerKWhCapacity: 101,
      kgCo2ePerKWhLifetime: 0.0404,
      lifetimeEnergyKWh: 150000,
      inputsSha256: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
      sha256: FOOTPRINT_SHA256,
      functionalUnit: { unit: 'kWh', basis: 'LIFETIME_ENERGY' },
    },
  },
  credentialStatus: [
    {
      id: `${REVOCATION_LIST}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '7',
      statusListCredential: REVOCATION_LIST,
    },
    {
      id: `${SUSPENSION_LIST}#7`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'suspension',
      statusListIndex: '7',
      statusListCredential: SUSPENSION_LIST,
    },
  ],
};

describe('buildCarbonCredential', () => {
  it('builds the worked example: every member, and the same JSON bytes (the JWS payload) in the same order', () => {
    const vc = buildCarbonCredential(facts, options);
    expect(vc).toEqual(expected);
    expect(JSON.stringify(vc)).toBe(JSON.stringify(expected));
  });

  it('has the shape a verifier accepts (credential-shape.ts), with or without the optional members', () => {
    expect(credentialShapeProblem(buildCarbonCredential(facts, options))).toBeNull();
    const bare = { ...options, terms: { ...options.terms, accreditation: null, systemBoundary: 'cradle to gate' } };
    expect(credentialShapeProblem(buildCarbonCredential({ ...facts, functionalUnit: null, electricityBasis: null }, bare))).toBeNull();
  });

  it('states the certifier’s own system boundary when it gives one, the Annex II boundary otherwise', () => {
    expect(buildCarbonCredential(facts, options).credentialSubject.certificate.systemBoundary).toBe(DEFAULT_SYSTEM_BOUNDARY);
    const own = buildCarbonCredential(facts, { ...options, terms: { ...options.terms, systemBoundary: 'cradle to gate' } });
    expect(own.credentialSubject.certificate.systemBoundary).toBe('cradle to gate');
  });

  it('is pure: the same facts and options give the same bytes, and the inputs are left as they were', () => {
    const before = JSON.stringify([facts, options]);
    expect(JSON.stringify(buildCarbonCredential(facts, options))).toBe(JSON.stringify(buildCarbonCredential(facts, options)));
    expect(JSON.stringify([facts, options])).toBe(before);
  });

  it('hashes the certified figures: one changed figure changes the footprint hash', () => {
    const changed = buildCarbonCredential({ ...facts, distributionKgCo2e: 120.26 }, options);
    expect(changed.credentialSubject.footprint.sha256).not.toBe(FOOTPRINT_SHA256);
  });
});
