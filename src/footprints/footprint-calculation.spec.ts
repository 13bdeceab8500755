import fc from 'fast-check';
import { digestOf } from '../common/canonical-json';
import { ELECTRICITY_SOURCES } from '../energy/electricity-source';
import { computeFootprint } from './footprint-calculation';
import { BatchInputs, FactorRow, FOOTPRINT_DOCUMENT_FORMAT, FootprintDocument } from './footprint-document';
import { RULESETS, RulesetId } from './rulesets';

// Factor rows as seeded from docs/methods/electricity.md (values) with made-up ids; MAT/EOL rows are test fixtures.
const GREEN: FactorRow = {
  id: 'f-green',
  code: 'ELEC-WIND-SOLAR-DIRECT',
  version: 1,
  kind: 'ELECTRICITY',
  name: 'green',
  unit: 'kgCO2e/kWh',
  value: 0,
  source: 'docs/methods/electricity.md, docs/methods/displacement.md',
};
const NATIONAL: FactorRow = {
  id: 'f-nat',
  code: 'CN-GRID-2022-AVERAGE',
  version: 1,
  kind: 'ELECTRICITY',
  name: 'CN 2022',
  unit: 'kgCO2e/kWh',
  value: 0.5366,
  source: 'docs/methods/electricity.md',
};
const RESIDUAL: FactorRow = {
  id: 'f-res',
  code: 'CN-GRID-2022-EXCL-MARKET-NONFOSSIL',
  version: 1,
  kind: 'ELECTRICITY',
  name: 'CN 2022 residual',
  unit: 'kgCO2e/kWh',
  value: 0.5856,
  source: 'docs/methods/electricity.md',
};
const GRAPHITE: FactorRow = {
  id: 'f-graphite',
  code: 'TEST-GRAPHITE',
  version: 1,
  kind: 'MATERIAL',
  name: 'graphite (test)',
  unit: 'kgCO2e/kg',
  value: 5,
  source: 'test fixture',
};
const EOL: FactorRow = {
  id: 'f-eol',
  code: 'TEST-EOL-LFP',
  version: 1,
  kind: 'END_OF_LIFE',
  name: 'LFP EoL (test)',
  unit: 'kgCO2e/kg',
  value: 0.4,
  source: 'test fixture',
};

function documentFor(
  rulesetId: RulesetId,
  data: BatchInputs,
  supplies: { source: (typeof ELECTRICITY_SOURCES)[number]; kWh: number }[],
  transport: number[] | { kg: number; packs: number }[] = [],
): FootprintDocument {
  const r = RULESETS[rulesetId];
  const roleRows = { GREEN, NATIONAL_AVERAGE: NATIONAL, RESIDUAL_MIX: RESIDUAL };
  const electricityFactorIds = Object.fromEntries(
    (['GREEN', 'NATIONAL_AVERAGE', 'RESIDUAL_MIX'] as const)
      .filter((role) => Object.values(r.electricity).includes(role))
      .map((role) => [role, roleRows[role].id]),
  );
  const used = new Set<string>(Object.values(electricityFactorIds));
  for (const m of data.materials) if (m.factorId) used.add(m.factorId);
  if (data.endOfLife?.factorId) used.add(data.endOfLife.factorId);
  return {
    format: FOOTPRINT_DOCUMENT_FORMAT,
    rulesetId,
    ruleset: {
      electricity: r.electricity,
      electricityFactorIds,
      fullEquivalentCyclesPerYear: r.fullEquivalentCyclesPerYear,
      evConsumptionKWhPer100Km: r.evConsumptionKWhPer100Km,
      performanceClasses: r.performanceClasses,
    },
    batch: {
      id: 'b1',
      batchNumber: 'B-1',
      manufacturerId: 'm1',
      plantId: 'p1',
      parkId: 'k1',
      parkCode: 'CN-NM-TEST',
      country: 'CN',
      productionStart: '2026-03-01T00:00:00.000Z',
      productionEnd: '2026-03-15T00:00:00.000Z',
      declaredPackCount: 10,
    },
    model: {
      id: 'mod1',
      name: 'LFP 62',
      chemistry: 'LFP',
      vehicleCategory: 'M1',
      nominalEnergyKWh: 62,
      usableEnergyKWh: 60,
      massKg: 395,
      warrantyYears: 8,
      warrantyKm: 200_000,
    },
    inputs: { id: 'in1', version: 1, data },
    parkEnergy: [
      {
        id: 'pe1',
        periodStart: '2026-03-01',
        periodEnd: '2026-03-31',
        totalKWh: supplies.reduce((a, s) => a + s.kWh, 0),
        supplies: supplies.map((s) => ({ ...s, meterIds: [], gecSerials: [] })),
      },
    ],
    transport: transport.map((t, i) =>
      typeof t === 'number'
        ? { id: `t${i}`, shipmentId: null, source: 'test', co2eKg: t, packCount: 0 }
        : { id: `t${i}`, shipmentId: `s${i}`, source: 'test', co2eKg: t.kg, packCount: t.packs },
    ),
    factors: [GREEN, NATIONAL, RESIDUAL, GRAPHITE, EOL].filter((f) => used.has(f.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}

const HAND_INPUTS: BatchInputs = {
  outputEnergyKWh: null,
  materials: [
    {
      material: 'LFP cathode active material',
      supplierName: 'S1',
      supplierOrganizationId: null,
      originCountry: 'CN',
      massKg: 600,
      factorId: null,
      declaredKgCo2ePerKg: 12.5,
      evidence: 'EPD 1',
      recycledShare: 0,
    },
    {
      material: 'graphite',
      supplierName: 'S2',
      supplierOrganizationId: null,
      originCountry: 'CN',
      massKg: 300,
      factorId: 'f-graphite',
      declaredKgCo2ePerKg: null,
      evidence: null,
      recycledShare: 0,
    },
    {
      material: 'aluminium',
      supplierName: 'S3',
      supplierOrganizationId: null,
      originCountry: 'CN',
      massKg: 400,
      factorId: null,
      declaredKgCo2ePerKg: 8,
      evidence: 'EPD 3',
      recycledShare: 0.3,
    },
  ],
  electricity: { meteredKWh: 18_600, plantMeteredKWh: null, plantOutputEnergyKWh: null, meterIds: ['MTR-1'] },
  processEnergy: [{ name: 'process heat', energyKWh: 2000, factorId: null, declaredKgCo2ePerKWh: 0.2, evidence: 'gas bill' }],
  endOfLife: { factorId: 'f-eol', declaredKgCo2e: null, evidence: null },
  distributionEstimate: { kgCo2e: 150, basis: 'estimate' },
  declaredFullEquivalentCycles: null,
  dataQuality: { teR: 2, geR: 1, tiR: 2, p: 3 },
  offsets: null,
};
const MIX = [
  { source: 'DIRECT_LINE' as const, kWh: 80_000 },
  { source: 'GREEN_TRADE' as const, kWh: 20_000 },
];

describe('footprint calculation (docs/methods/electricity.md, docs/methods/footprint.md)', () => {
  it('matches a hand computation under EU_CFB_DRAFT_2024', () => {
    const r = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX));
    // raw materials: 600 × 12.5 + 300 × 5 + 400 × 8 = 7,500 + 1,500 + 3,200 = 12,200
    expect(r.stages.RAW_MATERIAL_ACQUISITION).toBeCloseTo(12_200, 9);
    // electricity 18,600 kWh: 80% direct line at 0 + 20% (3,720 kWh) green trade at the national mix 0.5366 = 1,996.152;
    // process heat 2,000 × 0.2 = 400; main production 2,396.152
    expect(r.electricity.lines.map((l) => [l.source, l.kWh, l.kgCo2ePerKWh])).toEqual([
      ['DIRECT_LINE', 14_880, 0],
      ['GREEN_TRADE', 3_720, 0.5366],
    ]);
    expect(r.stages.MAIN_PRODUCTION).toBeCloseTo(2_396.152, 9);
    expect(r.stages.DISTRIBUTION).toBe(150);
    expect(r.distribution.isEstimate).toBe(true);
    // end of life: 0.4 kg/kg × 395 kg × 10 packs = 1,580
    expect(r.stages.END_OF_LIFE_RECYCLING).toBeCloseTo(1_580, 9);
    expect(r.kgCo2eAbsolute).toBeCloseTo(16_326.152, 9);
    // output 10 × 62 = 620 kWh; lifetime 10 × 60 × 60 × 8 = 288,000 kWh
    expect(r.outputEnergyKWh).toBe(620);
    expect(r.lifetimeEnergyKWh).toBe(288_000);
    expect(r.kgCo2ePerKWhCapacity).toBeCloseTo(16_326.152 / 620, 12);
    expect(r.kgCo2ePerKWhLifetime).toBeCloseTo(16_326.152 / 288_000, 12);
    expect(r.kgCo2ePerBattery).toBeCloseTo(1_632.6152, 9);
    expect(r.materials.recycledMassKg).toBeCloseTo(120, 9);
    expect(r.dataQualityRating).toBe(2);
    expect(r.performanceClass).toBeNull();
  });

  it('ISO14067_MARKET_BASED is lower by exactly the green-trade kWh × (national mix − green factor)', () => {
    const eu = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX));
    const iso = computeFootprint(documentFor('ISO14067_MARKET_BASED', HAND_INPUTS, MIX));
    expect(iso.stages.MAIN_PRODUCTION).toBeCloseTo(400, 9);
    expect(eu.stages.MAIN_PRODUCTION - iso.stages.MAIN_PRODUCTION).toBeCloseTo(3_720 * (0.5366 - 0), 9);
  });

  it('counts grid power at the residual mix under ISO and at the national mix under EU', () => {
    const mix = [
      { source: 'DIRECT_LINE' as const, kWh: 50 },
      { source: 'GRID' as const, kWh: 50 },
    ];
    const eu = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, mix));
    const iso = computeFootprint(documentFor('ISO14067_MARKET_BASED', HAND_INPUTS, mix));
    expect(eu.electricity.kgCo2e).toBeCloseTo(9_300 * 0.5366, 9);
    expect(iso.electricity.kgCo2e).toBeCloseTo(9_300 * 0.5856, 9);
  });

  it('allocates plant electricity by the batch share of output energy', () => {
    const data = { ...HAND_INPUTS, electricity: { meteredKWh: null, plantMeteredKWh: 100_000, plantOutputEnergyKWh: 6_200, meterIds: [] } };
    const r = computeFootprint(documentFor('EU_CFB_DRAFT_2024', data, MIX));
    // 620 / 6,200 = 10% of 100,000 kWh
    expect(r.electricity.allocationShare).toBeCloseTo(0.1, 12);
    expect(r.electricity.batchKWh).toBeCloseTo(10_000, 9);
    expect(r.electricity.basis).toBe('ALLOCATED');
  });

  it('uses recorded transport emissions alone once every pack has shipped', () => {
    const r = computeFootprint(
      documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX, [
        { kg: 300.5, packs: 6 },
        { kg: 99.5, packs: 4 },
      ]),
    );
    expect(r.stages.DISTRIBUTION).toBe(400);
    expect(r.distribution).toMatchObject({ isEstimate: false, transportRowIds: ['t0', 't1'], packsShipped: 10, packsTotal: 10 });
    expect(r.distribution.parts!.map((p) => [p.part, p.kgCo2e, p.packs])).toEqual([['RECORDED_TRANSPORT', 400, 10]]);
  });

  it('adds the estimate pro rata for the packs not yet shipped (hand-computed)', () => {
    // 10 packs, declared estimate 150 kg for the batch; one shipment of 4 packs recorded 99.5 kg.
    // DISTRIBUTION = 99.5 + 150 × 6 / 10 = 99.5 + 90 = 189.5 kg
    const r = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX, [{ kg: 99.5, packs: 4 }]));
    expect(r.stages.DISTRIBUTION).toBeCloseTo(189.5, 12);
    expect(r.distribution).toMatchObject({ isEstimate: true, packsShipped: 4, packsTotal: 10 });
    expect(r.distribution.parts!.map((p) => [p.part, p.kgCo2e, p.packs])).toEqual([
      ['RECORDED_TRANSPORT', 99.5, 4],
      ['ESTIMATE_UNSHIPPED', 90, 6],
    ]);
    // Loose cells or modules shipped (0 packs) leave the whole estimate: 300.5 + 150.
    const loose = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX, [300.5]));
    expect(loose.stages.DISTRIBUTION).toBeCloseTo(450.5, 12);
  });

  it('counts the registered packs, else the declared count, for output energy and per battery', () => {
    const declared = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX));
    expect(declared.packCount).toEqual({ count: 10, basis: 'DECLARED' });
    const doc = documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX);
    doc.batch.registeredPackCount = 8;
    const r = computeFootprint(doc);
    expect(r.packCount).toEqual({ count: 8, basis: 'REGISTERED' });
    // 8 × 62 kWh = 496 kWh; per battery = absolute / 8 packs.
    expect(r.outputEnergyKWh).toBe(496);
    expect(r.kgCo2ePerBattery).toBeCloseTo(r.kgCo2eAbsolute / 8, 9);
  });

  it('computes a stored @1 document exactly as before (transport replaces the estimate, declared packs)', () => {
    const doc = documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX, [300.5, 99.5]);
    const legacy = JSON.parse(JSON.stringify({ ...doc, format: 'battrace/footprint-inputs@1' })) as FootprintDocument;
    for (const t of legacy.transport) delete t.packCount;
    const r = computeFootprint(legacy);
    expect(r.stages.DISTRIBUTION).toBe(400);
    expect(r.distribution).toEqual({
      kgCo2e: 400,
      isEstimate: false,
      basis: 'transport emissions recorded for the batch (2 row(s), GLEC / ISO 14083)',
      transportRowIds: ['t0', 't1'],
    });
    expect(r.packCount).toBeUndefined();
    expect(r.outputEnergyKWh).toBe(620);
  });

  it('never deducts offsets', () => {
    const without = computeFootprint(documentFor('EU_CFB_DRAFT_2024', HAND_INPUTS, MIX));
    const withOffsets = computeFootprint(
      documentFor('EU_CFB_DRAFT_2024', { ...HAND_INPUTS, offsets: { kgCo2e: 10_000, scheme: 'VCS' } }, MIX),
    );
    expect(withOffsets.kgCo2eAbsolute).toBe(without.kgCo2eAbsolute);
    expect(withOffsets.offsets).toEqual({ kgCo2e: 10_000, scheme: 'VCS', deducted: false });
  });

  it('uses a declared cycle rate for a model without a vehicle category', () => {
    const doc = documentFor(
      'EU_CFB_DRAFT_2024',
      { ...HAND_INPUTS, declaredFullEquivalentCycles: { cyclesPerYear: 300, justification: 'grid storage duty' } },
      MIX,
    );
    doc.model = { ...doc.model, vehicleCategory: null, warrantyKm: null };
    const r = computeFootprint(doc);
    expect(r.functionalUnit.fullEquivalentCyclesSource).toBe('DECLARED');
    expect(r.lifetimeEnergyKWh).toBe(10 * 60 * 300 * 8);
  });
});

describe('recomputing a stored footprint (property)', () => {
  const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true, noDefaultInfinity: true });
  const share = fc.double({ min: 0, max: 1, noNaN: true });
  const material = fc.record({
    massKg: positive,
    useFactor: fc.boolean(),
    declared: fc.double({ min: 0, max: 100, noNaN: true }),
    recycledShare: share,
  });
  const inputsArb = fc.record({
    materials: fc.array(material, { minLength: 1, maxLength: 12 }),
    metered: fc.option(positive, { nil: null }),
    plantMetered: positive,
    plantOutputFactor: fc.double({ min: 1, max: 50, noNaN: true }),
    process: fc.array(fc.record({ energyKWh: positive, perKWh: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 3 }),
    eolFactor: fc.boolean(),
    eolDeclared: fc.double({ min: 0, max: 1e4, noNaN: true }),
    estimate: fc.double({ min: 0, max: 1e4, noNaN: true }),
    transport: fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { maxLength: 4 }),
    supplies: fc.tuple(fc.nat(1e6), fc.nat(1e6), fc.nat(1e6), fc.nat(1e6)).filter((t) => t.some((x) => x > 0)),
    packs: fc.integer({ min: 1, max: 100_000 }),
    rulesetId: fc.constantFrom<RulesetId>('EU_CFB_DRAFT_2024', 'ISO14067_MARKET_BASED', 'JRC_CFB_EV_2023'),
  });

  it('gives the same numbers and the same hash from the document after a JSON round trip (as stored in jsonb)', () => {
    fc.assert(
      fc.property(inputsArb, (x) => {
        const output = x.packs * 62;
        const data: BatchInputs = {
          ...HAND_INPUTS,
          materials: x.materials.map((m, i) => ({
            material: `m${i}`,
            supplierName: null,
            supplierOrganizationId: null,
            originCountry: 'CN',
            massKg: m.massKg,
            factorId: m.useFactor ? 'f-graphite' : null,
            declaredKgCo2ePerKg: m.useFactor ? null : m.declared,
            evidence: m.useFactor ? null : 'EPD',
            recycledShare: m.recycledShare,
          })),
          electricity:
            x.metered !== null
              ? { meteredKWh: x.metered, plantMeteredKWh: null, plantOutputEnergyKWh: null, meterIds: [] }
              : { meteredKWh: null, plantMeteredKWh: x.plantMetered, plantOutputEnergyKWh: output * x.plantOutputFactor, meterIds: [] },
          processEnergy: x.process.map((p, i) => ({
            name: `p${i}`,
            energyKWh: p.energyKWh,
            factorId: null,
            declaredKgCo2ePerKWh: p.perKWh,
            evidence: 'x',
          })),
          endOfLife: x.eolFactor
            ? { factorId: 'f-eol', declaredKgCo2e: null, evidence: null }
            : { factorId: null, declaredKgCo2e: x.eolDeclared, evidence: 'e' },
          distributionEstimate: { kgCo2e: x.estimate, basis: 'estimate' },
        };
        const supplies = ELECTRICITY_SOURCES.map((source, i) => ({ source, kWh: x.supplies[i] })).filter((s) => s.kWh > 0);
        const doc = documentFor(x.rulesetId, data, supplies, x.transport);
        doc.batch.declaredPackCount = x.packs;
        const first = computeFootprint(doc);
        const stored = JSON.parse(JSON.stringify(doc)) as FootprintDocument;
        const again = computeFootprint(stored);
        expect(again).toEqual(first);
        expect(digestOf(stored)).toBe(digestOf(doc));
        // The stages add up to the absolute value, and the three units stay consistent.
        const sum = Object.values(first.stages).reduce((a, b) => a + b, 0);
        expect(first.kgCo2eAbsolute).toBeCloseTo(sum, 6);
        expect(first.kgCo2ePerKWhCapacity * first.outputEnergyKWh).toBeCloseTo(first.kgCo2eAbsolute, 3);
      }),
      { numRuns: 200 },
    );
  });
});
