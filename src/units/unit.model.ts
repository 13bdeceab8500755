import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UnitKindEnum } from '../batches/batch.model';
import type { UnitKind } from './unit-kind';
import { SECOND_LIFE_STATUSES, SecondLifeStatus, UNIT_STATUSES, UnitStatus } from './unit-status';

export const UnitStatusEnum = Object.fromEntries(UNIT_STATUSES.map((s) => [s, s])) as Record<UnitStatus, UnitStatus>;
export const SecondLifeStatusEnum = Object.fromEntries(SECOND_LIFE_STATUSES.map((s) => [s, s])) as Record<
  SecondLifeStatus,
  SecondLifeStatus
>;
registerEnumType(UnitStatusEnum, {
  name: 'UnitStatus',
  description: 'Passport tier 4 (docs/methods/access.md): original / repurposed / reused / remanufactured / waste',
});
registerEnumType(SecondLifeStatusEnum, { name: 'SecondLifeStatus' });

@ObjectType('TracedUnit', { description: 'A cell, module or pack as the provenance feature sees it.' })
export class TracedUnitModel {
  @Field(() => ID, { description: 'Global id `Unit:<number>`' }) id: string;
  @Field() serial: string;
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => UnitStatusEnum) status: UnitStatus;
  @Field(() => ID) batchId: string;
  @Field(() => ID, { nullable: true, description: 'Global id of the current parent unit' }) parentId: string | null;
  @Field({ description: 'When the unit was made (event time)' }) producedAt: Date;
}

@ObjectType('UnitMembership', { description: 'One period during which a unit sat inside a parent unit: [validFrom, validTo).' })
export class UnitMembershipModel {
  @Field(() => TracedUnitModel) parent: TracedUnitModel;
  @Field() validFrom: Date;
  @Field(() => Date, { nullable: true }) validTo: Date | null;
}

@ObjectType('UnitPlacement', { description: 'Where a unit sat at a moment: its parent chain then (innermost first).' })
export class UnitPlacementModel {
  @Field(() => TracedUnitModel) unit: TracedUnitModel;
  @Field() at: Date;
  @Field(() => TracedUnitModel, { nullable: true }) parent: TracedUnitModel | null;
  @Field(() => TracedUnitModel, { nullable: true, description: 'The outermost unit of the chain (the pack), if any' })
  pack: TracedUnitModel | null;
  @Field(() => [TracedUnitModel]) ancestors: TracedUnitModel[];
}

@ObjectType('AggregationChange', { description: 'The outcome of repackUnits, disassemble, markRepurposed or markRecycled.' })
export class AggregationChangeModel {
  @Field() occurredAt: Date;
  @Field(() => Int, { description: 'Unit events recorded' }) eventCount: number;
  @Field(() => [TracedUnitModel], { description: 'The units changed, as they are now' }) units: TracedUnitModel[];
  @Field(() => ID, {
    nullable: true,
    description: 'The new battery passport markRepurposed started (a pack marked REPURPOSED or REMANUFACTURED, Art. 77(6)); null otherwise',
  })
  batteryPassportId?: string | null;
}

@ObjectType('LineageParty')
export class LineagePartyModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('LineageBatch')
export class LineageBatchModel {
  @Field(() => ID) id: string;
  @Field() batchNumber: string;
  @Field() status: string;
  @Field() productionStart: Date;
  @Field() productionEnd: Date;
  @Field() modelName: string;
  @Field() chemistry: string;
}

@ObjectType('LineagePlant')
export class LineagePlantModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('LineagePark')
export class LineageParkModel {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field() country: string;
  @Field() province: string;
}

@ObjectType('LineageShipment')
export class LineageShipmentModel {
  @Field(() => ID) id: string;
  @Field() reference: string;
  @Field() billOfLadingNumber: string;
  @Field() status: string;
  @Field() vesselName: string;
  @Field() vesselImo: string;
  @Field() portOfLoading: string;
  @Field() portOfDischarge: string;
  @Field(() => Date, { nullable: true }) departedAt: Date | null;
  @Field(() => LineagePartyModel) consignee: LineagePartyModel;
  @Field(() => TracedUnitModel, {
    description: 'The unit the cargo line covers: the unit itself or one it sat in when shipped (history is kept after a repack)',
  })
  shippedUnit: TracedUnitModel;
}

@ObjectType('UnitLineage', { description: 'cell → module → pack → batch → plant → park → shipments → buyer, read in one statement.' })
export class UnitLineageModel {
  @Field(() => TracedUnitModel) unit: TracedUnitModel;
  @Field(() => [TracedUnitModel], { description: 'The unit, then its current parents outwards' }) chain: TracedUnitModel[];
  @Field(() => LineageBatchModel) batch: LineageBatchModel;
  @Field(() => LineagePartyModel) manufacturer: LineagePartyModel;
  @Field(() => LineagePlantModel) plant: LineagePlantModel;
  @Field(() => LineageParkModel) park: LineageParkModel;
  @Field(() => [LineageShipmentModel], { description: 'Shipments that carried the unit or a unit around it (a buyer sees its own)' })
  shipments: LineageShipmentModel[];
}
