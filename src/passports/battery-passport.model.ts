import { Field, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../common/pagination';

@ObjectType({ description: 'A page of battery passports, each as JSON text (the answer of GET /passports/batteries/:passportId)' })
export class BatteryPassportPage {
  @Field(() => [String], { description: 'One battery passport per pack, as JSON text, in pack order' }) nodes: string[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
