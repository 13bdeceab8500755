import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lifecycle displacement runs (issue 7) and the transactional job outbox.
 *
 * - `job_outbox`: a job written in the same transaction as the row it is about; worker processes
 *   relay it to BullMQ (SELECT … FOR UPDATE SKIP LOCKED, so several relays share it) and delete it.
 * - `displacement_runs`: one row per request, with the exact parameter set and the result.
 * - `displacement_run_groups`: the packs of a run that share a pack size and an embodied factor
 *   (one per batch, per batch of a shipment, or the what-if), with where each came from;
 *   `fixed_vehicles` when known at request time (shipment pack counts, energy / pack size),
 *   `vehicles` once the run is reduced.
 * - `displacement_chunks`: the run cut into chunks, each a list of segments (a batch and a range of
 *   unit ids; null for the chunk of vehicles known at request time); a chunk's counts are written
 *   once, keyed by (run, chunk), so a retried or doubled chunk job never counts a pack twice.
 * - `units_pack_batch_id_idx`: packs by batch and id, so a chunk counts its packs with one
 *   index-only range scan per batch (a partial index: packs are a small share of all units).
 */
export class Displacement1763900200000 implements MigrationInterface {
  name = 'Displacement1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE job_outbox (
        id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
        queue text NOT NULL,
        job_name text NOT NULL,
        job_id text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await q.query(`
      CREATE TABLE displacement_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by_type text NOT NULL CHECK (requested_by_type IN ('ADMIN','ORGANIZATION')),
        requested_by_organization_id uuid REFERENCES organizations(id),
        coverage text NOT NULL CHECK (coverage IN ('ALL','MANUFACTURER','CONSIGNEE','WHAT_IF')),
        scope_kind text NOT NULL CHECK (scope_kind IN ('BATCH','SHIPMENT','PARK_YEAR','ENERGY')),
        batch_id uuid REFERENCES batches(id),
        shipment_id uuid,
        park_id uuid REFERENCES parks(id),
        year integer,
        energy_kwh double precision,
        vehicle_class text NOT NULL,
        market text NOT NULL,
        defaults_version text NOT NULL,
        parameters jsonb NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED' CHECK (status IN ('QUEUED','RUNNING','COMPLETED','FAILED')),
        error text,
        units_total double precision,
        units_done double precision NOT NULL DEFAULT 0,
        chunks_total integer,
        chunks_done integer NOT NULL DEFAULT 0,
        result jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        completed_at timestamptz,
        CHECK ((scope_kind = 'BATCH') = (batch_id IS NOT NULL)),
        CHECK ((scope_kind = 'SHIPMENT') = (shipment_id IS NOT NULL)),
        CHECK ((scope_kind = 'PARK_YEAR') = (park_id IS NOT NULL AND year IS NOT NULL)),
        CHECK ((scope_kind = 'ENERGY') = (energy_kwh IS NOT NULL))
      )`);
    await q.query(
      `CREATE INDEX displacement_runs_park_year_idx ON displacement_runs (park_id, year, completed_at) WHERE scope_kind = 'PARK_YEAR'`,
    );
    await q.query(`CREATE INDEX displacement_runs_requester_idx ON displacement_runs (requested_by_organization_id, created_at)`);
    await q.query(`
      CREATE TABLE displacement_run_groups (
        run_id uuid NOT NULL REFERENCES displacement_runs(id),
        group_no integer NOT NULL,
        batch_id uuid,
        pack_kwh double precision NOT NULL CHECK (pack_kwh > 0),
        pack_kwh_source text NOT NULL,
        battery_kg_co2e_per_kwh double precision NOT NULL CHECK (battery_kg_co2e_per_kwh >= 0),
        battery_factor_source text NOT NULL,
        fixed_vehicles double precision,
        vehicles double precision,
        PRIMARY KEY (run_id, group_no)
      )`);
    await q.query(`
      CREATE TABLE displacement_chunks (
        run_id uuid NOT NULL REFERENCES displacement_runs(id),
        chunk_no integer NOT NULL,
        segments jsonb,
        packs double precision,
        group_vehicles jsonb,
        partial jsonb,
        done_at timestamptz,
        PRIMARY KEY (run_id, chunk_no)
      )`);
    await q.query(`CREATE INDEX units_pack_batch_id_idx ON units (batch_id, id) WHERE kind = 3`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS units_pack_batch_id_idx`);
    for (const t of ['displacement_chunks', 'displacement_run_groups', 'displacement_runs', 'job_outbox']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
