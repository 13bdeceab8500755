import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { FACTOR_KINDS, FACTOR_SERIES, FactorKind } from './factor-kinds';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const FactorKindEnum = asEnum(FACTOR_KINDS);
export const FactorSeriesEnum = asEnum(FACTOR_SERIES);
registerEnumType(FactorKindEnum, { name: 'EmissionFactorKind', description: 'What an emission factor multiplies (sets its unit)' });
registerEnumType(FactorSeriesEnum, { name: 'EmissionFactorSeries', description: 'Series of a grid factor (docs/methods/electricity.md)' });

@ObjectType('EmissionFactor', {
  description: 'One version of an emission factor with its source. Rows never change; a correction is a new version of the same code.',
})
export class EmissionFactorModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable code shared by all versions, e.g. CN-GRID-2022-AVERAGE' }) code: string;
  @Field(() => Int) version: number;
  @Field(() => Int, { description: 'The newest version of this code' }) latestVersion: number;
  @Field(() => FactorKindEnum) kind: FactorKind;
  @Field() name: string;
  @Field(() => Float) value: number;
  @Field({ description: 'kgCO2e/kWh, kgCO2e/kg, kgCO2e/t-km, kgCO2e/TEU-km or kgCO2e/kWh-capacity' }) unit: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => String, { nullable: true }) series: string | null;
  @Field(() => String, { nullable: true }) material: string | null;
  @Field(() => String, { nullable: true }) chemistry: string | null;
  @Field(() => String, { nullable: true }) transportMode: string | null;
  @Field() source: string;
  @Field({ description: 'A modelling default (see the docs/methods page of its kind), not a rule' }) isDefault: boolean;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field({ description: 'Whether any footprint used this row' }) inUse: boolean;
  @Field() createdAt: Date;
}

@ObjectType()
export class EmissionFactorConnection extends Connection(EmissionFactorModel, 'EmissionFactor') {}

@InputType()
export class EmissionFactorFilter {
  @Field(() => FactorKindEnum, { nullable: true }) kind?: FactorKind | null;
  @Field(() => String, { nullable: true }) code?: string | null;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => String, { nullable: true }) material?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Include older versions (default: newest version of each code only)' })
  allVersions?: boolean | null;
}
