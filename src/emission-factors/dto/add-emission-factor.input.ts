import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { FactorKind, FactorSeries } from '../factor-kinds';
import { FactorKindEnum, FactorSeriesEnum } from '../emission-factor.model';

@InputType({ description: 'A new factor, or a new version of an existing code (the kind stays the same).' })
export class AddEmissionFactorInput {
  @Field({ description: 'Upper-case letters, digits, . _ -' }) code: string;
  @Field(() => FactorKindEnum) kind: FactorKind;
  @Field() name: string;
  @Field(() => Float) value: number;
  @Field() unit: string;
  @Field({ description: 'Where the figure comes from (publication, table, year): required' }) source: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => FactorSeriesEnum, { nullable: true }) series?: FactorSeries | null;
  @Field(() => String, { nullable: true }) material?: string | null;
  @Field(() => String, { nullable: true }) chemistry?: string | null;
  @Field(() => String, { nullable: true }) transportMode?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) isDefault?: boolean | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}
