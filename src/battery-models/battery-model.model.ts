import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BATTERY_CATEGORIES, BatteryCategory, CHEMISTRIES, Chemistry, VEHICLE_CATEGORIES, VehicleCategory } from './battery-model.types';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const BatteryCategoryEnum = asEnum(BATTERY_CATEGORIES);
export const VehicleCategoryEnum = asEnum(VEHICLE_CATEGORIES);
export const ChemistryEnum = asEnum(CHEMISTRIES);
registerEnumType(BatteryCategoryEnum, { name: 'BatteryCategory', description: 'EU 2023/1542 battery category' });
registerEnumType(VehicleCategoryEnum, {
  name: 'VehicleCategory',
  description: 'EV vehicle category (sets full equivalent cycles per year)',
});
registerEnumType(ChemistryEnum, { name: 'Chemistry' });

@ObjectType('BatteryModel', { description: 'A battery model; its figures feed the EU functional unit (docs/methods/footprint.md).' })
export class BatteryModelModel {
  @Field(() => ID) id: string;
  @Field(() => ID) manufacturerId: string;
  @Field() name: string;
  @Field(() => BatteryCategoryEnum) category: BatteryCategory;
  @Field(() => VehicleCategoryEnum, { nullable: true }) vehicleCategory: VehicleCategory | null;
  @Field(() => ChemistryEnum) chemistry: Chemistry;
  @Field(() => Float) nominalEnergyKWh: number;
  @Field(() => Float) usableEnergyKWh: number;
  @Field(() => Float) capacityAh: number;
  @Field(() => Float) nominalVoltageV: number;
  @Field(() => Float) massKg: number;
  @Field(() => Int) expectedCycleLife: number;
  @Field(() => Float) warrantyYears: number;
  @Field(() => Int, { nullable: true }) warrantyKm: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'GTIN of the pack, 14 digits (GS1 General Specifications); its packs are named by GS1 Digital Link URIs (docs/identifiers.md)',
  })
  gtin: string | null;
  @Field() createdAt: Date;
}
