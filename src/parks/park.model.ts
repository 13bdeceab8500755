import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Park', { description: 'An industrial park, e.g. a national zero-carbon park.' })
export class ParkModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Short unique code, e.g. CN-NM-ORDOS-ZC' }) code: string;
  @Field() name: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @Field() province: string;
  @Field({ description: 'Grid region whose emission factors apply, e.g. CN-NORTH or CN-NM' }) gridRegion: string;
  @Field() createdAt: Date;
}

@ObjectType('Plant', { description: 'A manufacturing plant of a manufacturer, in a park.' })
export class PlantModel {
  @Field(() => ID) id: string;
  @Field(() => ID) manufacturerId: string;
  @Field(() => ID) parkId: string;
  @Field() name: string;
  @Field() address: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
  @Field() createdAt: Date;
}
