import { BatchInputs } from './footprint-document';
import { CompletenessContext, missingInputs } from './missing-inputs';

const complete: BatchInputs = {
  outputEnergyKWh: null,
  materials: [
    {
      material: 'x',
      supplierName: null,
      supplierOrganizationId: null,
      originCountry: 'CN',
      massKg: 1,
      factorId: null,
      declaredKgCo2ePerKg: 1,
      evidence: 'e',
      recycledShare: 0,
    },
  ],
  electricity: { meteredKWh: 1, plantMeteredKWh: null, plantOutputEnergyKWh: null, meterIds: [] },
  processEnergy: [],
  endOfLife: { factorId: null, declaredKgCo2e: 0, evidence: 'e' },
  distributionEstimate: { kgCo2e: 1, basis: 'b' },
  declaredFullEquivalentCycles: null,
  dataQuality: null,
  offsets: null,
};
const base: CompletenessContext = {
  batchNumber: 'B-1',
  inputs: complete,
  declaredPackCount: 4,
  model: { name: 'M', vehicleCategory: 'M1' },
  transportRowCount: 0,
  parkCode: 'P',
  parkEnergyGaps: [],
  missingFactors: [],
};

describe('missing footprint inputs', () => {
  it('nothing is missing from a complete context', () => {
    expect(missingInputs(base)).toEqual([]);
  });

  it('lists every missing part when no inputs are recorded', () => {
    expect(missingInputs({ ...base, inputs: null }).map((m) => m.item)).toEqual([
      'inputs',
      'inputs.materials',
      'inputs.electricity',
      'inputs.endOfLife',
      'inputs.distributionEstimate',
    ]);
  });

  it('needs no distribution estimate once every pack has shipped with recorded transport', () => {
    const ctx = { ...base, inputs: { ...complete, distributionEstimate: null } };
    expect(missingInputs(ctx).map((m) => m.item)).toEqual(['inputs.distributionEstimate']);
    expect(missingInputs({ ...ctx, transportRowCount: 2, unshippedPacks: 0 })).toEqual([]);
    // Packs still to ship: their share of DISTRIBUTION is the estimate, so it is needed.
    const partly = missingInputs({ ...ctx, transportRowCount: 1, unshippedPacks: 3 });
    expect(partly.map((m) => m.item)).toEqual(['inputs.distributionEstimate']);
    expect(partly[0].reason).toContain('3 of 4 packs have not shipped');
  });

  it('names park energy gaps, output energy, declared cycles and factor rows', () => {
    const items = missingInputs({
      ...base,
      declaredPackCount: 0,
      model: { name: 'Storage rack', vehicleCategory: null },
      parkEnergyGaps: [{ from: '2026-03-01', to: '2026-03-15' }],
      missingFactors: [{ role: 'RESIDUAL_MIX', code: 'CN-X', country: 'CN', rulesetId: 'ISO14067_MARKET_BASED' }],
    });
    expect(items.map((m) => m.item)).toEqual([
      'inputs.outputEnergyKWh',
      'inputs.declaredFullEquivalentCycles',
      'parkEnergy',
      'emissionFactor',
    ]);
    expect(items[2].reason).toContain('2026-03-01 .. 2026-03-15');
  });
});
