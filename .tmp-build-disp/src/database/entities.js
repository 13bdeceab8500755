"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENTITIES = void 0;
const audit_event_entity_1 = require("../audit/audit-event.entity");
const batch_entity_1 = require("../batches/batch.entity");
const unit_entity_1 = require("../batches/unit.entity");
const battery_model_entity_1 = require("../battery-models/battery-model.entity");
const displacement_run_entity_1 = require("../displacement/displacement-run.entity");
const emission_factor_entity_1 = require("../emission-factors/emission-factor.entity");
const park_energy_period_entity_1 = require("../energy/park-energy-period.entity");
const batch_footprint_inputs_entity_1 = require("../footprints/batch-footprint-inputs.entity");
const footprint_entity_1 = require("../footprints/footprint.entity");
const job_outbox_entity_1 = require("../jobs/job-outbox.entity");
const api_key_entity_1 = require("../organizations/api-key.entity");
const organization_entity_1 = require("../organizations/organization.entity");
const park_entity_1 = require("../parks/park.entity");
const plant_entity_1 = require("../parks/plant.entity");
const port_entity_1 = require("../shipments/port.entity");
const shipment_entity_1 = require("../shipments/shipment.entity");
exports.ENTITIES = [
    organization_entity_1.OrganizationEntity,
    api_key_entity_1.ApiKeyEntity,
    park_entity_1.ParkEntity,
    plant_entity_1.PlantEntity,
    battery_model_entity_1.BatteryModelEntity,
    batch_entity_1.BatchEntity,
    unit_entity_1.UnitEntity,
    audit_event_entity_1.AuditEventEntity,
    emission_factor_entity_1.EmissionFactorEntity,
    park_energy_period_entity_1.ParkEnergyPeriodEntity,
    batch_footprint_inputs_entity_1.BatchFootprintInputsEntity,
    footprint_entity_1.FootprintEntity,
    port_entity_1.PortEntity,
    shipment_entity_1.ShipmentEntity,
    shipment_entity_1.ShipmentForwarderEntity,
    shipment_entity_1.ShipmentContainerEntity,
    shipment_entity_1.ShipmentCargoLineEntity,
    shipment_entity_1.ShipmentLegEntity,
    shipment_entity_1.ShipmentEventEntity,
    job_outbox_entity_1.JobOutboxEntity,
    displacement_run_entity_1.DisplacementRunEntity,
    displacement_run_entity_1.DisplacementRunGroupEntity,
    displacement_run_entity_1.DisplacementChunkEntity,
];
//# sourceMappingURL=entities.js.map