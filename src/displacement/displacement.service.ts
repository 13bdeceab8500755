import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { canReadDisplacementRun, DisplacementCoverage, displacementCoverage } from '../access/access-policy';
import { Actor } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { badInput, forbidden, notFound } from '../common/errors';
import { BOUNDS } from '../common/physical-bounds';
import { optionalQuantity, requireId, requireQuantity, requireRange } from '../common/validate';
import { enqueueInTransaction } from '../jobs/job-outbox';
import { JobName } from '../jobs/job-registry';
import {
  batteryFactorFamily,
  DISPLACEMENT_DEFAULTS,
  DisplacementDefaults,
  FUEL_TYPES,
  MARKETS,
  Sourced,
  VEHICLE_CLASSES,
  VehicleClass,
} from './displacement-defaults';
import { vehiclesFromEnergy } from './displacement-formula';
import { DisplacementRunEntity, DisplacementRunGroupEntity, RUN_STATUS, SCOPE_KIND, ScopeKind } from './displacement-run.entity';
import {
  batchesById,
  batchesOfParkYear,
  consigneeCountriesOfBatches,
  declaredBatteryFactors,
  loadShipment,
  parkExists,
  ScopeBatch,
} from './displacement-scope.queries';
import { MODELLED_ESTIMATE_LABEL, DisplacementRunModel, PackGroupModel, ParkDisplacementSummaryModel } from './displacement.model';
import { RequestDisplacementInput } from './dto/request-displacement.input';
import { chooseMarket } from './markets';
import { summarizeParkYear, SummaryRun } from './park-summary';
import { DisplacementOverrides, resolveRunParameters, validateOverrides } from './run-parameters';

interface GroupDraft {
  batchId: string | null;
  packKWh: number;
  packKWhSource: string;
  batteryKgCo2ePerKWhCapacity: number;
  batteryFactorSource: string;
  fixedVehicles: number | null;
}

interface ResolvedScope {
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

const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

/**
 * Lifecycle displacement runs (issue 7, DOMAIN.md §6). A request resolves its scope and its exact
 * parameter set, then writes the run, its pack groups and an outbox row for the plan job in one
 * transaction; the worker processes do the counting (jobs/).
 */
@Injectable()
export class DisplacementService {
  private readonly defaults: DisplacementDefaults = DISPLACEMENT_DEFAULTS;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async request(actor: Actor, input: RequestDisplacementInput): Promise<DisplacementRunModel> {
    if (!(VEHICLE_CLASSES as readonly string[]).includes(input.vehicleClass)) {
      throw badInput('input.vehicleClass', `unknown vehicle class "${input.vehicleClass}"; one of ${VEHICLE_CLASSES.join(', ')}`);
    }
    if (isSet(input.market) && !(MARKETS as readonly string[]).includes(input.market)) {
      throw badInput('input.market', `unknown market "${input.market}"; one of ${MARKETS.join(', ')}`);
    }
    const overrides: DisplacementOverrides = input.overrides ?? {};
    if (isSet(overrides.fuelType) && !(FUEL_TYPES as readonly string[]).includes(overrides.fuelType)) {
      throw badInput('input.overrides.fuelType', `unknown fuel "${overrides.fuelType}"; one of ${FUEL_TYPES.join(', ')}`);
    }
    validateOverrides(overrides);

    const scope = await this.resolveScope(actor, input, overrides);
    const market = chooseMarket(this.defaults, input.vehicleClass, input.market, scope.consigneeCountries);
    const parameters = resolveRunParameters(this.defaults, input.vehicleClass, market, overrides);

    const id = randomUUID();
    await this.db.transaction(async (em) => {
      await em.insert(DisplacementRunEntity, {
        id,
        requestedByType: actor.type === 'ADMIN' ? 'ADMIN' : 'ORGANIZATION',
        requestedByOrganizationId: actor.type === 'ORGANIZATION' ? actor.organizationId : null,
        coverage: scope.access.coverage,
        scopeKind: scope.kind,
        batchId: scope.batchId ?? null,
        shipmentId: scope.shipmentId ?? null,
        parkId: scope.parkId ?? null,
        year: scope.year ?? null,
        energyKWh: scope.energyKWh ?? null,
        vehicleClass: input.vehicleClass,
        market: market.market,
        defaultsVersion: this.defaults.version,
        parameters,
        status: RUN_STATUS.QUEUED,
      });
      if (scope.groups.length) {
        await em.query(
          `INSERT INTO displacement_run_groups
             (run_id, group_no, batch_id, pack_kwh, pack_kwh_source, battery_kg_co2e_per_kwh, battery_factor_source, fixed_vehicles)
           SELECT $1, g.no - 1, g.batch_id, g.pack_kwh, g.pack_kwh_source, g.ef, g.ef_source, g.fixed
             FROM unnest($2::uuid[], $3::float8[], $4::text[], $5::float8[], $6::text[], $7::float8[])
                  WITH ORDINALITY AS g(batch_id, pack_kwh, pack_kwh_source, ef, ef_source, fixed, no)`,
          [
            id,
            scope.groups.map((g) => g.batchId),
            scope.groups.map((g) => g.packKWh),
            scope.groups.map((g) => g.packKWhSource),
            scope.groups.map((g) => g.batteryKgCo2ePerKWhCapacity),
            scope.groups.map((g) => g.batteryFactorSource),
            scope.groups.map((g) => g.fixedVehicles),
          ],
        );
      }
      await enqueueInTransaction(em, [{ name: JobName.DisplacementPlan, data: { runId: id } }]);
      await this.audit.append(em, actor, { action: 'displacement.request', subjectType: 'DisplacementRun', subjectId: id, input });
    });
    return this.toModel(await this.db.getRepository(DisplacementRunEntity).findOneByOrFail({ id }));
  }

  async run(actor: Actor, runId: string): Promise<DisplacementRunModel> {
    const id = requireId('id', runId);
    const run = await this.db.getRepository(DisplacementRunEntity).findOneBy({ id });
    if (!run) throw notFound('Displacement run', runId, 'id');
    if (!canReadDisplacementRun(actor, run.requestedByOrganizationId))
      throw forbidden('a displacement run is read by whoever requested it', 'id');
    return this.toModel(run);
  }

  async packGroups(runId: string): Promise<PackGroupModel[]> {
    const rows = await this.db.getRepository(DisplacementRunGroupEntity).find({ where: { runId }, order: { groupNo: 'ASC' } });
    return rows.map((g) => ({
      batchId: g.batchId,
      packKWh: g.packKWh,
      packKWhSource: g.packKWhSource,
      batteryKgCo2ePerKWhCapacity: g.batteryKgCo2ePerKWhCapacity,
      batteryFactorSource: g.batteryFactorSource,
      vehicles: g.vehicles ?? g.fixedVehicles,
    }));
  }

  /** The completed park-year runs the caller may read, by market and vehicle class (see park-summary.ts). */
  async parkSummary(actor: Actor, parkIdRaw: string, year: number): Promise<ParkDisplacementSummaryModel> {
    const parkId = requireId('parkId', parkIdRaw);
    if (!Number.isInteger(year)) throw badInput('year', `must be a whole year, got ${year}`);
    requireRange('year', year, YEAR_MIN, YEAR_MAX);
    if (!(await parkExists(this.db, parkId))) throw notFound('Park', parkId, 'parkId');
    const mine = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
    const rows = await this.db
      .getRepository(DisplacementRunEntity)
      .createQueryBuilder('r')
      .where(
        `r.scope_kind = '${SCOPE_KIND.PARK_YEAR}' AND r.park_id = :parkId AND r.year = :year AND r.status = '${RUN_STATUS.COMPLETED}'`,
        { parkId, year },
      )
      .andWhere(actor.type === 'ADMIN' ? '1 = 1' : `r.coverage = 'MANUFACTURER' AND r.requested_by_organization_id = :mine`, { mine })
      .orderBy('r.completed_at', 'ASC')
      .getMany();
    const runs: SummaryRun[] = rows
      .filter((r) => r.result && (r.coverage === 'ALL' || r.coverage === 'MANUFACTURER'))
      .map((r) => ({
        id: r.id,
        market: r.market as SummaryRun['market'],
        vehicleClass: r.vehicleClass as VehicleClass,
        coverage: r.coverage as SummaryRun['coverage'],
        manufacturerId: r.coverage === 'MANUFACTURER' ? r.requestedByOrganizationId : null,
        completedAt: r.completedAt!,
        result: r.result!,
      }));
    return {
      parkId,
      year,
      label: MODELLED_ESTIMATE_LABEL,
      groups: summarizeParkYear(runs).map((g) => ({ ...g, result: { label: MODELLED_ESTIMATE_LABEL, ...g.result } })),
    };
  }

  toModel(r: DisplacementRunEntity): DisplacementRunModel {
    return {
      id: r.id,
      status: r.status,
      error: r.error,
      scope: { kind: r.scopeKind, batchId: r.batchId, shipmentId: r.shipmentId, parkId: r.parkId, year: r.year, energyKWh: r.energyKWh },
      coverage: r.coverage,
      vehicleClass: r.vehicleClass as VehicleClass,
      market: r.market as DisplacementRunModel['market'],
      progress: { unitsDone: r.unitsDone, unitsTotal: r.unitsTotal, chunksDone: r.chunksDone, chunksTotal: r.chunksTotal },
      parameters: r.parameters,
      result: r.result ? { label: MODELLED_ESTIMATE_LABEL, ...r.result } : null,
      requestedAt: r.createdAt,
      startedAt: r.startedAt,
      completedAt: r.completedAt,
    };
  }

  private async resolveScope(actor: Actor, input: RequestDisplacementInput, o: DisplacementOverrides): Promise<ResolvedScope> {
    const s = input.scope ?? {};
    const given = [s.batchId, s.shipmentId, s.parkYear, s.energy].filter((v) => v !== null && v !== undefined).length;
    if (given !== 1) throw badInput('input.scope', `give exactly one of batchId, shipmentId, parkYear, energy (got ${given})`);

    if (s.energy) {
      const access = displacementCoverage(actor, { kind: 'ENERGY' });
      requireQuantity('input.scope.energy.energyKWh', s.energy.energyKWh, BOUNDS.batteryEnergyTotalKWh);
      optionalQuantity('input.scope.energy.packKWh', s.energy.packKWh, BOUNDS.batteryEnergyKWh);
      const cls = this.defaults.vehicleClasses[input.vehicleClass];
      const pack: Sourced<number> = isSet(s.energy.packKWh)
        ? { value: s.energy.packKWh, source: 'given with the energy total' }
        : isSet(o.packKWh)
          ? { value: o.packKWh, source: 'caller override' }
          : { value: cls.typicalPackKWh, source: `${cls.source}: typical ${cls.label} pack` };
      let factor: Sourced<number>;
      if (isSet(o.batteryKgCo2ePerKWhCapacity)) factor = { value: o.batteryKgCo2ePerKWhCapacity, source: 'caller override' };
      else if (s.energy.chemistry) {
        const family = batteryFactorFamily(s.energy.chemistry);
        if (!family) {
          throw badInput(
            'input.overrides.batteryKgCo2ePerKWhCapacity',
            `DOMAIN.md §6 gives no default embodied factor for ${s.energy.chemistry} (only NMC and LFP): give this override`,
          );
        }
        factor = this.defaults.batteryKgCo2ePerKWhCapacity[family];
      } else {
        throw badInput(
          'input.scope.energy.chemistry',
          'give the chemistry (its default embodied factor) or overrides.batteryKgCo2ePerKWhCapacity',
        );
      }
      return {
        kind: 'ENERGY',
        access,
        energyKWh: s.energy.energyKWh,
        consigneeCountries: [],
        groups: [
          {
            batchId: null,
            packKWh: pack.value,
            packKWhSource: pack.source,
            batteryKgCo2ePerKWhCapacity: factor.value,
            batteryFactorSource: factor.source,
            fixedVehicles: vehiclesFromEnergy(s.energy.energyKWh, pack.value),
          },
        ],
      };
    }

    if (isSet(s.batchId)) {
      const batchId = requireId('input.scope.batchId', s.batchId);
      const [batch] = await batchesById(this.db.manager, [batchId]);
      if (!batch) throw notFound('Batch', batchId, 'input.scope.batchId');
      const access = displacementCoverage(actor, { kind: 'BATCH', manufacturerId: batch.manufacturerId }, 'input.scope.batchId');
      return {
        kind: 'BATCH',
        access,
        batchId,
        groups: await this.batchGroups([batch], o, null),
        consigneeCountries: await consigneeCountriesOfBatches(this.db.manager, [batchId]),
      };
    }

    if (isSet(s.shipmentId)) {
      const shipmentId = requireId('input.scope.shipmentId', s.shipmentId);
      const shipment = await loadShipment(this.db.manager, shipmentId);
      if (!shipment) throw notFound('Shipment', shipmentId, 'input.scope.shipmentId');
      const access = displacementCoverage(actor, { kind: 'SHIPMENT', parties: shipment }, 'input.scope.shipmentId');
      const batches = await batchesById(
        this.db.manager,
        shipment.packsByBatch.map((l) => l.batchId),
      );
      const packs = new Map(shipment.packsByBatch.map((l) => [l.batchId, l.packs]));
      return {
        kind: 'SHIPMENT',
        access,
        shipmentId,
        groups: await this.batchGroups(batches, o, packs),
        consigneeCountries: [shipment.consigneeCountry],
      };
    }

    const py = s.parkYear!;
    const parkId = requireId('input.scope.parkYear.parkId', py.parkId);
    if (!Number.isInteger(py.year)) throw badInput('input.scope.parkYear.year', `must be a whole year, got ${py.year}`);
    requireRange('input.scope.parkYear.year', py.year, YEAR_MIN, YEAR_MAX);
    if (!(await parkExists(this.db, parkId))) throw notFound('Park', parkId, 'input.scope.parkYear.parkId');
    const access = displacementCoverage(actor, { kind: 'PARK_YEAR' }, 'input.scope.parkYear');
    const only = access.coverage === 'MANUFACTURER' ? access.manufacturerId : null;
    const batches = await batchesOfParkYear(this.db.manager, parkId, py.year, only);
    if (batches.length === 0) {
      throw badInput(
        'input.scope.parkYear.year',
        `no ${only ? 'batch of yours' : 'batch'} made at the park's plants ended production in ${py.year}`,
      );
    }
    const ids = batches.map((b) => b.id);
    return {
      kind: 'PARK_YEAR',
      access,
      parkId,
      year: py.year,
      groups: await this.batchGroups(batches, o, null),
      consigneeCountries: await consigneeCountriesOfBatches(this.db.manager, ids),
    };
  }

  /** One group per batch: its pack size and embodied factor, each with its source. */
  private async batchGroups(
    batches: ScopeBatch[],
    o: DisplacementOverrides,
    fixedPacks: Map<string, number> | null,
  ): Promise<GroupDraft[]> {
    const declared = isSet(o.batteryKgCo2ePerKWhCapacity)
      ? new Map()
      : await declaredBatteryFactors(
          this.db.manager,
          batches.map((b) => b.id),
        );
    return batches.map((b) => {
      let factor: Sourced<number>;
      const d = declared.get(b.id);
      if (isSet(o.batteryKgCo2ePerKWhCapacity)) factor = { value: o.batteryKgCo2ePerKWhCapacity, source: 'caller override' };
      else if (d) factor = { value: d.value, source: `declared footprint v${d.version} of batch ${b.batchNumber}` };
      else {
        const family = batteryFactorFamily(b.chemistry);
        if (!family) {
          throw badInput(
            'input.overrides.batteryKgCo2ePerKWhCapacity',
            `batch ${b.batchNumber} is ${b.chemistry}, which has no declared footprint and no default embodied factor in DOMAIN.md §6 (only NMC and LFP): give this override`,
          );
        }
        factor = this.defaults.batteryKgCo2ePerKWhCapacity[family];
      }
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
}
