import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { BatteryCategoryEnum, ChemistryEnum, VehicleCategoryEnum } from '../battery-model.model';
import type { BatteryCategory, Chemistry, VehicleCategory } from '../battery-model.types';

@InputType()
export class RegisterBatteryModelInput {
  @Field() name: string;
  @Field(() => BatteryCategoryEnum) category: BatteryCategory;
  @Field(() => VehicleCategoryEnum, { nullable: true, description: 'Required for EV batteries' }) vehicleCategory?: VehicleCategory | null;
  @Field(() => ChemistryEnum) chemistry: Chemistry;
  @Field(() => Float) nominalEnergyKWh: number;
  @Field(() => Float) usableEnergyKWh: number;
  @Field(() => Float) capacityAh: number;
  @Field(() => Float) nominalVoltageV: number;
  @Field(() => Float) massKg: number;
  @Field(() => Int) expectedCycleLife: number;
  @Field(() => Float) warrantyYears: number;
  @Field(() => Int, { nullable: true }) warrantyKm?: number | null;
  @Field(() => String, {
    nullable: true,
    description: "GTIN of the pack (8, 12, 13 or 14 digits) under the manufacturer's GS1 company prefix; stored as 14 digits",
  })
  gtin?: string | null;
}

@InputType()
export class SetBatteryModelGtinInput {
  @Field(() => ID) modelId: string;
  @Field({ description: "GTIN of the pack (8, 12, 13 or 14 digits) under the manufacturer's GS1 company prefix; stored as 14 digits" })
  gtin: string;
}
