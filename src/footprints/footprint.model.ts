import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ElectricitySourceEnum } from '../energy/park-energy.model';
import type { ElectricitySource } from '../energy/electricity-source';
import { FOOTPRINT_STATUSES, FootprintStatus } from './footprint.entity';
import { LIFECYCLE_STAGES, LifecycleStage } from './footprint-document';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const LifecycleStageEnum = asEnum(LIFECYCLE_STAGES);
export const FootprintStatusEnum = asEnum(FOOTPRINT_STATUSES);
registerEnumType(LifecycleStageEnum, { name: 'LifecycleStage', description: 'EU 2023/1542 Annex II stages (use phase excluded)' });
registerEnumType(FootprintStatusEnum, { name: 'FootprintStatus' });

@ObjectType('FootprintStage')
export class FootprintStageModel {
  @Field(() => LifecycleStageEnum) stage: LifecycleStage;
  @Field(() => Float, { description: 'kg CO2e for the whole batch' }) kgCo2e: number;
  @Field(() => Float) kgCo2ePerKWhCapacity: number;
  @Field(() => Float) kgCo2ePerKWhLifetime: number;
}

@ObjectType('FunctionalUnit', { description: 'docs/methods/footprint.md: usable energy × full equivalent cycles per year × service life' })
export class FunctionalUnitModel {
  @Field(() => Float) usableEnergyKWh: number;
  @Field(() => Float) fullEquivalentCyclesPerYear: number;
  @Field({ description: 'RULESET (vehicle category) or DECLARED' }) fullEquivalentCyclesSource: string;
  @Field(() => Float) warrantyYears: number;
  @Field(() => Float, { nullable: true }) warrantyKm: number | null;
  @Field(() => Float, { nullable: true, description: 'default ruleset consumption used to convert the km warranty' })
  evConsumptionKWhPer100Km: number | null;
  @Field(() => Float, { nullable: true }) annualKm: number | null;
  @Field(() => Float, { nullable: true }) kmWarrantyYears: number | null;
  @Field(() => Float) serviceLifeYears: number;
  @Field() serviceLifeBasis: string;
  @Field(() => Float) lifetimeEnergyKWhPerBattery: number;
}

@ObjectType('ElectricityLine', { description: 'One supply of the batch electricity and the factor it takes under the ruleset' })
export class ElectricityLineModel {
  @Field(() => ElectricitySourceEnum) source: ElectricitySource;
  @Field(() => Float) share: number;
  @Field(() => Float) kWh: number;
  @Field({ description: 'GREEN, NATIONAL_AVERAGE or RESIDUAL_MIX' }) role: string;
  @Field(() => ID) factorId: string;
  @Field() factorCode: string;
  @Field(() => Float) kgCo2ePerKWh: number;
  @Field(() => Float) kgCo2e: number;
}

@ObjectType('ElectricityBreakdown')
export class ElectricityBreakdownModel {
  @Field(() => Float) batchKWh: number;
  @Field({ description: 'METERED or ALLOCATED' }) basis: string;
  @Field(() => Float, { nullable: true }) allocationShare: number | null;
  @Field(() => Float, { description: "The park's kWh over the periods used for the mix" }) parkKWh: number;
  @Field(() => Float) kgCo2e: number;
  @Field(() => [ElectricityLineModel]) lines: ElectricityLineModel[];
}

@ObjectType('FootprintEnergyPeriod', {
  description: 'A park-energy period version a footprint was computed from, and the current version of that period',
})
export class FootprintEnergyPeriodModel {
  @Field(() => ID, { description: 'The period version used' }) periodId: string;
  @Field(() => Int) version: number;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field({ description: 'A correction superseded the version used: recalculate to use the current one' }) superseded: boolean;
  @Field(() => ID, { nullable: true }) currentPeriodId: string | null;
  @Field(() => Int, { nullable: true }) currentVersion: number | null;
  @Field(() => String, { nullable: true, description: 'Why the current version corrected the record' })
  currentCorrectionReason: string | null;
}

@ObjectType('DistributionPart', { description: 'One labelled part of the DISTRIBUTION stage' })
export class DistributionPartModel {
  @Field({ description: 'RECORDED_TRANSPORT (packs shipped) or ESTIMATE_UNSHIPPED (the estimate, pro rata for packs not yet shipped)' })
  part: string;
  @Field(() => Float) kgCo2e: number;
  @Field(() => Int, { description: 'Packs the part covers' }) packs: number;
  @Field() basis: string;
}

@ObjectType('Footprint', {
  description:
    'One immutable footprint version of a batch. Three units, never mixed: kgCo2eAbsolute (the batch), kgCo2ePerKWhCapacity, kgCo2ePerKWhLifetime (the EU declared value).',
})
export class FootprintModel {
  @Field(() => ID) id: string;
  @Field(() => ID) batchId: string;
  @Field(() => ID) manufacturerId: string;
  @Field(() => ID) modelId: string;
  @Field(() => ID) plantId: string;
  @Field(() => Int) version: number;
  @Field() rulesetId: string;
  @Field(() => FootprintStatusEnum) status: FootprintStatus;
  @Field(() => [FootprintStageModel]) stages: FootprintStageModel[];
  @Field(() => Float) kgCo2eAbsolute: number;
  @Field(() => Float) kgCo2ePerKWhCapacity: number;
  @Field(() => Float) kgCo2ePerKWhLifetime: number;
  @Field(() => Float, { description: 'kg CO2e of one battery of the model' }) kgCo2ePerBattery: number;
  @Field(() => Float) outputEnergyKWh: number;
  @Field(() => Float) batteryEquivalents: number;
  @Field(() => Float) lifetimeEnergyKWh: number;
  @Field(() => FunctionalUnitModel) functionalUnit: FunctionalUnitModel;
  @Field(() => ElectricityBreakdownModel) electricity: ElectricityBreakdownModel;
  @Field(() => Float) processEnergyKgCo2e: number;
  @Field(() => Float) materialsMassKg: number;
  @Field(() => Float, { description: 'Recycled mass / material mass (reported; no credit is computed)' }) recycledContentShare: number;
  @Field({ description: 'true while an estimate is part of DISTRIBUTION (some packs not yet shipped)' }) distributionIsEstimate: boolean;
  @Field() distributionBasis: string;
  @Field(() => [DistributionPartModel], {
    description:
      'DISTRIBUTION = recorded transport of the packs shipped + the estimate pro rata for the rest (empty for footprints made before the split)',
  })
  distributionParts: DistributionPartModel[];
  @Field(() => Int, { nullable: true, description: 'Packs the footprint counts (null for footprints made before)' }) packCount:
    number | null;
  @Field(() => String, { nullable: true, description: 'REGISTERED (units of kind PACK) or DECLARED (none registered yet)' })
  packCountBasis: string | null;
  @Field({ description: 'FACTOR or DECLARED' }) endOfLifeBasis: string;
  @Field(() => Float, { nullable: true }) dataQualityRating: number | null;
  @Field(() => String, { nullable: true, description: 'null until the delegated act publishes classes' }) performanceClass: string | null;
  @Field(() => Float, { nullable: true, description: 'Recorded offsets: never deducted' }) offsetsKgCo2e: number | null;
  @Field(() => [ID]) factorIds: string[];
  @Field({ description: 'SHA-256 of the canonical JSON of every input, the ruleset and every factor row' }) inputsSha256: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) declaredAt: Date | null;
  @Field(() => Date, { nullable: true }) supersededAt: Date | null;
  @Field(() => ID, { nullable: true }) supersededBy: string | null;
}

@ObjectType('FootprintRecomputation', { description: 'A footprint recomputed from its stored inputs' })
export class FootprintRecomputationModel {
  @Field(() => ID) footprintId: string;
  @Field() matches: boolean;
  @Field() storedSha256: string;
  @Field() recomputedSha256: string;
  @Field(() => Float) storedKgCo2eAbsolute: number;
  @Field(() => Float) recomputedKgCo2eAbsolute: number;
  @Field(() => [String], { description: 'Figures that differ, if any' }) differences: string[];
}

@ObjectType('FootprintRollup', { description: 'Declared footprints of one model at one plant under one ruleset, weighted by energy' })
export class FootprintRollupModel {
  @Field(() => ID) modelId: string;
  @Field(() => ID) plantId: string;
  @Field() rulesetId: string;
  @Field(() => Int) batches: number;
  @Field(() => Float) outputEnergyKWh: number;
  @Field(() => Float, { description: 'Energy delivered over the service lives of the batches' }) lifetimeEnergyKWh: number;
  @Field(() => Float) kgCo2eAbsolute: number;
  @Field(() => Float, { description: 'Σ kg / Σ output kWh' }) kgCo2ePerKWhCapacity: number;
  @Field(() => Float, { description: 'Σ kg / Σ lifetime kWh: weighted by delivered energy' }) kgCo2ePerKWhLifetime: number;
  @Field(() => [FootprintStageModel]) stages: FootprintStageModel[];
}

@ObjectType('RulesetComparisonEntry')
export class RulesetComparisonEntryModel {
  @Field() rulesetId: string;
  @Field() title: string;
  @Field(() => [FootprintStageModel]) stages: FootprintStageModel[];
  @Field(() => Float) kgCo2eAbsolute: number;
  @Field(() => Float) kgCo2ePerKWhCapacity: number;
  @Field(() => Float) kgCo2ePerKWhLifetime: number;
  @Field(() => ElectricityBreakdownModel) electricity: ElectricityBreakdownModel;
  @Field(() => Float) greenTradeKWh: number;
  @Field(() => Float, { description: 'kg CO2e the ruleset assigns to the green-trade kWh' }) greenTradeKgCo2e: number;
  @Field(() => Float, {
    description: 'What green trading is worth under the ruleset: green-trade kWh × national average − greenTradeKgCo2e',
  })
  greenTradeWorthKgCo2e: number;
  @Field(() => String) inputsSha256: string;
  @Field(() => [FootprintEnergyPeriodModel], { description: 'The park-energy period versions this comparison reads (the current ones)' })
  energyPeriods: FootprintEnergyPeriodModel[];
}

@ObjectType('RulesetComparison')
export class RulesetComparisonModel {
  @Field(() => ID) batchId: string;
  @Field(() => Float, { nullable: true, description: 'The national average factor the worth is measured against' })
  nationalAverageKgCo2ePerKWh: number | null;
  @Field(() => [RulesetComparisonEntryModel]) entries: RulesetComparisonEntryModel[];
}

@ObjectType('RulesetElectricityRule')
export class RulesetElectricityRuleModel {
  @Field(() => ElectricitySourceEnum) source: ElectricitySource;
  @Field() role: string;
}

@ObjectType('RulesetFactorCode')
export class RulesetFactorCodeModel {
  @Field() country: string;
  @Field() role: string;
  @Field() code: string;
}

@ObjectType('RulesetCycles')
export class RulesetCyclesModel {
  @Field() vehicleCategory: string;
  @Field(() => Float) fullEquivalentCyclesPerYear: number;
  @Field(() => Float, {
    nullable: true,
    description: '*default* (docs/methods/displacement.md, EU market): EV consumption used only to convert a km warranty to years',
  })
  evConsumptionKWhPer100Km: number | null;
}

@ObjectType('Ruleset', { description: 'A footprint ruleset (docs/methods/electricity.md, docs/methods/footprint.md) as data' })
export class RulesetModel {
  @Field() id: string;
  @Field() title: string;
  @Field() status: string;
  @Field() source: string;
  @Field(() => [RulesetElectricityRuleModel]) electricity: RulesetElectricityRuleModel[];
  @Field(() => [RulesetFactorCodeModel]) factorCodes: RulesetFactorCodeModel[];
  @Field(() => [RulesetCyclesModel]) cycles: RulesetCyclesModel[];
  @Field(() => Int, { description: 'Number of performance class boundaries (0 until published)' }) performanceClassCount: number;
}
