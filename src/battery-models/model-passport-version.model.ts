import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: "One version of a battery model's passport data; a correction is a new version." })
export class ModelPassportVersionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) modelId: string;
  @Field(() => Int) version: number;
  @Field({ description: 'The values as a JSON object: catalogue attribute keys to their values (docs/passport-attributes.md)' })
  valuesJson: string;
  @Field(() => ID) recordedBy: string;
  @Field() recordedAt: Date;
  @Field(() => ID, { nullable: true, description: 'The version this one replaces' }) supersedes: string | null;
}
