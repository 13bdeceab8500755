import { batteryPassAttributes } from './battery-pass-attributes';
import { batchPublicationBlockers, passportVersionHeads, publicBatchAttributes } from './batch-passport-publication';
import { PASSPORT_ATTRIBUTE_BY_KEY } from './passport-attributes';

const M = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

/** A batch's derived attributes with a declared footprint, as PassportsService builds them. */
const derived = (withFootprint: boolean) =>
  batteryPassAttributes({
    batchId: B,
    batchNumber: 'B-7',
    manufacturer: { id: M, name: 'Maker', country: 'CN' },
    plant: { address: '1 Battery Road, Ningde', country: 'CN' },
    production: { start: '2026-03-01T00:00:00Z', end: '2026-03-15T00:00:00Z' },
    model: {
      category: 'EV',
      chemistry: 'LFP',
      massKg: 480,
      capacityAh: 200,
      usableEnergyKWh: 72,
      nominalVoltageV: 384,
      expectedCycleLife: 4000,
      warrantyYears: 8,
      warrantyKm: 160_000,
    },
    carbonFootprint: withFootprint
      ? {
          batteryCarbonFootprint: 0.15625,
          carbonFootprintPerLifecycleStage: [
            { lifecycleStage: 'RawMaterialExtraction', carbonFootprint: 0.1 },
            { lifecycleStage: 'MainProduction', carbonFootprint: 0.05 },
            { lifecycleStage: 'Distribution', carbonFootprint: 0.00625 },
            { lifecycleStage: 'Recycling', carbonFootprint: 0 },
          ],
          carbonFootprintPerformanceClass: null,
          carbonFootprintStudy: 'https://bt.example/footprints/f/study',
          absoluteCarbonFootprint: 4500,
        }
      : null,
  });

describe('publicBatchAttributes', () => {
  it('keeps what battrace holds per batch, written out: identifiers, place and date of manufacture, the carbon footprint', () => {
    const a = publicBatchAttributes(derived(true));
    expect(Object.keys(a)).toEqual([
      'batteryPassportIdentifier',
      'productIdentifier',
      'manufacturingPlace',
      'manufacturingDate',
      'batteryCarbonFootprint',
      'carbonFootprintRawMaterialExtraction',
      'carbonFootprintMainProduction',
      'carbonFootprintDistribution',
      'carbonFootprintRecycling',
      'carbonFootprintStudy',
      'absoluteCarbonFootprint',
    ]);
    expect(a.batteryPassportIdentifier).toBe(`urn:uuid:${B}`);
    expect(a.productIdentifier).toBe(`urn:battrace:batch:${M}:B-7`);
    expect(a.manufacturingPlace).toEqual({ streetAddress: '1 Battery Road, Ningde', addressCountry: 'CN' });
    expect(a.manufacturingDate).toBe('2026-03-15T00:00:00.000Z');
    expect(a.batteryCarbonFootprint).toBe(0.15625);
    for (const key of Object.keys(a)) expect([key, PASSPORT_ATTRIBUTE_BY_KEY.get(key)?.accessGroup]).toEqual([key, 'PUBLIC']);
  });

  it("leaves the model's attributes (its chain signs them) and non-public ones out", () => {
    const a = publicBatchAttributes({ ...derived(false), renewableContent: 30, expectedLifetime: 10, unknownKey: 1 } as never);
    for (const key of [
      'batteryMass',
      'manufacturerInformation',
      'batteryChemistry',
      'renewableContent',
      'expectedLifetime',
      'unknownKey',
    ]) {
      expect(key in a).toBe(false);
    }
    expect('batteryCarbonFootprint' in a).toBe(false);
  });
});

describe('batchPublicationBlockers', () => {
  const footprint = { footprintId: 'f', version: 1, inputsSha256: 'a'.repeat(64) };
  const head = { seq: 1, sha256: 'b'.repeat(64) };
  it('nothing blocks a batch with a declared footprint whose model has a published version', () => {
    expect(batchPublicationBlockers({ declaredFootprint: footprint, modelHead: head })).toEqual([]);
  });
  it('names the missing footprint first, then the unpublished model', () => {
    expect(batchPublicationBlockers({ declaredFootprint: null, modelHead: null }).map((b) => b.reason)).toEqual([
      'NO_DECLARED_FOOTPRINT',
      'MODEL_NOT_PUBLISHED',
    ]);
    expect(batchPublicationBlockers({ declaredFootprint: footprint, modelHead: null }).map((b) => b.reason)).toEqual([
      'MODEL_NOT_PUBLISHED',
    ]);
  });
});

describe('passportVersionHeads', () => {
  it('each head with the public route of its chain; null before the first version', () => {
    expect(
      passportVersionHeads('https://bt.example', { modelId: M, batchId: B }, { model: { seq: 2, sha256: 'c'.repeat(64) }, batch: null }),
    ).toEqual({
      model: { seq: 2, sha256: 'c'.repeat(64), url: `https://bt.example/passports/models/${M}/versions` },
      batch: null,
    });
    expect(
      passportVersionHeads('https://bt.example', { modelId: M, batchId: B }, { model: null, batch: { seq: 1, sha256: 'd'.repeat(64) } })
        .batch,
    ).toEqual({
      seq: 1,
      sha256: 'd'.repeat(64),
      url: `https://bt.example/passports/batches/${B}/versions`,
    });
  });
});
