import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({
  description:
    "Publishes the next signed version of a batch's passport (its public per-batch attributes and the model version it builds on).",
})
export class PublishBatchPassportInput {
  @Field(() => ID) batchId: string;
  @Field(() => String, { nullable: true, description: 'Why this version is published (kept with it, not signed)' }) note?: string | null;
}
