import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { MATERIAL_COMPONENTS, MaterialComponent } from '../model-passport-data';

export const MaterialComponentEnum = Object.fromEntries(MATERIAL_COMPONENTS.map((c) => [c, c])) as Record<
  MaterialComponent,
  MaterialComponent
>;
registerEnumType(MaterialComponentEnum, { name: 'BatteryMaterialComponent', description: 'The part of a battery a material is in' });

@InputType({ description: 'A material of the battery model (Annex XIII 1(c)).' })
export class BatteryMaterialInput {
  @Field() name: string;
  @Field(() => MaterialComponentEnum) component: MaterialComponent;
  @Field(() => Float, { nullable: true, description: 'Mass of the material in one battery, kg' }) massKg?: number | null;
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
  @Field(() => Float, { nullable: true }) originalPowerCapabilityW?: number | null;
  @Field(() => Float, { nullable: true }) ratedMaximumPowerW?: number | null;
  @Field(() => Float, { nullable: true }) capacityFadePercent?: number | null;
  @Field(() => Float, { nullable: true }) expectedLifetimeYears?: number | null;
  @Field(() => Float, { nullable: true }) temperatureRangeIdleStateLowerBoundaryC?: number | null;
  @Field(() => Float, { nullable: true }) temperatureRangeIdleStateUpperBoundaryC?: number | null;
  @Field(() => DocumentReferenceInput, { nullable: true }) separateCollectionSymbol?: DocumentReferenceInput | null;
  @Field(() => String, { nullable: true }) labelingMeaning?: string | null;
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
