import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PASSPORT_BATTERY_CATEGORIES, PassportAccessGroup, PassportAttributeKey, PassportBatteryCategory } from './passport-attributes';
import type { PassportCompleteness } from './passport-completeness';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const PassportBatteryCategoryEnum = asEnum(PASSPORT_BATTERY_CATEGORIES);
registerEnumType(PassportBatteryCategoryEnum, {
  name: 'PassportBatteryCategory',
  description: 'Battery categories that need a passport (EU 2023/1542 Art. 77(1)), as the Battery Pass longlist splits them',
});

@ObjectType('PassportMissingByAccessGroup', { description: 'Missing attribute keys (passport catalogue keys) per access group.' })
export class PassportMissingByAccessGroupModel {
  @Field(() => [String]) public: string[];
  @Field(() => [String]) legitimateInterest: string[];
  @Field(() => [String]) legitimateInterestAndCommission: string[];
  @Field(() => [String]) authority: string[];
}

@ObjectType('PassportMissingByGranularity', { description: 'Missing attributes recorded per battery model and per battery.' })
export class PassportMissingByGranularityModel {
  @Field(() => PassportMissingByAccessGroupModel) model: PassportMissingByAccessGroupModel;
  @Field(() => PassportMissingByAccessGroupModel) battery: PassportMissingByAccessGroupModel;
}

@ObjectType('PassportCompleteness', {
  description: "Which attributes a batch's battery category makes mandatory and which are still missing (docs/passport-attributes.md).",
})
export class PassportCompletenessModel {
  @Field(() => ID) batchId: string;
  @Field(() => PassportBatteryCategoryEnum) category: PassportBatteryCategory;
  @Field(() => Int) mandatoryCount: number;
  @Field(() => Int) presentCount: number;
  @Field(() => [String], { description: 'Every mandatory attribute without a value, in the catalogue order' }) missing: string[];
  @Field(() => PassportMissingByGranularityModel) missingByGranularity: PassportMissingByGranularityModel;
  @Field(() => [String], {
    description:
      'Mandatory attributes no passport can hold yet although their inputs are there (the carbon-footprint performance class until the delegated act of Art. 7(2)); neither present nor missing',
  })
  pending: string[];
  @Field(() => [String], {
    description: 'Mandatory public per-model attributes without a value: the passport cannot be published while any remain',
  })
  publishableBlockers: string[];
  @Field() complete: boolean;
}

const byGroup = (m: Record<PassportAccessGroup, PassportAttributeKey[]>): PassportMissingByAccessGroupModel => ({
  public: m.PUBLIC,
  legitimateInterest: m.LEGITIMATE_INTEREST,
  legitimateInterestAndCommission: m.LEGITIMATE_INTEREST_AND_COMMISSION,
  authority: m.AUTHORITY,
});

/** passportCompleteness's answer in the GraphQL shape. */
export function toPassportCompletenessModel(batchId: string, c: PassportCompleteness): PassportCompletenessModel {
  return {
    ...c,
    batchId,
    missingByGranularity: { model: byGroup(c.missingByGranularity.MODEL), battery: byGroup(c.missingByGranularity.BATTERY) },
  };
}
