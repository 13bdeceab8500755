import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { BATCH_STATUSES, BatchStatus } from './batch-status';
import { UNIT_KINDS, UnitKind } from '../units/unit-kind';

export const BatchStatusEnum = Object.fromEntries(BATCH_STATUSES.map((s) => [s, s])) as Record<BatchStatus, BatchStatus>;
export const UnitKindEnum = Object.fromEntries(UNIT_KINDS.map((s) => [s, s])) as Record<UnitKind, UnitKind>;
registerEnumType(BatchStatusEnum, { name: 'BatchStatus' });
registerEnumType(UnitKindEnum, { name: 'UnitKind' });

@ObjectType('Batch', { description: 'A production batch of one battery model at one plant.' })
export class BatchModel {
  @Field(() => ID) id: string;
  @Field(() => ID) manufacturerId: string;
  @Field() batchNumber: string;
  @Field(() => ID) modelId: string;
  @Field(() => ID) plantId: string;
  @Field() productionStart: Date;
  @Field() productionEnd: Date;
  @Field(() => Int, { description: '0: not declared (no cap); otherwise no more cells can be registered' }) declaredCellCount: number;
  @Field(() => Int, { description: '0: not declared (no cap); otherwise no more modules can be registered' }) declaredModuleCount: number;
  @Field(() => Int, { description: '0: not declared (no cap); otherwise no more packs can be registered' }) declaredPackCount: number;
  @Field(() => BatchStatusEnum) status: BatchStatus;
  @Field() createdAt: Date;
}

@ObjectType('Unit', { description: 'A cell, module or pack (per-battery data: visible to its manufacturer).' })
export class UnitModel {
  @Field(() => ID) id: string;
  @Field() serial: string;
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => ID) batchId: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => String, { nullable: true }) parentSerial: string | null;
  @Field({ description: 'When the unit was made (event time)' }) producedAt: Date;
  @Field({ description: 'When battrace recorded it (record time)' }) createdAt: Date;
}

@ObjectType('UnitCounts')
export class UnitCountsModel {
  @Field(() => Int) cells: number;
  @Field(() => Int) modules: number;
  @Field(() => Int) packs: number;
}

@ObjectType('UnitIngestResult')
export class UnitIngestResultModel {
  @Field(() => ID) batchId: string;
  @Field(() => Int) received: number;
  @Field(() => Int) inserted: number;
  @Field(() => Int, { description: 'Units that were already registered with the same facts (idempotent re-upload)' })
  alreadyPresent: number;
}

@ObjectType()
export class BatchConnection extends Connection(BatchModel, 'Batch') {}

@ObjectType()
export class UnitConnection extends Connection(UnitModel, 'Unit') {}
