import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { BatchStatusEnum, UnitKindEnum } from '../batch.model';
import type { BatchStatus } from '../batch-status';
import type { UnitKind } from '../../units/unit-kind';

@InputType()
export class UnitInput {
  @Field({ description: 'Unique per manufacturer; 1 to 64 characters, no control characters' }) serial: string;
  @Field(() => UnitKindEnum) kind: UnitKind;
  @Field(() => String, { nullable: true, description: 'Serial of the module or pack this unit sits in' }) parentSerial?: string | null;
  @Field(() => Date, {
    nullable: true,
    description: "When the unit was made (event time), inside the batch's production window; defaults to the production end",
  })
  producedAt?: Date | null;
}

@InputType()
export class RegisterBatchInput {
  @Field() batchNumber: string;
  @Field(() => ID) modelId: string;
  @Field(() => ID) plantId: string;
  @Field() productionStart: Date;
  @Field() productionEnd: Date;
  // Nullable with a default, not `Int! = 0`: graphql-jit (Mercurius `jit`) refuses an omitted
  // non-null input field even when it has a default (zalando-incubator/graphql-jit#142).
  @Field(() => Int, { nullable: true, defaultValue: 0 }) declaredCellCount?: number | null;
  @Field(() => Int, { nullable: true, defaultValue: 0 }) declaredModuleCount?: number | null;
  @Field(() => Int, { nullable: true, defaultValue: 0 }) declaredPackCount?: number | null;
  @Field(() => [UnitInput], { nullable: true, description: 'Up to 10,000 units; use POST /batches/:id/units for more' })
  units?: UnitInput[] | null;
}

@InputType()
export class RegisterUnitsInput {
  @Field(() => ID) batchId: string;
  @Field(() => [UnitInput], { description: 'Up to 10,000 units; use POST /batches/:id/units for more' }) units: UnitInput[];
}

@InputType({ description: 'Only the counts given change; 0 means "not declared" (no cap on that kind).' })
export class AmendDeclaredCountsInput {
  @Field(() => ID) batchId: string;
  @Field(() => Int, { nullable: true }) declaredCellCount?: number | null;
  @Field(() => Int, { nullable: true }) declaredModuleCount?: number | null;
  @Field(() => Int, { nullable: true }) declaredPackCount?: number | null;
  @Field({ description: 'Why the counts change (kept in the audit trail); 1 to 1,000 characters' }) reason: string;
}

@InputType()
export class BatchFilter {
  @Field(() => ID, { nullable: true }) manufacturerId?: string | null;
  @Field(() => ID, { nullable: true }) plantId?: string | null;
  @Field(() => ID, { nullable: true }) modelId?: string | null;
  @Field(() => BatchStatusEnum, { nullable: true }) status?: BatchStatus | null;
}
