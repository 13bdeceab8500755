import { Field, Float, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'One material of the batch: a factor row, or a declared kg CO2e per kg with its evidence.' })
export class MaterialInput {
  @Field({ description: 'e.g. lithium carbonate, LFP cathode active material, graphite, aluminium' }) material: string;
  @Field(() => String, { nullable: true }) supplierName?: string | null;
  @Field(() => ID, { nullable: true, description: 'The supplier, when it is an organization on battrace' }) supplierOrganizationId?:
    string | null;
  @Field({ description: 'ISO 3166-1 alpha-2' }) originCountry: string;
  @Field(() => Float, { description: 'Mass used for the whole batch, kg (> 0)' }) massKg: number;
  @Field(() => ID, { nullable: true, description: 'An emission factor row of kind MATERIAL' }) factorId?: string | null;
  @Field(() => Float, { nullable: true, description: 'Declared kg CO2e per kg, instead of a factor row' }) declaredKgCo2ePerKg?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Evidence for a declared value (EPD, supplier PCF, ...)' }) evidence?: string | null;
  @Field(() => Float, { nullable: true, defaultValue: 0, description: 'Recycled share 0..1 (reported)' }) recycledShare?: number | null;
}

@InputType({ description: 'Manufacturing electricity: metered for the batch, or the plant total allocated by output energy.' })
export class ElectricityInput {
  @Field(() => Float, { nullable: true }) meteredKWh?: number | null;
  @Field(() => Float, { nullable: true, description: 'Plant metered kWh over the production period' }) plantMeteredKWh?: number | null;
  @Field(() => Float, { nullable: true, description: 'Plant output energy (kWh of capacity) over the same period' }) plantOutputEnergyKWh?:
    number | null;
  @Field(() => [String], { nullable: true }) meterIds?: string[] | null;
}

@InputType({ description: 'Other process energy (e.g. process heat) with a PROCESS_ENERGY factor row or a declared factor.' })
export class ProcessEnergyInput {
  @Field() name: string;
  @Field(() => Float) energyKWh: number;
  @Field(() => ID, { nullable: true }) factorId?: string | null;
  @Field(() => Float, { nullable: true }) declaredKgCo2ePerKWh?: number | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType({ description: 'End of life: an END_OF_LIFE factor row (kg CO2e per kg of battery) or a declared total with evidence.' })
export class EndOfLifeInput {
  @Field(() => ID, { nullable: true }) factorId?: string | null;
  @Field(() => Float, { nullable: true }) declaredKgCo2e?: number | null;
  @Field(() => String, { nullable: true }) evidence?: string | null;
}

@InputType({ description: 'Used for DISTRIBUTION until transport emissions are recorded for the batch; flagged as an estimate.' })
export class DistributionEstimateInput {
  @Field(() => Float) kgCo2e: number;
  @Field({ description: 'How the estimate was made' }) basis: string;
}

@InputType({ description: 'For models without a vehicle category: cycles per year, declared and justified (docs/methods/footprint.md).' })
export class DeclaredCyclesInput {
  @Field(() => Float) cyclesPerYear: number;
  @Field() justification: string;
}

@InputType({ description: 'PEF data quality ratings, each 1 (best) to 5' })
export class DataQualityInput {
  @Field(() => Float) teR: number;
  @Field(() => Float) geR: number;
  @Field(() => Float) tiR: number;
  @Field(() => Float) p: number;
}

@InputType({ description: 'Offsets, recorded apart: they never reduce the footprint (docs/methods/footprint.md).' })
export class OffsetsInput {
  @Field(() => Float) kgCo2e: number;
  @Field() scheme: string;
}

@InputType({ description: 'The footprint inputs of a batch; each call records a new version (missing parts may be added later).' })
export class RecordFootprintInputsInput {
  @Field(() => ID) batchId: string;
  @Field(() => Float, { nullable: true, description: 'Output energy in kWh; default: declared packs × the model nominal energy' })
  outputEnergyKWh?: number | null;
  @Field(() => [MaterialInput], { nullable: true }) materials?: MaterialInput[] | null;
  @Field(() => ElectricityInput, { nullable: true }) electricity?: ElectricityInput | null;
  @Field(() => [ProcessEnergyInput], { nullable: true }) processEnergy?: ProcessEnergyInput[] | null;
  @Field(() => EndOfLifeInput, { nullable: true }) endOfLife?: EndOfLifeInput | null;
  @Field(() => DistributionEstimateInput, { nullable: true }) distributionEstimate?: DistributionEstimateInput | null;
  @Field(() => DeclaredCyclesInput, { nullable: true }) declaredFullEquivalentCycles?: DeclaredCyclesInput | null;
  @Field(() => DataQualityInput, { nullable: true }) dataQuality?: DataQualityInput | null;
  @Field(() => OffsetsInput, { nullable: true }) offsets?: OffsetsInput | null;
}
