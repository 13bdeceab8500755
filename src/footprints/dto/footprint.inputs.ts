import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CalculateFootprintInput {
  @Field(() => ID) batchId: string;
  @Field({ description: 'EU_CFB_DRAFT_2024, ISO14067_MARKET_BASED or JRC_CFB_EV_2023 (see the rulesets query)' }) rulesetId: string;
}

@InputType()
export class DeclareFootprintInput {
  @Field(() => ID) footprintId: string;
}
