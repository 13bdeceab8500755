import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '../common/pagination';
import { EmissionFactorModel } from '../emission-factors/emission-factor.model';
import { ELECTRICITY_SOURCES, ElectricitySource } from './electricity-source';

export const ElectricitySourceEnum = Object.fromEntries(ELECTRICITY_SOURCES.map((s) => [s, s])) as Record<
  ElectricitySource,
  ElectricitySource
>;
registerEnumType(ElectricitySourceEnum, {
  name: 'ElectricitySource',
  description:
    'DIRECT_LINE and ONSITE: directly supplied green power; GREEN_TRADE: bought through grid trading, backed by GEC serials; GRID',
});

@ObjectType('EnergySupply')
export class EnergySupplyModel {
  @Field(() => ElectricitySourceEnum) source: ElectricitySource;
  @Field(() => Float) kWh: number;
  @Field(() => Float, { description: 'Share of the period total' }) share: number;
  @Field(() => Int) gecSerialCount: number;
  @Field(() => [String], { nullable: true, description: 'Evidence: the administrator and manufacturers with a plant in the park' })
  meterIds: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Evidence: the administrator and manufacturers with a plant in the park' })
  gecSerials: string[] | null;
}

@ObjectType('ZeroCarbonParkTest', {
  description: 'The national zero-carbon park conditions (docs/methods/zero-carbon-parks.md), with the numbers behind them.',
})
export class ZeroCarbonParkTestModel {
  @Field(() => Boolean, { nullable: true, description: 'Both conditions hold; null when no baseline was given and the first holds' })
  holds: boolean | null;
  @Field(() => Boolean) directGreenHolds: boolean;
  @Field(() => Float) directGreenShare: number;
  @Field(() => Float, { description: '0.5: directly supplied green power at least 50%' }) minimumDirectGreenShare: number;
  @Field(() => Boolean, { nullable: true }) intensityHolds: boolean | null;
  @Field(() => Float, { nullable: true }) tCo2PerTce: number | null;
  @Field(() => Float, { nullable: true, description: 'Stated baseline: t CO2 per tce of an average park today' }) baselineTCo2PerTce:
    number | null;
  @Field(() => Float, { nullable: true, description: 'One tenth of the baseline' }) maximumTCo2PerTce: number | null;
}

@ObjectType('ParkEnergyPeriod', { description: "A park's electricity over one period, with its green shares and carbon intensity." })
export class ParkEnergyPeriodModel {
  @Field(() => ID) id: string;
  @Field(() => ID) parkId: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field(() => Float) totalKWh: number;
  @Field(() => [EnergySupplyModel]) supplies: EnergySupplyModel[];
  @Field(() => Float, { description: 'DIRECT_LINE + ONSITE' }) directGreenKWh: number;
  @Field(() => Float) directGreenShare: number;
  @Field(() => Float, { description: 'DIRECT_LINE + ONSITE + GREEN_TRADE' }) totalGreenShare: number;
  @Field(() => Float, { description: 'Energy consumed in tonnes of standard coal equivalent (1 kWh = 0.1229 kgce)' }) energyTce: number;
  @Field(() => Float, {
    nullable: true,
    description: 'GRID kWh × the grid factor; green supplies count as zero-carbon (null: no grid factor known)',
  })
  co2Tonnes: number | null;
  @Field(() => Float, { nullable: true }) tCo2PerTce: number | null;
  @Field(() => EmissionFactorModel, {
    nullable: true,
    description: 'The grid factor used for GRID power (park grid region, else the country)',
  })
  gridFactor: EmissionFactorModel | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field() recordedBy: string;
  @Field() createdAt: Date;
  @Field(() => Int, { description: '1 as first recorded; each correction is the next version (a new id)' }) version: number;
  @Field(() => ID, { nullable: true, description: 'The version this one corrects' }) supersedesId: string | null;
  @Field(() => String, { nullable: true, description: 'Why this version corrects the previous one' }) correctionReason: string | null;
  @Field(() => ID, { nullable: true, description: 'The version that corrects this one; null while this is the current version' })
  supersededBy: string | null;
  @Field(() => Date, { nullable: true }) supersededAt: Date | null;
}

@ObjectType()
export class ParkEnergyPeriodConnection extends Connection(ParkEnergyPeriodModel, 'ParkEnergyPeriod') {}
