import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateParkInput {
  @Field() code: string;
  @Field() name: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @Field() province: string;
  @Field() gridRegion: string;
}

@InputType()
export class RegisterPlantInput {
  @Field(() => ID) parkId: string;
  @Field() name: string;
  @Field() address: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}
