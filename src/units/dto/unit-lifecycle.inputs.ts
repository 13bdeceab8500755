import { Field, ID, InputType } from '@nestjs/graphql';
import { SecondLifeStatusEnum } from '../unit.model';
import type { SecondLifeStatus } from '../unit-status';
import { BatteryCategoryEnum } from '../../battery-models/battery-model.model';
import type { BatteryCategory } from '../../battery-models/battery-model.types';

@InputType()
export class RepackUnitsInput {
  @Field(() => [String], { description: 'Serials (of the caller) of the cells or modules to move; 1 to 1,000' }) serials: string[];
  @Field(() => ID, { description: 'Global id (`Unit:<number>`) of the module or pack they move into' }) parentId: string;
  @Field(() => Date, {
    nullable: true,
    description:
      'When it happened (event time); defaults to now. Not in the future beyond the allowed clock skew, not before the state it changes',
  })
  at?: Date | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class DisassembleInput {
  @Field({ description: 'Serial of the pack or module taken apart' }) serial: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The manufacturer of the unit: required when the caller is the consignee it was delivered to (serials are unique per manufacturer)',
  })
  manufacturerId?: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When it happened (event time); defaults to now. Not in the future beyond the allowed clock skew, not before the state it changes',
  })
  at?: Date | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class MarkRepurposedInput {
  @Field() serial: string;
  @Field(() => SecondLifeStatusEnum, { nullable: true, defaultValue: 'REPURPOSED' }) status?: SecondLifeStatus | null;
  @Field(() => BatteryCategoryEnum, {
    nullable: true,
    description:
      "The category of the new passport a pack marked REPURPOSED or REMANUFACTURED starts (e.g. STATIONARY for an EV pack repurposed as storage); defaults to the model's. Only where a new passport starts",
  })
  passportCategory?: BatteryCategory | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The manufacturer of the unit: required when the caller is the consignee it was delivered to (serials are unique per manufacturer)',
  })
  manufacturerId?: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When it happened (event time); defaults to now. Not in the future beyond the allowed clock skew, not before the state it changes',
  })
  at?: Date | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}

@InputType()
export class MarkRecycledInput {
  @Field({ description: 'The unit handed to recycling; it and every unit inside it become WASTE' }) serial: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The manufacturer of the unit: required when the caller is the consignee it was delivered to (serials are unique per manufacturer)',
  })
  manufacturerId?: string | null;
  @Field(() => Date, {
    nullable: true,
    description:
      'When it happened (event time); defaults to now. Not in the future beyond the allowed clock skew, not before the state it changes',
  })
  at?: Date | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
}
