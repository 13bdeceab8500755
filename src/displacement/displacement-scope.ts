import type { EntityManager } from 'typeorm';
import { DisplacementCoverage, displacementCoverage } from '../access/access-policy';
import { Actor } from '../access/actor';
import { badInput, notFound } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { optionalQuantity, requireId, requireQuantity, requireRange } from '../common/validate';
import { DisplacementDefaults, Sourced, VehicleClass } from './displacement-defaults';
import { vehiclesFromEnergy } from './displacement-formula';
import { SCOPE_KIND, ScopeKind } from './displacement-run.entity';
import {
  batchesById,
  batchesOfParkYear,
  consigneeCountriesOfBatches,
  declaredBatteryFactors,
  loadShipment,
  parkExists,
  ScopeBatch,
} from './displacement-scope.queries';
import { DisplacementScopeInput, EnergyScopeInput, ParkYearScopeInput } from './dto/request-displacement.input';
import { chooseEmbodiedFactor } from './embodied-factor';
import type { DisplacementOverrides } from './run-parameters';

/** One pack group of a run as the request writes it (displacement_run_groups). */
export interface GroupDraft {
  batchId: string | null;
  packKWh: number;
  packKWhSource: string;
  batteryKgCo2ePerKWhCapacity: number;
  batteryFactorSource: string;
  fixedVehicles: number | null;
}

/** What a run counts: its scope columns, whose packs, its pack groups and where they went. */
export interface ResolvedScope {
  kind: ScopeKind;
  access: DisplacementCoverage;
  batchId?: string;
  shipmentId?: string;
  parkId?: string;
  year?: number;
  energyKWh?: number;
  groups: GroupDraft[];
  consigneeCountries: string[];
}

/** What every scope resolver reads: the database, the defaults, the caller and the request. */
export interface ScopeContext {
  db: Pick<EntityManager, 'query'>;
  defaults: DisplacementDefaults;
  actor: Actor;
  vehicleClass: VehicleClass;
  overrides: DisplacementOverrides;
}

const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/** A park-year's year: whole, within 2000..2100. */
export function requireYear(field: string, year: number): void {
  if (!Number.isInteger(year)) throw badInput(field, `must be a whole year, got ${year}`);
  requireRange(field, year, YEAR_MIN, YEAR_MAX);
}

/** The scope of a request: exactly one of batch, shipment, park-year or energy total. */
export async function resolveScope(ctx: ScopeContext, scope: DisplacementScopeInput | null | undefined): Promise<ResolvedScope> {
  const s = scope ?? {};
  const given = [s.batchId, s.shipmentId, s.parkYear, s.energy].filter(isSet).length;
  if (given !== 1) throw badInput('input.scope', `give exactly one of batchId, shipmentId, parkYear, energy (got ${given})`);
  if (s.energy) return energyScope(ctx, s.energy);
  if (isSet(s.batchId)) return batchScope(ctx, s.batchId);
  if (isSet(s.shipmentId)) return shipmentScope(ctx, s.shipmentId);
  return parkYearScope(ctx, s.parkYear!);
}

/** A what-if over an energy total: one group, N = energy / pack size vehicles. */
function energyScope(ctx: ScopeContext, e: EnergyScopeInput): ResolvedScope {
  const { defaults, overrides: o } = ctx;
  const access = displacementCoverage(ctx.actor, { kind: SCOPE_KIND.ENERGY });
  requireQuantity('input.scope.energy.energyKWh', e.energyKWh, BOUNDS.batteryEnergyTotalKWh);
  optionalQuantity('input.scope.energy.packKWh', e.packKWh, BOUNDS.batteryEnergyKWh);
  const cls = defaults.vehicleClasses[ctx.vehicleClass];
  const pack: Sourced<number> = isSet(e.packKWh)
    ? { value: e.packKWh, source: 'given with the energy total' }
    : isSet(o.packKWh)
      ? { value: o.packKWh, source: 'caller override' }
      : { value: cls.typicalPackKWh, source: `${cls.source}: typical ${cls.label} pack` };
  if (!isSet(o.batteryKgCo2ePerKWhCapacity) && !e.chemistry) {
    throw badInput(
      'input.scope.energy.chemistry',
      'give the chemistry (its default embodied factor) or overrides.batteryKgCo2ePerKWhCapacity',
    );
  }
  const factor = chooseEmbodiedFactor(defaults, {
    override: o.batteryKgCo2ePerKWhCapacity,
    declared: null,
    chemistry: e.chemistry ?? '',
    noDefault: `docs/methods/displacement.md gives no default embodied factor for ${e.chemistry} (only NMC and LFP): give this override`,
  });
  return {
    kind: SCOPE_KIND.ENERGY,
    access,
    energyKWh: e.energyKWh,
    consigneeCountries: [],
    groups: [
      {
        batchId: null,
        packKWh: pack.value,
        packKWhSource: pack.source,
        batteryKgCo2ePerKWhCapacity: factor.value,
        batteryFactorSource: factor.source,
        fixedVehicles: vehiclesFromEnergy(e.energyKWh, pack.value),
      },
    ],
  };
}

/** Every registered pack of one batch. */
async function batchScope(ctx: ScopeContext, batchIdRaw: string): Promise<ResolvedScope> {
  const batchId = requireId('input.scope.batchId', batchIdRaw);
  const [batch] = await batchesById(ctx.db, [batchId]);
  if (!batch) throw notFound('Batch', batchId, 'input.scope.batchId');
  const access = displacementCoverage(ctx.actor, { kind: SCOPE_KIND.BATCH, manufacturerId: batch.manufacturerId }, 'input.scope.batchId');
  return {
    kind: SCOPE_KIND.BATCH,
    access,
    batchId,
    groups: await batchGroups(ctx, [batch], null),
    consigneeCountries: await consigneeCountriesOfBatches(ctx.db, [batchId]),
  };
}

/** The packs on a shipment's cargo lines, counted at request time. */
async function shipmentScope(ctx: ScopeContext, shipmentIdRaw: string): Promise<ResolvedScope> {
  const shipmentId = requireId('input.scope.shipmentId', shipmentIdRaw);
  const shipment = await loadShipment(ctx.db, shipmentId);
  if (!shipment) throw notFound('Shipment', shipmentId, 'input.scope.shipmentId');
  const access = displacementCoverage(ctx.actor, { kind: SCOPE_KIND.SHIPMENT, parties: shipment }, 'input.scope.shipmentId');
  const batches = await batchesById(
    ctx.db,
    shipment.packsByBatch.map((l) => l.batchId),
  );
  const packs = new Map(shipment.packsByBatch.map((l) => [l.batchId, l.packs]));
  return {
    kind: SCOPE_KIND.SHIPMENT,
    access,
    shipmentId,
    groups: await batchGroups(ctx, batches, packs),
    consigneeCountries: [shipment.consigneeCountry],
  };
}

/** The batches made at a park's plants that ended production in a year (only the caller's, for a manufacturer). */
async function parkYearScope(ctx: ScopeContext, py: ParkYearScopeInput): Promise<ResolvedScope> {
  const parkId = requireId('input.scope.parkYear.parkId', py.parkId);
  requireYear('input.scope.parkYear.year', py.year);
  if (!(await parkExists(ctx.db, parkId))) throw notFound('Park', parkId, 'input.scope.parkYear.parkId');
  const access = displacementCoverage(ctx.actor, { kind: SCOPE_KIND.PARK_YEAR }, 'input.scope.parkYear');
  const only = access.coverage === 'MANUFACTURER' ? access.manufacturerId : null;
  const batches = await batchesOfParkYear(ctx.db, parkId, py.year, only);
  if (batches.length === 0) {
    throw badInput(
      'input.scope.parkYear.year',
      `no ${only ? 'batch of yours' : 'batch'} made at the park's plants ended production in ${py.year}`,
    );
  }
  return {
    kind: SCOPE_KIND.PARK_YEAR,
    access,
    parkId,
    year: py.year,
    groups: await batchGroups(ctx, batches, null),
    consigneeCountries: await consigneeCountriesOfBatches(
      ctx.db,
      batches.map((b) => b.id),
    ),
  };
}

/** One group per batch: its pack size and embodied factor, each with its source. */
async function batchGroups(ctx: ScopeContext, batches: ScopeBatch[], fixedPacks: Map<string, number> | null): Promise<GroupDraft[]> {
  const o = ctx.overrides;
  const declared = isSet(o.batteryKgCo2ePerKWhCapacity)
    ? new Map<string, { value: number; version: number }>()
    : await declaredBatteryFactors(
        ctx.db,
        batches.map((b) => b.id),
      );
  return batches.map((b) => {
    const d = declared.get(b.id);
    const factor = chooseEmbodiedFactor(ctx.defaults, {
      override: o.batteryKgCo2ePerKWhCapacity,
      declared: d ? { value: d.value, source: `declared footprint v${d.version} of batch ${b.batchNumber}` } : null,
      chemistry: b.chemistry,
      noDefault: `batch ${b.batchNumber} is ${b.chemistry}, which has no declared footprint and no default embodied factor in docs/methods/displacement.md (only NMC and LFP): give this override`,
    });
    return {
      batchId: b.id,
      packKWh: o.packKWh ?? b.nominalEnergyKWh,
      packKWhSource: isSet(o.packKWh) ? 'caller override' : `nominal energy of the battery model of batch ${b.batchNumber}`,
      batteryKgCo2ePerKWhCapacity: factor.value,
      batteryFactorSource: factor.source,
      fixedVehicles: fixedPacks ? (fixedPacks.get(b.id) ?? 0) : null,
    };
  });
}
