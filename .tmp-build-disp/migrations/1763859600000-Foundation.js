"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Foundation1763859600000 = void 0;
/**
 * The foundation schema: organizations and their API keys, parks, plants, battery models,
 * batches, units and the hash-chained audit log.
 *
 * Units are the one table that grows to millions of rows. They carry no foreign keys on
 * batch_id / parent_id on purpose: a per-row RI trigger would cost more than the whole bulk
 * insert. The batches service is the only writer; it checks batch ownership once per upload and
 * resolves every parent serial in SQL before inserting (see batches/unit-ingest.service.ts).
 * Batches are never deleted.
 */
class Foundation1763859600000 {
    name = 'Foundation1763859600000';
    async up(q) {
        await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
        await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('MANUFACTURER','CERTIFIER','BUYER','FORWARDER','AUTHORITY')),
        name text NOT NULL,
        country char(2),
        gs1_company_prefix text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`CREATE UNIQUE INDEX organizations_name_key ON organizations (lower(name))`);
        await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL,
        prefix text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
        await q.query(`CREATE INDEX api_keys_organization_idx ON api_keys (organization_id)`);
        await q.query(`
      CREATE TABLE parks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        country char(2) NOT NULL,
        province text NOT NULL,
        grid_region text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`
      CREATE TABLE plants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        park_id uuid NOT NULL REFERENCES parks(id),
        name text NOT NULL,
        address text NOT NULL,
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (manufacturer_id, name)
      )`);
        await q.query(`CREATE INDEX plants_park_idx ON plants (park_id)`);
        await q.query(`
      CREATE TABLE battery_models (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        name text NOT NULL,
        category text NOT NULL CHECK (category IN ('EV','LMT','INDUSTRIAL','STATIONARY','SLI','PORTABLE')),
        vehicle_category text CHECK (vehicle_category IN ('M1','N1','L','M2','M3','N2','N3')),
        chemistry text NOT NULL CHECK (chemistry IN ('LFP','LMFP','NMC811','NMC622','NMC532','NCA','LMO','SODIUM_ION')),
        nominal_energy_kwh double precision NOT NULL CHECK (nominal_energy_kwh > 0),
        usable_energy_kwh double precision NOT NULL CHECK (usable_energy_kwh > 0),
        capacity_ah double precision NOT NULL CHECK (capacity_ah > 0),
        nominal_voltage_v double precision NOT NULL CHECK (nominal_voltage_v > 0),
        mass_kg double precision NOT NULL CHECK (mass_kg > 0),
        expected_cycle_life integer NOT NULL CHECK (expected_cycle_life > 0),
        warranty_years double precision NOT NULL CHECK (warranty_years > 0),
        warranty_km integer CHECK (warranty_km > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (manufacturer_id, name)
      )`);
        await q.query(`
      CREATE TABLE batches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        batch_number text NOT NULL,
        model_id uuid NOT NULL REFERENCES battery_models(id),
        plant_id uuid NOT NULL REFERENCES plants(id),
        production_start timestamptz NOT NULL,
        production_end timestamptz NOT NULL,
        declared_cell_count integer NOT NULL DEFAULT 0 CHECK (declared_cell_count >= 0),
        declared_module_count integer NOT NULL DEFAULT 0 CHECK (declared_module_count >= 0),
        declared_pack_count integer NOT NULL DEFAULT 0 CHECK (declared_pack_count >= 0),
        status text NOT NULL DEFAULT 'REGISTERED',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (manufacturer_id, batch_number),
        CHECK (production_end >= production_start)
      )`);
        await q.query(`CREATE INDEX batches_model_idx ON batches (model_id)`);
        await q.query(`CREATE INDEX batches_plant_idx ON batches (plant_id)`);
        await q.query(`
      CREATE TABLE units (
        id bigint PRIMARY KEY GENERATED BY DEFAULT AS IDENTITY,
        manufacturer_id uuid NOT NULL,
        batch_id uuid NOT NULL,
        kind smallint NOT NULL CHECK (kind IN (1, 2, 3)),
        serial text NOT NULL CHECK (length(serial) BETWEEN 1 AND 64),
        parent_id bigint,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
        await q.query(`COMMENT ON COLUMN units.kind IS '1 CELL, 2 MODULE, 3 PACK'`);
        await q.query(`CREATE UNIQUE INDEX units_manufacturer_serial_key ON units (manufacturer_id, serial)`);
        await q.query(`CREATE INDEX units_batch_kind_idx ON units (batch_id, kind)`);
        await q.query(`CREATE INDEX units_parent_idx ON units (parent_id) WHERE parent_id IS NOT NULL`);
        await q.query(`
      CREATE TABLE audit_events (
        seq bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_type text NOT NULL,
        actor_id text,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        input_digest text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
        await q.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_id, seq)`);
    }
    async down(q) {
        for (const t of ['audit_events', 'units', 'batches', 'battery_models', 'plants', 'parks', 'api_keys', 'organizations']) {
            await q.query(`DROP TABLE IF EXISTS ${t}`);
        }
    }
}
exports.Foundation1763859600000 = Foundation1763859600000;
//# sourceMappingURL=1763859600000-Foundation.js.map