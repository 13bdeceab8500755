import { FOOTPRINT_ROW_COLUMNS } from './footprint.entity';

describe('FOOTPRINT_ROW_COLUMNS', () => {
  it('selects every footprint column but the inputs document, each under its property name', () => {
    const expected =
      'id, batch_id AS "batchId", manufacturer_id AS "manufacturerId", model_id AS "modelId", plant_id AS "plantId", version, ' +
      'ruleset_id AS "rulesetId", status, raw_material_kg_co2e AS "rawMaterialKgCo2e", main_production_kg_co2e AS "mainProductionKgCo2e", ' +
      'distribution_kg_co2e AS "distributionKgCo2e", end_of_life_kg_co2e AS "endOfLifeKgCo2e", kg_co2e_absolute AS "kgCo2eAbsolute", ' +
      'kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity", kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", ' +
      'output_energy_kwh AS "outputEnergyKWh", lifetime_energy_kwh AS "lifetimeEnergyKWh", distribution_is_estimate AS "distributionIsEstimate", ' +
      'inputs_id AS "inputsId", result, inputs_sha256 AS "inputsSha256", created_by AS "createdBy", created_at AS "createdAt", ' +
      'declared_at AS "declaredAt", declared_by AS "declaredBy", superseded_at AS "supersededAt", superseded_by AS "supersededBy"';
    expect(FOOTPRINT_ROW_COLUMNS).toBe(expected);
  });
});
