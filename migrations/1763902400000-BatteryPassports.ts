import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Per-battery passports (Regulation (EU) 2023/1542 Art. 77; docs/battery-passports.md).
 *
 * A pack's ORIGINAL passport needs no row: its identifier is derived from the unit's id
 * (src/passports/battery-passport.ts `originalPassportId`), so the bulk unit upload writes nothing
 * more. This table holds only the LATER lives: a pack marked REPURPOSED or REMANUFACTURED starts a
 * new passport with a new identifier (Art. 77(6)), linked to the passport it follows
 * (`predecessor_id`: the original's derived id or an earlier row's id). One row per pack and life
 * (life 1, 2, …); rows are only inserted. `category` is the new passport's battery category (an EV
 * pack repurposed as stationary storage), `operator_id` the organization that repurposed it,
 * `started_at` the event time, `recorded_at` the record time, `actor_*` who recorded it.
 *
 * A closed (ceased) passport needs no row either: recycling (markRecycled) marks the pack WASTE and
 * records the status change in unit_events with its time and actor, which the passport reads.
 *
 * Nothing existing changes; `down` drops the table.
 */
export class BatteryPassports1763902400000 implements MigrationInterface {
  name = 'BatteryPassports1763902400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE battery_passports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id bigint NOT NULL REFERENCES units(id),
        life integer NOT NULL CHECK (life >= 1),
        predecessor_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('REPURPOSED','REMANUFACTURED')),
        category text NOT NULL CHECK (category IN ('EV','LMT','INDUSTRIAL','STATIONARY','SLI','PORTABLE')),
        operator_id uuid NOT NULL REFERENCES organizations(id),
        started_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        actor_type text NOT NULL,
        actor_id text,
        CONSTRAINT battery_passports_unit_life_key UNIQUE (unit_id, life),
        CONSTRAINT battery_passports_predecessor_key UNIQUE (predecessor_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE battery_passports`);
  }
}
