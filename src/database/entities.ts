import { AuditEventEntity } from '../audit/audit-event.entity';
import { BatchEntity } from '../batches/batch.entity';
import { UnitEntity } from '../batches/unit.entity';
import { BatteryModelEntity } from '../battery-models/battery-model.entity';
import { ApiKeyEntity } from '../organizations/api-key.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { ParkEntity } from '../parks/park.entity';
import { PlantEntity } from '../parks/plant.entity';

export const ENTITIES = [
  OrganizationEntity,
  ApiKeyEntity,
  ParkEntity,
  PlantEntity,
  BatteryModelEntity,
  BatchEntity,
  UnitEntity,
  AuditEventEntity,
];
