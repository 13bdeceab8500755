import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { EnergySupplyInput } from './record-park-energy.input';

@InputType({
  description:
    'A corrected version of a park-energy period: same park and days, new figures, with the reason. The period it corrects stays stored, superseded.',
})
export class CorrectParkEnergyInput {
  @Field(() => ID, { description: 'The current version of the period to correct' }) periodId: string;
  @Field(() => Float, { description: 'Total kWh consumed by the park over the period; the supplies must add up to it' }) totalKWh: number;
  @Field(() => [EnergySupplyInput], {
    description: 'GEC serials the corrected period claimed may be stated again; serials it no longer states are released',
  })
  supplies: EnergySupplyInput[];
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field({ description: 'Why the record is corrected (kept with the version and in the audit trail); 1 to 1,000 characters' })
  reason: string;
}
