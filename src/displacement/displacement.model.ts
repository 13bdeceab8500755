import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FUEL_TYPES, FuelType, Market, MARKETS, VEHICLE_CLASSES, VehicleClass } from './displacement-defaults';
import { RUN_STATUSES, RunCoverage, RunStatus, SCOPE_KINDS, ScopeKind } from './displacement-run.entity';
import type { ParameterOrigin } from './run-parameters';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const VehicleClassEnum = asEnum(VEHICLE_CLASSES);
export const MarketEnum = asEnum(MARKETS);
export const FuelTypeEnum = asEnum(FUEL_TYPES);
export const DisplacementRunStatusEnum = asEnum(RUN_STATUSES);
export const DisplacementScopeKindEnum = asEnum(SCOPE_KINDS);
export const DisplacementCoverageEnum = asEnum<RunCoverage>(['ALL', 'MANUFACTURER', 'CONSIGNEE', 'WHAT_IF']);
export const ParameterOriginEnum = asEnum<ParameterOrigin>(['DEFAULT', 'OVERRIDE', 'BATTERY_MODEL', 'FOOTPRINT', 'SHIPMENT', 'INPUT']);
registerEnumType(VehicleClassEnum, {
  name: 'VehicleClass',
  description:
    'docs/methods/displacement.md vehicle classes: each sets lifetime km, the displaced fuel and its L/100 km, EV kWh/100 km, typical pack kWh',
});
registerEnumType(MarketEnum, {
  name: 'Market',
  description: 'Where the packs are used: sets the grid the EVs charge from (docs/methods/displacement.md)',
});
registerEnumType(FuelTypeEnum, { name: 'FuelType' });
registerEnumType(DisplacementRunStatusEnum, { name: 'DisplacementRunStatus' });
registerEnumType(DisplacementScopeKindEnum, { name: 'DisplacementScopeKind' });
registerEnumType(DisplacementCoverageEnum, {
  name: 'DisplacementCoverage',
  description: 'Whose packs the run counts: all of the scope, only the requesting manufacturer’s, or none (a what-if)',
});
registerEnumType(ParameterOriginEnum, { name: 'ParameterOrigin' });

export const MODELLED_ESTIMATE_LABEL =
  'Modelled estimate (battrace lifecycle displacement, docs/methods/displacement.md method): gross tailpipe CO2, gross well-to-wheel CO2e and net CO2e ' +
  '(after EV charging electricity and the battery’s embodied footprint) are separate figures; every parameter and its source is listed ' +
  'with the run so that it can be repeated.';

@ObjectType('DisplacementScope')
export class DisplacementScopeModel {
  @Field(() => DisplacementScopeKindEnum) kind: ScopeKind;
  @Field(() => ID, { nullable: true }) batchId: string | null;
  @Field(() => ID, { nullable: true }) shipmentId: string | null;
  @Field(() => ID, { nullable: true }) parkId: string | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => Float, { nullable: true }) energyKWh: number | null;
}

@ObjectType('DisplacementProgress', { description: 'Packs counted so far of the packs in scope (vehicles for a what-if).' })
export class DisplacementProgressModel {
  @Field(() => Float) unitsDone: number;
  @Field(() => Float, { nullable: true, description: 'Known once the run is planned' }) unitsTotal: number | null;
  @Field(() => Int) chunksDone: number;
  @Field(() => Int, { nullable: true }) chunksTotal: number | null;
}

@ObjectType('DisplacementParameterSource', { description: 'One parameter of a run: its value and where it came from.' })
export class ParameterSourceModel {
  @Field() parameter: string;
  @Field() value: string;
  @Field(() => ParameterOriginEnum) origin: ParameterOrigin;
  @Field() source: string;
}

@ObjectType('DisplacementPackGroup', {
  description: 'Packs of a run sharing a pack size and an embodied factor (one per batch, or the what-if).',
})
export class PackGroupModel {
  @Field(() => ID, { nullable: true }) batchId: string | null;
  @Field(() => Float) packKWh: number;
  @Field() packKWhSource: string;
  @Field(() => Float) batteryKgCo2ePerKWhCapacity: number;
  @Field() batteryFactorSource: string;
  @Field(() => Float, { nullable: true, description: 'Vehicles (packs) of the group, once counted' }) vehicles: number | null;
}

@ObjectType('DisplacementParameters', {
  description: 'The exact parameter set of a run (docs/methods/displacement.md symbols in the descriptions).',
})
export class DisplacementParametersModel {
  @Field({ description: 'Version of the defaults table the run used' }) defaultsVersion: string;
  @Field(() => VehicleClassEnum) vehicleClass: VehicleClass;
  @Field(() => MarketEnum) market: Market;
  @Field(() => FuelTypeEnum) fuelType: FuelType;
  @Field(() => Float, { description: 'D_vehicle' }) vehicleLifetimeKm: number;
  @Field(() => Float, { description: 'FC' }) fuelLitresPer100Km: number;
  @Field(() => Float) fuelDensityKgPerL: number;
  @Field(() => Float, { description: 'EF_ttw, kg CO2 per kg fuel' }) tailpipeKgCo2PerKgFuel: number;
  @Field(() => Float, { description: 'u_wtt' }) upstreamUplift: number;
  @Field(() => Float, { description: 'EC' }) evKWhPer100Km: number;
  @Field(() => Float, { description: 'eta_charge' }) chargingEfficiency: number;
  @Field(() => Float, { description: 'EF_grid at the destination' }) gridKgCo2ePerKWh: number;
  @Field(() => Float, { nullable: true, description: 'FEC_life; null: D_batt not applied' }) cycleLife: number | null;
  @Field(() => Float, { description: 'SOH_avg' }) averageStateOfHealth: number;
  @Field(() => Float, { description: 'UF' }) electricShare: number;
  @Field(() => [ParameterSourceModel]) sources: ParameterSourceModel[];
}

@ObjectType('DisplacementResult', { description: 'Modelled estimate; the three CO2 figures are never one label.' })
export class DisplacementResultModel {
  @Field() label: string;
  @Field(() => Float, { description: 'N: packs, or energy / pack size for a what-if (fractional)' }) vehicles: number;
  @Field(() => Float, { description: 'D_cred' }) creditedKmPerPack: number;
  @Field(() => Float) fuelDisplacedLitres: number;
  @Field(() => Float) fuelDisplacedTonnes: number;
  @Field(() => Float, { description: 'Gross tailpipe CO2 of the fuel not burnt' }) tailpipeCo2Tonnes: number;
  @Field(() => Float, { description: 'Gross well-to-wheel: tailpipe plus fuel production upstream' }) wellToWheelCo2eTonnes: number;
  @Field(() => Float) evElectricityMWh: number;
  @Field(() => Float) evUseCo2eTonnes: number;
  @Field(() => Float) batteryEmbodiedCo2eTonnes: number;
  @Field(() => Float, { description: 'WTW − EV use − battery; may be negative' }) netCo2eTonnes: number;
  @Field(() => Float, { nullable: true, description: 'Null when no fuel is displaced' }) tailpipeCo2PerTonneFuel: number | null;
  @Field(() => Float, { nullable: true, description: 'Null when no fuel is displaced' }) netCo2ePerTonneFuel: number | null;
}

@ObjectType('DisplacementRun')
export class DisplacementRunModel {
  @Field(() => ID) id: string;
  @Field(() => DisplacementRunStatusEnum) status: RunStatus;
  @Field(() => String, { nullable: true, description: 'Why the run failed' }) error: string | null;
  @Field(() => DisplacementScopeModel) scope: DisplacementScopeModel;
  @Field(() => DisplacementCoverageEnum) coverage: RunCoverage;
  @Field(() => VehicleClassEnum) vehicleClass: VehicleClass;
  @Field(() => MarketEnum) market: Market;
  @Field(() => DisplacementProgressModel) progress: DisplacementProgressModel;
  @Field(() => DisplacementParametersModel) parameters: DisplacementParametersModel;
  @Field(() => DisplacementResultModel, { nullable: true, description: 'Set when COMPLETED' }) result: DisplacementResultModel | null;
  @Field() requestedAt: Date;
  @Field(() => Date, { nullable: true }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType('DisplacementSummaryGroup', { description: 'A market and vehicle class of a park-year: the sum of the runs listed.' })
export class DisplacementSummaryGroupModel {
  @Field(() => MarketEnum) market: Market;
  @Field(() => VehicleClassEnum) vehicleClass: VehicleClass;
  @Field(() => [ID], { description: 'The completed runs summed (the latest per coverage)' }) runIds: string[];
  @Field(() => DisplacementResultModel) result: DisplacementResultModel;
}

@ObjectType('ParkDisplacementSummary')
export class ParkDisplacementSummaryModel {
  @Field(() => ID) parkId: string;
  @Field(() => Int) year: number;
  @Field() label: string;
  @Field(() => [DisplacementSummaryGroupModel], {
    description: 'One per market and vehicle class. Groups are alternative or complementary scenarios: never add them up blindly.',
  })
  groups: DisplacementSummaryGroupModel[];
}
