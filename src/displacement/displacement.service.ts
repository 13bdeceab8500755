import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { assertCanReadDisplacementRun } from '../access/displacement-access';
import { AuditService } from '../audit/audit.service';
import { badInput, notFound } from '../common/errors';
import { requireId } from '../common/validate';
import { enqueueInTransaction } from '../jobs/job-outbox';
import { JobName } from '../jobs/job-registry';
import { DISPLACEMENT_DEFAULTS, DisplacementDefaults, FUEL_TYPES, MARKETS, VEHICLE_CLASSES, VehicleClass } from './displacement-defaults';
import { DisplacementRunEntity, DisplacementRunGroupEntity, RUN_STATUS, SCOPE_KIND } from './displacement-run.entity';
import { requireYear, resolveScope } from './displacement-scope';
import { parkExists } from './displacement-scope.queries';
import { MODELLED_ESTIMATE_LABEL, DisplacementRunModel, PackGroupModel, ParkDisplacementSummaryModel } from './displacement.model';
import { RequestDisplacementInput } from './dto/request-displacement.input';
import { chooseMarket } from './markets';
import { summarizeParkYear, SummaryRun } from './park-summary';
import { DisplacementOverrides, resolveRunParameters, validateOverrides } from './run-parameters';

const isSet = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/**
 * Lifecycle displacement runs (issue 7, docs/methods/displacement.md). A request resolves its scope and its exact
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

    const scope = await resolveScope(
      { db: this.db.manager, defaults: this.defaults, actor, vehicleClass: input.vehicleClass, overrides },
      input.scope,
    );
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
    assertCanReadDisplacementRun(actor, run.requestedByOrganizationId, 'id');
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
    requireYear('year', year);
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
}
