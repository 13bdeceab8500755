import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { assertCanRecordParkEnergy } from '../access/access-policy';
import { Actor, actorId } from '../access/actor';
import { AuditService } from '../audit/audit.service';
import { AppError, conflict, notFound, uniqueViolation } from '../common/errors';
import { optionalText, requireId, requireText } from '../common/validate';
import { CorrectParkEnergyInput } from './dto/correct-park-energy.input';
import { checkSupplies } from './energy-supplies';
import { EnergyService, ParkEnergyPeriodView } from './energy.service';

/**
 * Corrections of park-energy periods. A correction never edits a stored period: it writes the
 * corrected figures as the next version of the period (same park, same days) with its reason and
 * marks the version it corrects as superseded. Footprints computed before keep the version they
 * used (footprint_energy_uses) and are flagged as resting on superseded energy inputs; new
 * footprints read the current version.
 *
 * GEC serials: the corrected version's own claims may carry over (they move to the new
 * version), serials it no longer states are released, and any new serial is checked against
 * every claim on the platform like a first record.
 */
@Injectable()
export class EnergyCorrectionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly energy: EnergyService,
    private readonly audit: AuditService,
  ) {}

  async correctParkEnergy(actor: Actor, input: CorrectParkEnergyInput): Promise<ParkEnergyPeriodView> {
    const periodId = requireId('input.periodId', input.periodId);
    const reason = requireText('input.reason', input.reason, 1000);
    const supplies = checkSupplies(input.totalKWh, input.supplies, 'input');
    const note = optionalText('input.note', input.note, 1000);
    const serials = supplies.flatMap((s) => s.gecSerials);
    const serialPaths = new Map(
      supplies.flatMap((s, i) => s.gecSerials.map((serial, j) => [serial, `input.supplies[${i}].gecSerials[${j}]`] as const)),
    );
    let parkId = '';
    try {
      const id = await this.db.transaction(async (em) => {
        const rows: { parkId: string; periodStart: string; periodEnd: string; version: number; supersededBy: string | null }[] =
          await em.query(
            `SELECT park_id AS "parkId", period_start::text AS "periodStart", period_end::text AS "periodEnd", version,
                  superseded_by AS "supersededBy"
             FROM park_energy_periods WHERE id = $1 FOR UPDATE`,
            [periodId],
          );
        if (!rows.length) throw notFound('Park energy period', periodId, 'input.periodId');
        const old = rows[0];
        parkId = old.parkId;
        await em.query('SELECT 1 FROM parks WHERE id = $1 FOR UPDATE', [old.parkId]);
        let hasPlant = false;
        if (actor.type === 'ORGANIZATION') {
          const [r]: { e: boolean }[] = await em.query(
            'SELECT EXISTS (SELECT 1 FROM plants WHERE park_id = $1 AND manufacturer_id = $2) AS e',
            [old.parkId, actor.organizationId],
          );
          hasPlant = r.e;
        }
        assertCanRecordParkEnergy(actor, hasPlant, 'input.periodId');
        if (old.supersededBy !== null) {
          throw conflict(
            `park energy period ${periodId} (version ${old.version}) is already superseded by ${old.supersededBy}: correct the current version`,
            'input.periodId',
            { supersededBy: old.supersededBy },
            'PERIOD_SUPERSEDED',
          );
        }
        if (serials.length) {
          const taken = await this.energy.firstClaim(em, serials, serialPaths, periodId);
          if (taken) throw taken;
        }
        const ownClaims: { serial: string }[] = await em.query('SELECT serial FROM gec_claims WHERE period_id = $1', [periodId]);
        const stated = new Set(serials);
        const carried = ownClaims.map((c) => c.serial).filter((x) => stated.has(x));
        const released = ownClaims.map((c) => c.serial).filter((x) => !stated.has(x));

        // The old version leaves the set of current rows first (the exclusion constraint covers
        // current rows only); its superseded_by reference is checked at commit.
        const id = randomUUID();
        await em.query('UPDATE park_energy_periods SET superseded_by = $2, superseded_at = now() WHERE id = $1', [periodId, id]);
        await em.query(
          `INSERT INTO park_energy_periods (id, park_id, period_start, period_end, total_kwh, recorded_by_organization_id, recorded_by, note,
                                            version, supersedes_id, correction_reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            id,
            old.parkId,
            old.periodStart,
            old.periodEnd,
            input.totalKWh,
            actor.type === 'ORGANIZATION' ? actor.organizationId : null,
            actorId(actor),
            note,
            old.version + 1,
            periodId,
            reason,
          ],
        );
        await this.energy.insertSupplies(em, id, supplies);
        if (released.length)
          await em.query('DELETE FROM gec_claims WHERE period_id = $1 AND serial = ANY($2::text[])', [periodId, released]);
        if (serials.length) {
          const positions = supplies.flatMap((s, i) => s.gecSerials.map(() => i));
          // Carried claims move to the new version's supply; new serials are claimed now.
          await em.query(
            `UPDATE gec_claims c SET supply_id = s.id, period_id = $3
               FROM unnest($1::text[], $2::int[]) AS x(serial, position)
               JOIN park_energy_supplies s ON s.period_id = $3 AND s.position = x.position
              WHERE c.serial = x.serial AND c.period_id = $4`,
            [serials, positions, id, periodId],
          );
          await em.query(
            `INSERT INTO gec_claims (serial, supply_id, period_id, park_id, claimed_by_organization_id, claimed_by)
             SELECT x.serial, s.id, $3, $4, $5, $6
               FROM unnest($1::text[], $2::int[]) AS x(serial, position)
               JOIN park_energy_supplies s ON s.period_id = $3 AND s.position = x.position
              WHERE NOT EXISTS (SELECT 1 FROM gec_claims c WHERE c.serial = x.serial)`,
            [serials, positions, id, old.parkId, actor.type === 'ORGANIZATION' ? actor.organizationId : null, actorId(actor)],
          );
        }
        await this.audit.append(em, actor, {
          action: 'correctParkEnergy',
          subjectType: 'ParkEnergyPeriod',
          subjectId: id,
          input: {
            supersedes: periodId,
            supersededVersion: old.version,
            version: old.version + 1,
            parkId: old.parkId,
            periodStart: old.periodStart,
            periodEnd: old.periodEnd,
            reason,
            totalKWh: input.totalKWh,
            supplies,
            note,
            carriedGecSerials: carried.sort(),
            releasedGecSerials: released.sort(),
          },
        });
        return id;
      });
      return (await this.energy.periods(actor, parkId, { id })).nodes[0];
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (uniqueViolation(err) === 'gec_claims_pkey') {
        const taken = await this.energy.firstClaim(this.db.manager, serials, serialPaths);
        if (taken) throw taken;
      }
      if (uniqueViolation(err) === 'park_energy_periods_supersedes_id_key') {
        throw conflict(
          `park energy period ${periodId} was corrected at the same moment: correct the current version`,
          'input.periodId',
          'PERIOD_SUPERSEDED',
        );
      }
      throw err;
    }
  }
}
