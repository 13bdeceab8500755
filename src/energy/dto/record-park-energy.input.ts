import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { ElectricitySource } from '../electricity-source';
import { ElectricitySourceEnum } from '../park-energy.model';

@InputType()
export class EnergySupplyInput {
  @Field(() => ElectricitySourceEnum) source: ElectricitySource;
  @Field(() => Float, { description: 'kWh supplied over the period (0 or more)' }) kWh: number;
  @Field(() => [String], { nullable: true, description: 'Meter ids that measured this supply (evidence)' }) meterIds?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'GREEN_TRADE only: the Green Electricity Certificate serials, exactly one per started MWh (1 GEC = 1 MWh)',
  })
  gecSerials?: string[] | null;
}

@InputType({ description: "A park's electricity over one period within a calendar month (docs/methods/electricity.md)." })
export class RecordParkEnergyInput {
  @Field(() => ID) parkId: string;
  @Field({ description: 'First day, YYYY-MM-DD' }) periodStart: string;
  @Field({ description: 'Last day (inclusive), YYYY-MM-DD, in the same month' }) periodEnd: string;
  @Field(() => Float, { description: 'Total kWh consumed by the park over the period; the supplies must add up to it' }) totalKWh: number;
  @Field(() => [EnergySupplyInput]) supplies: EnergySupplyInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
}
