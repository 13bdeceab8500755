import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  BATTERY_COMPONENTS,
  BatteryComponentLevel,
  HAZARD_CLASSES,
  HazardClass,
  MATERIAL_COMPONENTS,
  MaterialComponent,
} from '../model-passport-data';

export const MaterialComponentEnum = Object.fromEntries(MATERIAL_COMPONENTS.map((c) => [c, c])) as Record<
  MaterialComponent,
  MaterialComponent
>;
registerEnumType(MaterialComponentEnum, { name: 'BatteryMaterialComponent', description: 'The part of a battery a material is in' });
export const HazardClassEnum = Object.fromEntries(HAZARD_CLASSES.map((c) => [c, c])) as Record<HazardClass, HazardClass>;
registerEnumType(HazardClassEnum, { name: 'HazardClass', description: 'Hazard class of a substance (Regulation (EC) No 1272/2008)' });
export const BatteryComponentLevelEnum = Object.fromEntries(BATTERY_COMPONENTS.map((c) => [c, c])) as Record<
  BatteryComponentLevel,
  BatteryComponentLevel
>;
registerEnumType(BatteryComponentLevelEnum, { name: 'BatteryComponentLevel', description: 'Pack, module or cell' });

@InputType({ description: 'A material of the battery model (Annex XIII 1(c)).' })
export class BatteryMaterialInput {
  @Field() name: string;
  @Field(() => MaterialComponentEnum) component: MaterialComponent;
  @Field(() => Float, { nullable: true, description: 'Mass of the material in one battery, kg' }) massKg?: number | null;
  @Field(() => String, { nullable: true, description: 'CAS Registry Number, e.g. 7782-42-5 (check digit verified)' })
  casNumber?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'On the EU list of critical raw materials (Regulation (EU) 2024/1252 Annex II)' })
  criticalRawMaterial?: boolean | null;
}

@InputType({ description: 'A hazardous substance in the battery and its impact (Annex XIII 1(b)).' })
export class HazardousSubstanceImpactInput {
  @Field() substanceName: string;
  @Field({ description: 'CAS Registry Number (check digit verified)' }) casNumber: string;
  @Field(() => HazardClassEnum) hazardClass: HazardClass;
  @Field(() => Float, { description: 'Concentration in the battery, percent by mass' }) concentrationPercent: number;
  @Field(() => MaterialComponentEnum, { description: 'Where in the battery the substance is' }) component: MaterialComponent;
  @Field(() => [String], { description: 'Impacts on the environment, human health, safety and persons' }) impacts: string[];
}

@InputType({ description: 'A part number of a component (Annex XIII 2(b)).' })
export class PartNumberInput {
  @Field() partName: string;
  @Field() partNumber: string;
}

@InputType({ description: 'A source of spare parts (Annex XIII 2(b)).' })
export class SparePartSourceInput {
  @Field() supplierName: string;
  @Field() streetAddress: string;
  @Field() postalCode: string;
  @Field({ description: 'ISO 3166-1 alpha-2' }) countryCode: string;
  @Field() emailAddress: string;
  @Field({ description: 'http or https address' }) webAddress: string;
  @Field(() => [String], { description: 'Recorded part numbers (partNumbers) this supplier sells' }) partNumbers: string[];
}

@InputType({ description: 'An initial internal resistance of the pack, a module or a cell.' })
export class InternalResistanceInput {
  @Field(() => BatteryComponentLevelEnum) batteryComponent: BatteryComponentLevel;
  @Field(() => Float, { description: 'Ohmic resistance, Ω' }) resistanceOhm: number;
}

@InputType({ description: 'A document kept elsewhere, named by its SHA-256; battrace stores the reference, not the bytes.' })
export class DocumentReferenceInput {
  @Field() title: string;
  @Field({ description: 'Media type, e.g. application/pdf' }) mediaType: string;
  @Field({ description: 'SHA-256 of the document bytes, 64 hexadecimal digits' }) sha256: string;
  @Field(() => String, { nullable: true, description: 'Where the document can be fetched (http or https)' }) url?: string | null;
  @Field(() => Float, { description: 'Size of the document, bytes' }) sizeBytes: number;
}

@InputType({ description: 'Model-level passport data; every field optional, units in the names. Shares are fractions 0..1.' })
export class ModelPassportValuesInput {
  @Field(() => [BatteryMaterialInput], { nullable: true }) batteryMaterials?: BatteryMaterialInput[] | null;
  @Field(() => [String], { nullable: true }) hazardousSubstanceNames?: string[] | null;
  @Field(() => [String], { nullable: true }) criticalRawMaterialNames?: string[] | null;
  @Field(() => Float, { nullable: true }) preConsumerRecycledCobaltShare?: number | null;
  @Field(() => Float, { nullable: true }) preConsumerRecycledLithiumShare?: number | null;
  @Field(() => Float, { nullable: true }) preConsumerRecycledNickelShare?: number | null;
  @Field(() => Float, { nullable: true }) preConsumerRecycledLeadShare?: number | null;
  @Field(() => Float, { nullable: true }) postConsumerRecycledCobaltShare?: number | null;
  @Field(() => Float, { nullable: true }) postConsumerRecycledLithiumShare?: number | null;
  @Field(() => Float, { nullable: true }) postConsumerRecycledNickelShare?: number | null;
  @Field(() => Float, { nullable: true }) postConsumerRecycledLeadShare?: number | null;
  @Field(() => Float, { nullable: true }) renewableContentShare?: number | null;
  @Field(() => DocumentReferenceInput, { nullable: true }) supplyChainDueDiligenceReport?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true }) declarationOfConformity?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true }) dismantlingAndRemovalInformation?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true }) safetyMeasures?: DocumentReferenceInput | null;
  @Field(() => String, { nullable: true }) extinguishingAgent?: string | null;
  @Field(() => Float, { nullable: true, description: 'Original power capability at 80 % state of charge, W' })
  originalPowerCapabilityW?: number | null;
  @Field(() => Float, { nullable: true }) ratedMaximumPowerW?: number | null;
  @Field(() => Float, { nullable: true }) capacityFadePercent?: number | null;
  @Field(() => Float, { nullable: true }) expectedLifetimeYears?: number | null;
  @Field(() => Float, { nullable: true }) temperatureRangeIdleStateLowerBoundaryC?: number | null;
  @Field(() => Float, { nullable: true }) temperatureRangeIdleStateUpperBoundaryC?: number | null;
  @Field(() => DocumentReferenceInput, { nullable: true }) separateCollectionSymbol?: DocumentReferenceInput | null;
  @Field(() => String, { nullable: true }) labelingMeaning?: string | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'The cadmium and lead symbols (Art. 13(4))' })
  cadmiumAndLeadSymbols?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'The carbon footprint label (voluntary)' })
  carbonFootprintLabel?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'Results of test reports proving compliance (authorities only)' })
  resultOfTestReport?: DocumentReferenceInput | null;
  @Field(() => String, { nullable: true, description: 'General battery and manufacturer information of the carbon footprint declaration' })
  carbonFootprintGeneralInformation?: string | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'Third-party assurances of recognised due-diligence schemes' })
  thirdPartyAssurances?: DocumentReferenceInput | null;
  @Field(() => Float, { nullable: true, description: 'Supply chain index score (voluntary)' }) supplyChainIndex?: number | null;
  @Field(() => [HazardousSubstanceImpactInput], { nullable: true }) hazardousSubstanceImpacts?: HazardousSubstanceImpactInput[] | null;
  @Field(() => [PartNumberInput], { nullable: true }) partNumbers?: PartNumberInput[] | null;
  @Field(() => [SparePartSourceInput], { nullable: true }) sparePartSources?: SparePartSourceInput[] | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'The end user’s role in waste prevention' })
  wastePrevention?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'The end user’s role in separate collection' })
  separateCollection?: DocumentReferenceInput | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'Collection, second life and treatment at end of life' })
  informationOnCollection?: DocumentReferenceInput | null;
  @Field(() => Float, { nullable: true }) minimumVoltageV?: number | null;
  @Field(() => Float, { nullable: true }) maximumVoltageV?: number | null;
  @Field(() => Float, { nullable: true }) powerFadePercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'Ratio of nominal power to energy, W/Wh (voluntary)' })
  powerCapabilityRatioWPerWh?: number | null;
  @Field(() => Float, { nullable: true, description: 'Initial round-trip energy efficiency, %' }) roundTripEfficiencyPercent?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Round-trip energy efficiency at 50 % of cycle life, %' })
  roundTripEfficiencyAt50PercentCycleLifePercent?: number | null;
  @Field(() => Float, { nullable: true }) roundTripEfficiencyFadePercent?: number | null;
  @Field(() => Float, { nullable: true, description: 'Initial self-discharge rate, % per month' })
  initialSelfDischargePercentPerMonth?: number | null;
  @Field(() => [InternalResistanceInput], { nullable: true, description: 'At least the pack and a cell' })
  initialInternalResistances?: InternalResistanceInput[] | null;
  @Field(() => Float, { nullable: true }) internalResistanceIncreasePercent?: number | null;
  @Field(() => DocumentReferenceInput, { nullable: true, description: 'The cycle-life reference test' })
  lifetimeReferenceTest?: DocumentReferenceInput | null;
  @Field(() => Float, { nullable: true, description: 'C-rate of the cycle-life test, A/Ah' }) cRateLifeCycleTestAPerAh?: number | null;
  @Field(() => Float, { nullable: true, description: 'Capacity threshold for exhaustion, % of rated capacity' })
  capacityThresholdForExhaustionPercent?: number | null;
}

@InputType()
export class RecordModelPassportDataInput {
  @Field(() => ID) modelId: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The version the correction starts from; CONFLICT (PASSPORT_VERSION_STALE) when it is not the latest',
  })
  expectedVersion?: number | null;
  @Field(() => ModelPassportValuesInput) values: ModelPassportValuesInput;
}
