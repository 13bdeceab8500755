import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { ChemistryEnum } from '../../battery-models/battery-model.model';
import type { Chemistry } from '../../battery-models/battery-model.types';
import { FUEL_TYPES, FuelType, Market, MARKETS, VEHICLE_CLASSES, VehicleClass } from '../displacement-defaults';

@InputType()
export class ParkYearScopeInput {
  @Field(() => ID) parkId: string;
  @Field(() => Int, { description: 'Batches of the park’s plants whose production ended in this year (UTC)' }) year: number;
}

@InputType({ description: 'A what-if over an energy total: N = energyKWh / packKWh, fractional.' })
export class EnergyScopeInput {
  @Field(() => Float) energyKWh: number;
  @Field(() => Float, { nullable: true, description: 'Default: the vehicle class’s typical pack' }) packKWh?: number | null;
  @Field(() => ChemistryEnum, { nullable: true, description: 'Sets the default embodied factor (NMC or LFP); else override it' })
  chemistry?: Chemistry | null;
}

@InputType({ description: 'Exactly one of batchId, shipmentId, parkYear, energy.' })
export class DisplacementScopeInput {
  @Field(() => ID, { nullable: true }) batchId?: string | null;
  @Field(() => ID, { nullable: true }) shipmentId?: string | null;
  @Field(() => ParkYearScopeInput, { nullable: true }) parkYear?: ParkYearScopeInput | null;
  @Field(() => EnergyScopeInput, { nullable: true }) energy?: EnergyScopeInput | null;
}

@InputType({ description: 'Any docs/methods/displacement.md parameter, replacing its default for this run.' })
export class DisplacementOverridesInput {
  @Field(() => Float, { nullable: true, description: 'D_vehicle (may be 0)' }) vehicleLifetimeKm?: number | null;
  // Strings rather than enums, so that an unknown value is a BAD_USER_INPUT naming the parameter.
  @Field(() => String, { nullable: true, description: `Displaced fuel: ${FUEL_TYPES.join(', ')}` }) fuelType?: FuelType | null;
  @Field(() => Float, { nullable: true, description: 'FC' }) fuelLitresPer100Km?: number | null;
  @Field(() => Float, { nullable: true }) fuelDensityKgPerL?: number | null;
  @Field(() => Float, { nullable: true, description: 'EF_ttw' }) tailpipeKgCo2PerKgFuel?: number | null;
  @Field(() => Float, { nullable: true, description: 'u_wtt (may be 0)' }) upstreamUplift?: number | null;
  @Field(() => Float, { nullable: true, description: 'EC' }) evKWhPer100Km?: number | null;
  @Field(() => Float, { nullable: true, description: 'eta_charge, above 0 and at most 1' }) chargingEfficiency?: number | null;
  @Field(() => Float, { nullable: true, description: 'Destination grid EF (may be 0)' }) gridKgCo2ePerKWh?: number | null;
  @Field(() => Float, { nullable: true, description: 'EF_batt, kg CO2e per kWh of capacity' }) batteryKgCo2ePerKWhCapacity?: number | null;
  @Field(() => Float, { nullable: true, description: 'FEC_life: full equivalent cycles; turns on the battery km limit D_batt' })
  cycleLife?: number | null;
  @Field(() => Float, { nullable: true, description: 'SOH_avg, above 0 and at most 1' }) averageStateOfHealth?: number | null;
  @Field(() => Float, { nullable: true, description: 'UF, above 0 and at most 1' }) electricShare?: number | null;
  @Field(() => Float, { nullable: true, description: 'Pack kWh (default: the battery model’s nominal energy)' }) packKWh?: number | null;
}

@InputType()
export class RequestDisplacementInput {
  @Field(() => DisplacementScopeInput) scope: DisplacementScopeInput;
  @Field(() => String, { description: `A docs/methods/displacement.md vehicle class: ${VEHICLE_CLASSES.join(', ')}` })
  vehicleClass: VehicleClass;
  @Field(() => String, {
    nullable: true,
    description: `${MARKETS.join(', ')}. Default: the consignees’ market when shipments say where the packs went, else the car class’s market`,
  })
  market?: Market | null;
  @Field(() => DisplacementOverridesInput, { nullable: true }) overrides?: DisplacementOverridesInput | null;
}
