import { Field, Float, InputType, Int } from '@nestjs/graphql';
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
}
