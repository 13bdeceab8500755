import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: "Publishes the next signed version of a battery model's passport (its public model-level attributes)." })
export class PublishModelPassportInput {
  @Field(() => ID) modelId: string;
  @Field(() => String, { nullable: true, description: 'Why this version is published (kept with it, not signed)' }) note?: string | null;
}
