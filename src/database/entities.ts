import { AuditEventEntity } from '../audit/audit-event.entity';
import { BatchEntity } from '../batches/batch.entity';
import { UnitEntity } from '../units/unit.entity';
import { BatteryModelEntity } from '../battery-models/battery-model.entity';
import { DisplacementChunkEntity, DisplacementRunEntity, DisplacementRunGroupEntity } from '../displacement/displacement-run.entity';
import { EmissionFactorEntity } from '../emission-factors/emission-factor.entity';
import { ParkEnergyPeriodEntity } from '../energy/park-energy-period.entity';
import { BatchFootprintInputsEntity } from '../footprints/batch-footprint-inputs.entity';
import { FootprintEntity } from '../footprints/footprint.entity';
import { JobOutboxEntity } from '../jobs/job-outbox.entity';
import { ApiKeyEntity } from '../organizations/api-key.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ParkEntity } from '../parks/park.entity';
import { PlantEntity } from '../parks/plant.entity';
import { PortEntity } from '../shipments/port.entity';
import {
  ShipmentCargoLineEntity,
  ShipmentContainerEntity,
  ShipmentEntity,
  ShipmentEventEntity,
  ShipmentForwarderEntity,
  ShipmentLegEntity,
} from '../shipments/shipment.entity';

export const ENTITIES = [
  OrganizationEntity,
  ApiKeyEntity,
  ParkEntity,
  PlantEntity,
  BatteryModelEntity,
  BatchEntity,
  UnitEntity,
  AuditEventEntity,
  EmissionFactorEntity,
  ParkEnergyPeriodEntity,
  BatchFootprintInputsEntity,
  FootprintEntity,
  PortEntity,
  ShipmentEntity,
  ShipmentForwarderEntity,
  ShipmentContainerEntity,
  ShipmentCargoLineEntity,
  ShipmentLegEntity,
  ShipmentEventEntity,
  JobOutboxEntity,
  DisplacementRunEntity,
  DisplacementRunGroupEntity,
  DisplacementChunkEntity,
];
