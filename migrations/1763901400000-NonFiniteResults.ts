import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Displacement runs whose stored figures are not finite numbers (issue 12, docs/input-bounds.md).
 *
 * Before every numeric input had a physical bound, a battery model of 1e308 kWh or a what-if of
 * 1e308 kWh over packs of 5e-324 kWh made a run overflow: JSON wrote each infinite figure of its
 * result as null, and the float columns kept Infinity or NaN. GraphQL cannot answer such a run
 * (a non-null Float is null, or a Float is not finite), so `displacementRun(id)` failed for ever.
 *
 * This migration finds those runs (a required figure of the result that is not a number; a
 * progress count, energy total or group figure that is ±Infinity or NaN) and, for each:
 * - keeps the figures exactly as stored in the new column `invalid_figures` (status, result,
 *   progress, energy total, groups), so nothing is lost;
 * - marks the run FAILED with the reason in `error` (as a failed run records it), clears its
 *   result and puts each non-finite count back to what a run that never counted holds (units done
 *   0, units total and group vehicles null);
 * - logs what it changed. No row is deleted.
 * Footprints and shipment emissions with non-finite figures are reported in the log, not changed:
 * they have no failed state, and a person decides what replaces them.
 */
const REQUIRED_RESULT_FIGURES = [
  'vehicles',
  'creditedKmPerPack',
  'vehicleKm',
  'fuelDisplacedLitres',
  'fuelDisplacedTonnes',
  'tailpipeCo2Tonnes',
  'wellToWheelCo2eTonnes',
  'evElectricityMWh',
  'evUseCo2eTonnes',
  'batteryEmbodiedCo2eTonnes',
  'netCo2eTonnes',
];

/** SQL: the float8 expression is ±Infinity or NaN (NaN = NaN holds in PostgreSQL). */
const nonFinite = (x: string): string => `(${x} IN ('Infinity'::float8, '-Infinity'::float8, 'NaN'::float8))`;

export const MIGRATION_REASON =
  'non-finite result: a figure of this run was beyond what a number can hold (stored as null, Infinity or NaN); ' +
  'the run was marked FAILED by migration 1763901400000 and its figures kept in invalid_figures';

export class NonFiniteResults1763901400000 implements MigrationInterface {
  name = 'NonFiniteResults1763901400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE displacement_runs ADD COLUMN invalid_figures jsonb`);
    await q.query(
      `COMMENT ON COLUMN displacement_runs.invalid_figures IS 'Figures found not finite by migration 1763901400000, as stored before the run was marked FAILED (docs/input-bounds.md)'`,
    );
    const resultBroken = REQUIRED_RESULT_FIGURES.map((k) => `jsonb_typeof(r.result -> '${k}') IS DISTINCT FROM 'number'`).join(' OR ');
    const groupBroken = ['pack_kwh', 'battery_kg_co2e_per_kwh', 'fixed_vehicles', 'vehicles'].map((c) => nonFinite(`g.${c}`)).join(' OR ');
    const affected: { id: string; status: string }[] = await q.query(`
      SELECT r.id::text, r.status FROM displacement_runs r
       WHERE (r.result IS NOT NULL AND (jsonb_typeof(r.result) <> 'object' OR ${resultBroken}))
          OR ${nonFinite('r.units_done')} OR ${nonFinite('r.units_total')} OR ${nonFinite('r.energy_kwh')}
          OR EXISTS (SELECT 1 FROM displacement_run_groups g WHERE g.run_id = r.id AND (${groupBroken}))
       ORDER BY r.created_at, r.id`);
    if (affected.length > 0) {
      const ids = affected.map((r) => r.id);
      // float8 as text keeps Infinity and NaN readable in jsonb (which has no such numbers).
      await q.query(
        `UPDATE displacement_runs r SET invalid_figures = jsonb_build_object(
            'status', r.status, 'result', r.result, 'unitsDone', r.units_done::text, 'unitsTotal', r.units_total::text,
            'energyKWh', r.energy_kwh::text,
            'groups', (SELECT coalesce(jsonb_agg(jsonb_build_object('groupNo', g.group_no, 'packKWh', g.pack_kwh::text,
                         'batteryKgCo2ePerKWhCapacity', g.battery_kg_co2e_per_kwh::text, 'fixedVehicles', g.fixed_vehicles::text,
                         'vehicles', g.vehicles::text) ORDER BY g.group_no), '[]'::jsonb)
                         FROM displacement_run_groups g WHERE g.run_id = r.id))
          WHERE r.id = ANY($1::uuid[])`,
        [ids],
      );
      await q.query(
        `UPDATE displacement_runs SET status = 'FAILED', error = $2, result = NULL, completed_at = coalesce(completed_at, now()),
                units_done = CASE WHEN ${nonFinite('units_done')} THEN 0 ELSE units_done END,
                units_total = CASE WHEN ${nonFinite('units_total')} THEN NULL ELSE units_total END,
                energy_kwh = CASE WHEN ${nonFinite('energy_kwh')} THEN NULL ELSE energy_kwh END
          WHERE id = ANY($1::uuid[])`,
        [ids, MIGRATION_REASON],
      );
      await q.query(
        `UPDATE displacement_run_groups SET
                fixed_vehicles = CASE WHEN ${nonFinite('fixed_vehicles')} THEN NULL ELSE fixed_vehicles END,
                vehicles = CASE WHEN ${nonFinite('vehicles')} THEN NULL ELSE vehicles END
          WHERE run_id = ANY($1::uuid[]) AND (${nonFinite('fixed_vehicles')} OR ${nonFinite('vehicles')})`,
        [ids],
      );
      // The migration's own report; the figures stay in invalid_figures.
      console.warn(
        `${this.name}: ${affected.length} displacement run(s) with non-finite figures marked FAILED (figures kept in invalid_figures): ` +
          affected.map((r) => `${r.id} (was ${r.status})`).join(', '),
      );
    }

    const footprintCols = [
      'raw_material_kg_co2e',
      'main_production_kg_co2e',
      'distribution_kg_co2e',
      'end_of_life_kg_co2e',
      'kg_co2e_absolute',
      'kg_co2e_per_kwh_capacity',
      'kg_co2e_per_kwh_lifetime',
      'output_energy_kwh',
      'lifetime_energy_kwh',
    ];
    const footprints: { id: string }[] = await q.query(
      `SELECT id::text FROM footprints WHERE ${footprintCols.map((c) => nonFinite(c)).join(' OR ')} ORDER BY id`,
    );
    const shipments: { id: string }[] = await q.query(`
      SELECT s.id::text FROM shipments s
       WHERE ${nonFinite('s.transport_co2e_kg')} OR ${nonFinite('s.cargo_gross_mass_kg')}
          OR EXISTS (SELECT 1 FROM shipment_legs l WHERE l.shipment_id = s.id
                       AND (${['tonnes', 'tonne_km', 'kg_co2e_per_tonne_km', 'co2e_kg'].map((c) => nonFinite(`l.${c}`)).join(' OR ')}))
          OR EXISTS (SELECT 1 FROM shipment_cargo_lines c WHERE c.shipment_id = s.id AND ${nonFinite('c.transport_co2e_kg')})
       ORDER BY s.id`);
    if (footprints.length || shipments.length) {
      console.warn(
        `${this.name}: stored figures that are not finite were found and left unchanged: ` +
          `footprints [${footprints.map((f) => f.id).join(', ')}], shipments [${shipments.map((s) => s.id).join(', ')}]`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // The runs stay FAILED (their stored result was unreadable); only the column goes.
    await q.query(`ALTER TABLE displacement_runs DROP COLUMN IF EXISTS invalid_figures`);
  }
}
