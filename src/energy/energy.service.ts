import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertCanRecordParkEnergy, canSeeParkEnergyEvidence } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, badInput, conflict, notFound, uniqueViolation } from '../common/errors';
import { decodeIdCursor, Page, pageSize, toPage } from '../common/pagination';
import { optionalText, requireId } from '../common/validate';
import type { EmissionFactorView } from '../emission-factors/emission-factors.service';
import { RecordParkEnergyInput } from './dto/record-park-energy.input';
import { ElectricitySource } from './electricity-source';
import { checkPeriod, checkSupplies } from './energy-supplies';
import { parkEnergyMetrics, ParkEnergyMetrics, supplyTotals } from './park-energy-metrics';
import type { DayRange } from './period-coverage';

export interface SupplyRow {
  source: ElectricitySource;
  kWh: number;
  meterIds: string[];
  gecSerials: string[];
}

export interface ParkEnergyPeriodRow {
  id: string;
  parkId: string;
  periodStart: string;
  periodEnd: string;
  totalKWh: number;
  note: string | null;
  recordedBy: string;
  createdAt: Date;
  /** 1 as first recorded; a correction is a new row with the next version */
  version: number;
  supersedesId: string | null;
  supersededBy: string | null;
  supersededAt: Date | null;
  correctionReason: string | null;
  supplies: SupplyRow[];
}

export interface ParkEnergyPeriodView extends Omit<ParkEnergyPeriodRow, 'supplies'> {
  supplies: {
    source: ElectricitySource;
    kWh: number;
    share: number;
    gecSerialCount: number;
    meterIds: string[] | null;
    gecSerials: string[] | null;
  }[];
  directGreenKWh: number;
  directGreenShare: number;
  totalGreenShare: number;
  energyTce: number;
  /** null when the park draws GRID power and no grid factor is known for its region or country */
  co2Tonnes: number | null;
  tCo2PerTce: number | null;
  gridFactor: EmissionFactorView | null;
  metrics: ((baselineTCo2PerTce: number | null) => ParkEnergyMetrics) | null;
}

const PERIOD_SELECT = `
  SELECT p.id, p.park_id AS "parkId", p.period_start::text AS "periodStart", p.period_end::text AS "periodEnd",
         p.total_kwh AS "totalKWh", p.note, p.recorded_by AS "recordedBy", p.created_at AS "createdAt",
         p.version, p.supersedes_id AS "supersedesId", p.superseded_by AS "supersededBy", p.superseded_at AS "supersededAt",
         p.correction_reason AS "correctionReason",
         (SELECT coalesce(json_agg(json_build_object(
                   'source', s.source, 'kWh', s.kwh, 'meterIds', to_json(s.meter_ids), 'gecSerials', to_json(s.gec_serials))
                 ORDER BY s.position), '[]'::json)
            FROM park_energy_supplies s WHERE s.period_id = p.id) AS supplies
    FROM park_energy_periods p`;

/**
 * The park energy ledger (docs/methods/electricity.md): supplies by source per park and period, with the Green
 * Electricity Certificate serials behind green trading, each claimable once on the platform.
 */
@Injectable()
export class EnergyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async recordParkEnergy(actor: Actor, input: RecordParkEnergyInput): Promise<ParkEnergyPeriodView> {
    const parkId = requireId('input.parkId', input.parkId);
    const { periodStart, periodEnd } = checkPeriod('input.periodStart', 'input.periodEnd', input.periodStart, input.periodEnd);
    const supplies = checkSupplies(input.totalKWh, input.supplies, 'input');
    const note = optionalText('input.note', input.note, 1000);
    const serials = supplies.flatMap((s) => s.gecSerials);
    const serialPaths = new Map(
      supplies.flatMap((s, i) => s.gecSerials.map((serial, j) => [serial, `input.supplies[${i}].gecSerials[${j}]`] as const)),
    );
    try {
      const id = await this.db.transaction(async (em) => {
        const parks: { id: string }[] = await em.query('SELECT id FROM parks WHERE id = $1 FOR UPDATE', [parkId]);
        if (!parks.length) throw notFound('Park', parkId, 'input.parkId');
        let hasPlant = false;
        if (actor.type === 'ORGANIZATION') {
          const [r]: { e: boolean }[] = await em.query(
            'SELECT EXISTS (SELECT 1 FROM plants WHERE park_id = $1 AND manufacturer_id = $2) AS e',
            [parkId, actor.organizationId],
          );
          hasPlant = r.e;
        }
        assertCanRecordParkEnergy(actor, hasPlant, 'input.parkId');
        const overlapping: { periodStart: string; periodEnd: string }[] = await em.query(
          `SELECT period_start::text AS "periodStart", period_end::text AS "periodEnd" FROM park_energy_periods
            WHERE park_id = $1 AND superseded_by IS NULL AND daterange(period_start, period_end, '[]') && daterange($2::date, $3::date, '[]')
            ORDER BY period_start LIMIT 1`,
          [parkId, periodStart, periodEnd],
        );
        if (overlapping.length) throw overlapError(periodStart, periodEnd, overlapping[0]);
        if (serials.length) {
          const taken = await this.firstClaim(em, serials, serialPaths);
          if (taken) throw taken;
        }
        const [period]: { id: string }[] = await em.query(
          `INSERT INTO park_energy_periods (park_id, period_start, period_end, total_kwh, recorded_by_organization_id, recorded_by, note)
           VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
          [
            parkId,
            periodStart,
            periodEnd,
            input.totalKWh,
            actor.type === 'ORGANIZATION' ? actor.organizationId : null,
            actorId(actor),
            note,
          ],
        );
        await this.insertSupplies(em, period.id, supplies);
        if (serials.length) {
          const positions = supplies.flatMap((s, i) => s.gecSerials.map(() => i));
          await em.query(
            `INSERT INTO gec_claims (serial, supply_id, period_id, park_id, claimed_by_organization_id, claimed_by)
             SELECT c.serial, s.id, $3, $4, $5, $6
               FROM unnest($1::text[], $2::int[]) AS c(serial, position)
               JOIN park_energy_supplies s ON s.period_id = $3 AND s.position = c.position`,
            [serials, positions, period.id, parkId, actor.type === 'ORGANIZATION' ? actor.organizationId : null, actorId(actor)],
          );
        }
        await this.audit.append(em, actor, {
          action: 'recordParkEnergy',
          subjectType: 'ParkEnergyPeriod',
          subjectId: period.id,
          input: { parkId, periodStart, periodEnd, totalKWh: input.totalKWh, supplies, note },
        });
        return period.id;
      });
      return (await this.periods(actor, parkId, { id })).nodes[0];
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (uniqueViolation(err) === 'gec_claims_pkey') {
        // Another record claimed one of these serials at the same moment: name it.
        const taken = await this.firstClaim(this.db.manager, serials, serialPaths);
        if (taken) throw taken;
      }
      if ((err as { driverError?: { code?: string } }).driverError?.code === '23P01') {
        throw badInput(
          'input.periodStart',
          `the period ${periodStart} .. ${periodEnd} overlaps one recorded at the same moment for this park`,
        );
      }
      throw err;
    }
  }

  /** Writes a period version's supplies, each with the GEC serials it states (its claims are written apart). */
  async insertSupplies(em: EntityManager, periodId: string, supplies: SupplyRow[]): Promise<void> {
    await em.query(
      `INSERT INTO park_energy_supplies (period_id, position, source, kwh, meter_ids, gec_serials)
       SELECT $1, x.position, x.source, x.kwh, x.meter_ids, x.gec_serials
         FROM jsonb_to_recordset($2::jsonb) AS x(position int, source text, kwh double precision, meter_ids text[], gec_serials text[])`,
      [
        periodId,
        JSON.stringify(
          supplies.map((s, i) => ({
            position: i,
            source: s.source,
            kwh: s.kWh,
            meter_ids: s.meterIds,
            gec_serials: [...s.gecSerials].sort(),
          })),
        ),
      ],
    );
  }

  /**
   * CONFLICT naming the first already-claimed serial and who claimed it, or null. Claims held by
   * `exceptPeriodId` (the version being corrected) do not count: they may carry over.
   */
  async firstClaim(em: EntityManager, serials: string[], paths: Map<string, string>, exceptPeriodId?: string): Promise<AppError | null> {
    const rows: { serial: string; claimer: string; parkCode: string; periodStart: string; periodEnd: string; claimedAt: Date }[] =
      await em.query(
        `SELECT c.serial, coalesce(o.name, CASE WHEN c.claimed_by = 'admin' THEN 'the platform administrator' ELSE c.claimed_by END) AS claimer,
              pk.code AS "parkCode", p.period_start::text AS "periodStart", p.period_end::text AS "periodEnd", c.claimed_at AS "claimedAt"
         FROM gec_claims c
         JOIN park_energy_periods p ON p.id = c.period_id
         JOIN parks pk ON pk.id = c.park_id
         LEFT JOIN organizations o ON o.id = c.claimed_by_organization_id
        WHERE c.serial = ANY($1::text[]) AND c.period_id IS DISTINCT FROM $2::uuid
        ORDER BY c.claimed_at, c.serial LIMIT 1`,
        [serials, exceptPeriodId ?? null],
      );
    if (!rows.length) return null;
    const r = rows[0];
    return conflict(
      `GEC serial ${r.serial} was already claimed by ${r.claimer} for park ${r.parkCode} (${r.periodStart} .. ${r.periodEnd}) on ${new Date(r.claimedAt).toISOString()}; a certificate is claimed once`,
      paths.get(r.serial),
      { serial: r.serial, claimedBy: r.claimer, parkCode: r.parkCode, periodStart: r.periodStart, periodEnd: r.periodEnd },
      'GEC_ALREADY_CLAIMED',
    );
  }

  /** Periods of a park, oldest first, a page at a time; evidence shown only to who may see it. */
  async periods(
    actor: Actor,
    parkIdRaw: string,
    filter: { from?: string | null; to?: string | null; id?: string; includeSuperseded?: boolean | null } = {},
    page: { first?: number | null; after?: string | null } = {},
  ): Promise<Page<ParkEnergyPeriodView>> {
    const limit = pageSize('first', page.first);
    const cursor = decodeIdCursor('after', page.after);
    const parkId = requireId('parkId', parkIdRaw);
    const park: { country: string; gridRegion: string; manufacturers: string[] }[] = await this.db.query(
      `SELECT country, grid_region AS "gridRegion",
              coalesce((SELECT array_agg(DISTINCT manufacturer_id::text) FROM plants WHERE park_id = $1), '{}') AS manufacturers
         FROM parks WHERE id = $1`,
      [parkId],
    );
    if (!park.length) throw notFound('Park', parkId, 'parkId');
    const params: unknown[] = [parkId];
    let where = 'p.park_id = $1';
    if (filter.id !== undefined && filter.id !== null) {
      params.push(requireId('id', filter.id));
      where += ` AND p.id = $${params.length}`;
    } else if (!filter.includeSuperseded) {
      where += ' AND p.superseded_by IS NULL';
    }
    if (filter.from) {
      params.push(filter.from);
      where += ` AND p.period_end >= $${params.length}::date`;
    }
    if (filter.to) {
      params.push(filter.to);
      where += ` AND p.period_start <= $${params.length}::date`;
    }
    if (cursor) {
      params.push(cursor);
      where += ` AND (p.period_start, p.version, p.id) > (SELECT x.period_start, x.version, x.id FROM park_energy_periods x WHERE x.id = $${params.length})`;
    }
    params.push(limit + 1);
    const rows: ParkEnergyPeriodRow[] = await this.db.query(
      `${PERIOD_SELECT} WHERE ${where} ORDER BY p.period_start, p.version, p.id LIMIT $${params.length}`,
      params,
    );
    const gridFactor = await this.gridFactor(this.db.manager, park[0].gridRegion, park[0].country);
    const evidence = canSeeParkEnergyEvidence(actor, park[0].manufacturers);
    const { nodes, pageInfo } = toPage(rows, limit, (r) => [r.id]);
    return { nodes: nodes.map((r) => view(r, gridFactor, evidence)), pageInfo };
  }

  /**
   * The grid factor for GRID power in a park: the newest AVERAGE electricity factor of its grid
   * region (e.g. CN-NM, Inner Mongolia 2022 0.6849), else of its country (docs/methods/electricity.md).
   */
  async gridFactor(em: EntityManager, gridRegion: string, country: string): Promise<EmissionFactorView | null> {
    const rows: EmissionFactorView[] = await em.query(
      `SELECT f.id, f.code, f.version, f.kind, f.name, f.value, f.unit, f.region, f.year, f.series, f.material, f.chemistry,
              f.transport_mode AS "transportMode", f.source, f.is_default AS "isDefault", f.notes, f.created_by AS "createdBy",
              f.created_at AS "createdAt",
              (SELECT max(x.version) FROM emission_factors x WHERE x.code = f.code)::int AS "latestVersion",
              EXISTS (SELECT 1 FROM footprint_factor_uses u WHERE u.factor_id = f.id) AS "inUse"
         FROM emission_factors f
        WHERE f.kind = 'ELECTRICITY' AND f.series = 'AVERAGE' AND f.region IN ($1, $2)
        ORDER BY (f.region = $1) DESC, f.year DESC NULLS LAST, f.version DESC
        LIMIT 1`,
      [gridRegion, country],
    );
    return rows[0] ?? null;
  }

  /** The current versions of a park's periods that overlap a window of days, with supplies, meter ids and serials (for a footprint). */
  periodsOverlapping(em: EntityManager, parkId: string, window: DayRange): Promise<ParkEnergyPeriodRow[]> {
    return em.query(
      `${PERIOD_SELECT}
        WHERE p.park_id = $1 AND p.superseded_by IS NULL AND daterange(p.period_start, p.period_end, '[]') && daterange($2::date, $3::date, '[]')
        ORDER BY p.period_start`,
      [parkId, window.from, window.to],
    );
  }
}

function overlapError(start: string, end: string, existing: { periodStart: string; periodEnd: string }): AppError {
  return badInput(
    'input.periodStart',
    `the period ${start} .. ${end} overlaps the period ${existing.periodStart} .. ${existing.periodEnd} already recorded for this park`,
    { existingPeriodStart: existing.periodStart, existingPeriodEnd: existing.periodEnd },
  );
}

function view(r: ParkEnergyPeriodRow, gridFactor: EmissionFactorView | null, evidence: boolean): ParkEnergyPeriodView {
  const totals = supplyTotals(r.supplies);
  // Without GRID power the grid factor does not matter; with it, an unknown factor leaves the intensity unknown.
  const gridValue = gridFactor ? gridFactor.value : totals.GRID > 0 ? null : 0;
  const metrics = gridValue === null ? null : (baseline: number | null) => parkEnergyMetrics(totals, r.totalKWh, gridValue, baseline);
  const m = parkEnergyMetrics(totals, r.totalKWh, gridValue ?? 0, null);
  return {
    ...r,
    supplies: r.supplies.map((s) => ({
      source: s.source,
      kWh: s.kWh,
      share: s.kWh / r.totalKWh,
      gecSerialCount: s.gecSerials.length,
      meterIds: evidence ? s.meterIds : null,
      gecSerials: evidence ? s.gecSerials : null,
    })),
    directGreenKWh: m.directGreenKWh,
    directGreenShare: m.directGreenShare,
    totalGreenShare: m.totalGreenShare,
    energyTce: m.energyTce,
    co2Tonnes: metrics ? m.co2Tonnes : null,
    tCo2PerTce: metrics ? m.tCo2PerTce : null,
    gridFactor,
    metrics,
  };
}
