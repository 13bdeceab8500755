import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MaterialLine')
export class MaterialLineModel {
  @Field() material: string;
  @Field(() => String, { nullable: true }) supplierName: string | null;
  @Field(() => ID, { nullable: true }) supplierOrganizationId: string | null;
  @Field() originCountry: string;
  @Field(() => Float) massKg: number;
  @Field(() => ID, { nullable: true }) factorId: string | null;
  @Field(() => Float, { nullable: true }) declaredKgCo2ePerKg: number | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
  @Field(() => Float) recycledShare: number;
}

@ObjectType('ElectricityInputs')
export class ElectricityInputsModel {
  @Field(() => Float, { nullable: true }) meteredKWh: number | null;
  @Field(() => Float, { nullable: true }) plantMeteredKWh: number | null;
  @Field(() => Float, { nullable: true }) plantOutputEnergyKWh: number | null;
  @Field(() => [String]) meterIds: string[];
}

@ObjectType('ProcessEnergyLine')
export class ProcessEnergyLineModel {
  @Field() name: string;
  @Field(() => Float) energyKWh: number;
  @Field(() => ID, { nullable: true }) factorId: string | null;
  @Field(() => Float, { nullable: true }) declaredKgCo2ePerKWh: number | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
}

@ObjectType('EndOfLifeInputs')
export class EndOfLifeInputsModel {
  @Field(() => ID, { nullable: true }) factorId: string | null;
  @Field(() => Float, { nullable: true }) declaredKgCo2e: number | null;
  @Field(() => String, { nullable: true }) evidence: string | null;
}

@ObjectType('DistributionEstimate')
export class DistributionEstimateModel {
  @Field(() => Float) kgCo2e: number;
  @Field() basis: string;
}

@ObjectType('DeclaredCycles')
export class DeclaredCyclesModel {
  @Field(() => Float) cyclesPerYear: number;
  @Field() justification: string;
}

@ObjectType('DataQualityRatings')
export class DataQualityModel {
  @Field(() => Float) teR: number;
  @Field(() => Float) geR: number;
  @Field(() => Float) tiR: number;
  @Field(() => Float) p: number;
}

@ObjectType('OffsetsRecord')
export class OffsetsModel {
  @Field(() => Float) kgCo2e: number;
  @Field() scheme: string;
}

@ObjectType('FootprintInputs', { description: 'One recorded version of a batch’s footprint inputs (owner and administrator).' })
export class FootprintInputsModel {
  @Field(() => ID) id: string;
  @Field(() => ID) batchId: string;
  @Field(() => Int) version: number;
  @Field() documentSha256: string;
  @Field() recordedBy: string;
  @Field() createdAt: Date;
  @Field(() => Float, { nullable: true }) outputEnergyKWh: number | null;
  @Field(() => [MaterialLineModel]) materials: MaterialLineModel[];
  @Field(() => ElectricityInputsModel, { nullable: true }) electricity: ElectricityInputsModel | null;
  @Field(() => [ProcessEnergyLineModel]) processEnergy: ProcessEnergyLineModel[];
  @Field(() => EndOfLifeInputsModel, { nullable: true }) endOfLife: EndOfLifeInputsModel | null;
  @Field(() => DistributionEstimateModel, { nullable: true }) distributionEstimate: DistributionEstimateModel | null;
  @Field(() => DeclaredCyclesModel, { nullable: true }) declaredFullEquivalentCycles: DeclaredCyclesModel | null;
  @Field(() => DataQualityModel, { nullable: true }) dataQuality: DataQualityModel | null;
  @Field(() => OffsetsModel, { nullable: true }) offsets: OffsetsModel | null;
}
