"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createFootprintLoaders = createFootprintLoaders;
const dataloader_1 = __importDefault(require("dataloader"));
/** Per-request loaders of the footprints feature: one query for any number of batches. */
function createFootprintLoaders(db) {
    return {
        declaredByBatch: new dataloader_1.default(async (batchIds) => {
            const rows = await db.query(`SELECT DISTINCT ON (batch_id) id, batch_id AS "batchId", manufacturer_id AS "manufacturerId", model_id AS "modelId",
                plant_id AS "plantId", version, ruleset_id AS "rulesetId", status, raw_material_kg_co2e AS "rawMaterialKgCo2e",
                main_production_kg_co2e AS "mainProductionKgCo2e", distribution_kg_co2e AS "distributionKgCo2e",
                end_of_life_kg_co2e AS "endOfLifeKgCo2e", kg_co2e_absolute AS "kgCo2eAbsolute",
                kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity", kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime",
                output_energy_kwh AS "outputEnergyKWh", lifetime_energy_kwh AS "lifetimeEnergyKWh",
                distribution_is_estimate AS "distributionIsEstimate", inputs_id AS "inputsId", result,
                inputs_sha256 AS "inputsSha256", created_by AS "createdBy", created_at AS "createdAt", declared_at AS "declaredAt",
                declared_by AS "declaredBy", superseded_at AS "supersededAt", superseded_by AS "supersededBy"
           FROM footprints WHERE batch_id = ANY($1::uuid[]) AND declared_at IS NOT NULL
          ORDER BY batch_id, version DESC`, [[...batchIds]]);
            const byBatch = new Map(rows.map((r) => [r.batchId, r]));
            return batchIds.map((id) => byBatch.get(id) ?? null);
        }),
    };
}
//# sourceMappingURL=footprint-loaders.js.map