import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Embodied carbon footprints (issue 3): park energy ledger with Green Electricity Certificate
 * claims, the versioned emission factor library (seeded from the public sources named in docs/methods/), batch footprint inputs,
 * footprints (immutable versions), the factor rows each footprint used, and the per-batch
 * transport emissions that the export feature writes for the DISTRIBUTION stage.
 *
 * Immutability is enforced in the database as well as in the services:
 * - emission_factors rows never change and are never deleted (a correction is a new version);
 * - footprints change only in status (CALCULATED -> DECLARED -> SUPERSEDED, or CALCULATED ->
 *   SUPERSEDED) and the timestamps and actors that go with it, and are never deleted.
 */
const SEED_FACTORS: {
  code: string;
  kind: string;
  name: string;
  value: number;
  unit: string;
  region: string | null;
  year: number | null;
  series: string | null;
  chemistry?: string;
  transportMode?: string;
  source: string;
  isDefault: boolean;
  notes: string | null;
}[] = [
  // docs/methods/electricity.md: China MEE/NBS grid emission factors (kg CO2/kWh, combustion CO2 only).
  ...(
    [
      ['CN-GRID-2021-AVERAGE', 'China national grid 2021, average', 0.5568, 'CN', 2021, 'AVERAGE'],
      ['CN-GRID-2022-AVERAGE', 'China national grid 2022, average consumption mix', 0.5366, 'CN', 2022, 'AVERAGE'],
      [
        'CN-GRID-2022-EXCL-MARKET-NONFOSSIL',
        'China national grid 2022, excluding market-traded non-fossil power (residual mix)',
        0.5856,
        'CN',
        2022,
        'EXCLUDING_MARKET_NON_FOSSIL',
      ],
      ['CN-GRID-2022-FOSSIL-ONLY', 'China national grid 2022, fossil-only', 0.8325, 'CN', 2022, 'FOSSIL_ONLY'],
      ['CN-GRID-2023-AVERAGE', 'China national grid 2023, average', 0.5306, 'CN', 2023, 'AVERAGE'],
      ['CN-NORTH-GRID-2022-AVERAGE', 'North China grid 2022, average', 0.6776, 'CN-NORTH', 2022, 'AVERAGE'],
      ['CN-NORTH-GRID-2023-AVERAGE', 'North China grid 2023, average', 0.6361, 'CN-NORTH', 2023, 'AVERAGE'],
      ['CN-NM-GRID-2022-AVERAGE', 'Inner Mongolia grid 2022, average', 0.6849, 'CN-NM', 2022, 'AVERAGE'],
    ] as const
  ).map(([code, name, value, region, year, series]) => ({
    code,
    kind: 'ELECTRICITY',
    name,
    value,
    unit: 'kgCO2e/kWh',
    region,
    year,
    series,
    source: 'China MEE/NBS grid emission factors, per docs/methods/electricity.md',
    isDefault: false,
    notes: 'combustion CO2 only',
  })),
  {
    code: 'CN-GRID-2022-CARBON-MARKET',
    kind: 'ELECTRICITY',
    name: 'China national grid factor used by the carbon market for 2022 reporting',
    value: 0.5703,
    unit: 'kgCO2e/kWh',
    region: 'CN',
    year: 2022,
    series: 'CARBON_MARKET',
    source: 'China carbon-market series for 2022 reporting, per docs/methods/electricity.md',
    isDefault: false,
    notes: 'keep the series name with the value (docs/methods/electricity.md)',
  },
  {
    code: 'ELEC-WIND-SOLAR-DIRECT',
    kind: 'ELECTRICITY',
    name: 'Wind and solar electricity (direct line, on-site, or GEC-backed)',
    value: 0,
    unit: 'kgCO2e/kWh',
    region: null,
    year: null,
    series: 'RENEWABLE',
    source: 'MEE/NBS grid factors count combustion CO2 only, and wind and solar burn no fuel (docs/methods/electricity.md)',
    isDefault: true,
    notes: 'default: combustion basis, like the grid factors it is compared with',
  },
  // docs/methods/displacement.md destination grids for the displacement method (kg CO2e/kWh, defaults).
  ...(
    [
      ['EU-GRID-DEFAULT', 'EU grid, displacement default', 0.21, 'EU', 'EEA, per docs/methods/displacement.md'],
      ['US-GRID-DEFAULT', 'US grid, displacement default', 0.366, 'US', 'US EPA / EIA, per docs/methods/displacement.md'],
      ['SEA-GRID-DEFAULT', 'South-East Asia grid, displacement default', 0.55, 'SEA', 'docs/methods/displacement.md'],
    ] as const
  ).map(([code, name, value, region, source]) => ({
    code,
    kind: 'ELECTRICITY',
    name,
    value,
    unit: 'kgCO2e/kWh',
    region,
    year: null,
    series: 'AVERAGE',
    source,
    isDefault: true,
    notes: 'default of the displacement method (docs/methods/displacement.md)',
  })),
  {
    code: 'GLEC-V3.1-SEA-CONTAINER-EUROPE-AFRICA-DRY',
    kind: 'TRANSPORT',
    name: 'Sea container, Europe–Africa trade lane, dry container (GLEC v3.1)',
    value: 0.0894,
    unit: 'kgCO2e/TEU-km',
    region: 'Europe–Africa',
    year: null,
    series: null,
    transportMode: 'SEA',
    source: 'GLEC Framework v3.1, per docs/methods/transport.md (well-to-wheel)',
    isDefault: false,
    notes: 'convert with the actual tonnes per TEU (docs/methods/transport.md)',
  },
  {
    code: 'BATTERY-NMC-GRID-DEFAULT',
    kind: 'BATTERY',
    name: 'NMC battery, cradle to gate on grid power (displacement default)',
    value: 75,
    unit: 'kgCO2e/kWh-capacity',
    region: null,
    year: null,
    series: null,
    chemistry: 'NMC',
    source: 'docs/methods/displacement.md battery EF default (IVL 2019)',
    isDefault: true,
    notes: 'default for runs without a declared footprint',
  },
  {
    code: 'BATTERY-LFP-GRID-DEFAULT',
    kind: 'BATTERY',
    name: 'LFP battery, cradle to gate on grid power (displacement default)',
    value: 60,
    unit: 'kgCO2e/kWh-capacity',
    region: null,
    year: null,
    series: null,
    chemistry: 'LFP',
    source: 'docs/methods/displacement.md battery EF default',
    isDefault: true,
    notes: 'default for runs without a declared footprint',
  },
];

export class Footprints1763900000000 implements MigrationInterface {
  name = 'Footprints1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    // ---- emission factor library --------------------------------------------------------------
    await q.query(`
      CREATE TABLE emission_factors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9._-]{0,99}$'),
        version integer NOT NULL CHECK (version >= 1),
        kind text NOT NULL CHECK (kind IN ('ELECTRICITY','MATERIAL','PROCESS_ENERGY','TRANSPORT','END_OF_LIFE','BATTERY')),
        name text NOT NULL,
        value double precision NOT NULL CHECK (value >= 0),
        unit text NOT NULL,
        region text,
        year integer,
        series text,
        material text,
        chemistry text,
        transport_mode text,
        source text NOT NULL CHECK (length(source) > 0),
        is_default boolean NOT NULL DEFAULT false,
        notes text,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (code, version)
      )`);
    await q.query(`CREATE INDEX emission_factors_kind_idx ON emission_factors (kind, code, version DESC)`);
    await q.query(`
      CREATE FUNCTION emission_factors_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'emission factor % v% is immutable: add a new version instead', OLD.code, OLD.version
          USING ERRCODE = 'integrity_constraint_violation';
      END $$`);
    await q.query(`
      CREATE TRIGGER emission_factors_immutable BEFORE UPDATE OR DELETE ON emission_factors
        FOR EACH ROW EXECUTE FUNCTION emission_factors_immutable()`);
    for (const f of SEED_FACTORS) {
      await q.query(
        `INSERT INTO emission_factors (code, version, kind, name, value, unit, region, year, series, chemistry, transport_mode, source, is_default, notes, created_by)
         VALUES ($1, 1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'migration:Footprints1763900000000')`,
        [
          f.code,
          f.kind,
          f.name,
          f.value,
          f.unit,
          f.region,
          f.year,
          f.series,
          f.chemistry ?? null,
          f.transportMode ?? null,
          f.source,
          f.isDefault,
          f.notes,
        ],
      );
    }

    // ---- park energy ledger -------------------------------------------------------------------
    await q.query(`
      CREATE TABLE park_energy_periods (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        park_id uuid NOT NULL REFERENCES parks(id),
        period_start date NOT NULL,
        period_end date NOT NULL,
        total_kwh double precision NOT NULL CHECK (total_kwh > 0),
        recorded_by_organization_id uuid REFERENCES organizations(id),
        recorded_by text NOT NULL,
        note text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start),
        CONSTRAINT park_energy_periods_no_overlap EXCLUDE USING gist (park_id WITH =, daterange(period_start, period_end, '[]') WITH &&)
      )`);
    await q.query(`
      CREATE TABLE park_energy_supplies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        period_id uuid NOT NULL REFERENCES park_energy_periods(id),
        position integer NOT NULL,
        source text NOT NULL CHECK (source IN ('DIRECT_LINE','ONSITE','GREEN_TRADE','GRID')),
        kwh double precision NOT NULL CHECK (kwh >= 0),
        meter_ids text[] NOT NULL DEFAULT '{}',
        UNIQUE (period_id, position)
      )`);
    await q.query(`
      CREATE TABLE gec_claims (
        serial text PRIMARY KEY,
        supply_id uuid NOT NULL REFERENCES park_energy_supplies(id),
        period_id uuid NOT NULL REFERENCES park_energy_periods(id),
        park_id uuid NOT NULL REFERENCES parks(id),
        claimed_by_organization_id uuid REFERENCES organizations(id),
        claimed_by text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `COMMENT ON TABLE gec_claims IS 'A Green Electricity Certificate serial is claimed once platform-wide (docs/methods/electricity.md)'`,
    );
    await q.query(`CREATE INDEX gec_claims_supply_idx ON gec_claims (supply_id)`);

    // ---- batch inputs, footprints -------------------------------------------------------------
    await q.query(`
      CREATE TABLE batch_footprint_inputs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES batches(id),
        version integer NOT NULL CHECK (version >= 1),
        document jsonb NOT NULL,
        document_sha256 text NOT NULL,
        recorded_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (batch_id, version)
      )`);
    await q.query(`
      CREATE TABLE batch_transport_emissions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES batches(id),
        shipment_id uuid NULL,
        source text NOT NULL,
        co2e_kg double precision NOT NULL CHECK (co2e_kg >= 0),
        computed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX batch_transport_emissions_batch_idx ON batch_transport_emissions (batch_id)`);
    await q.query(`
      CREATE TABLE footprints (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id uuid NOT NULL REFERENCES batches(id),
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        model_id uuid NOT NULL REFERENCES battery_models(id),
        plant_id uuid NOT NULL REFERENCES plants(id),
        version integer NOT NULL CHECK (version >= 1),
        ruleset_id text NOT NULL,
        status text NOT NULL DEFAULT 'CALCULATED' CHECK (status IN ('CALCULATED','DECLARED','SUPERSEDED')),
        raw_material_kg_co2e double precision NOT NULL,
        main_production_kg_co2e double precision NOT NULL,
        distribution_kg_co2e double precision NOT NULL,
        end_of_life_kg_co2e double precision NOT NULL,
        kg_co2e_absolute double precision NOT NULL,
        kg_co2e_per_kwh_capacity double precision NOT NULL,
        kg_co2e_per_kwh_lifetime double precision NOT NULL,
        output_energy_kwh double precision NOT NULL CHECK (output_energy_kwh > 0),
        lifetime_energy_kwh double precision NOT NULL CHECK (lifetime_energy_kwh > 0),
        distribution_is_estimate boolean NOT NULL,
        inputs_id uuid NOT NULL REFERENCES batch_footprint_inputs(id),
        inputs jsonb NOT NULL,
        result jsonb NOT NULL,
        inputs_sha256 text NOT NULL CHECK (inputs_sha256 ~ '^[0-9a-f]{64}$'),
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        declared_at timestamptz,
        declared_by text,
        superseded_at timestamptz,
        superseded_by uuid REFERENCES footprints(id),
        UNIQUE (batch_id, version)
      )`);
    await q.query(`CREATE INDEX footprints_model_plant_idx ON footprints (model_id, plant_id) WHERE status = 'DECLARED'`);
    await q.query(`
      CREATE FUNCTION footprints_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'footprint % v% is immutable and cannot be deleted', OLD.batch_id, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.id, NEW.batch_id, NEW.manufacturer_id, NEW.model_id, NEW.plant_id, NEW.version, NEW.ruleset_id,
            NEW.raw_material_kg_co2e, NEW.main_production_kg_co2e, NEW.distribution_kg_co2e, NEW.end_of_life_kg_co2e,
            NEW.kg_co2e_absolute, NEW.kg_co2e_per_kwh_capacity, NEW.kg_co2e_per_kwh_lifetime, NEW.output_energy_kwh,
            NEW.lifetime_energy_kwh, NEW.distribution_is_estimate, NEW.inputs_id, NEW.inputs, NEW.result, NEW.inputs_sha256,
            NEW.created_by, NEW.created_at)
           IS DISTINCT FROM
           (OLD.id, OLD.batch_id, OLD.manufacturer_id, OLD.model_id, OLD.plant_id, OLD.version, OLD.ruleset_id,
            OLD.raw_material_kg_co2e, OLD.main_production_kg_co2e, OLD.distribution_kg_co2e, OLD.end_of_life_kg_co2e,
            OLD.kg_co2e_absolute, OLD.kg_co2e_per_kwh_capacity, OLD.kg_co2e_per_kwh_lifetime, OLD.output_energy_kwh,
            OLD.lifetime_energy_kwh, OLD.distribution_is_estimate, OLD.inputs_id, OLD.inputs, OLD.result, OLD.inputs_sha256,
            OLD.created_by, OLD.created_at) THEN
          RAISE EXCEPTION 'footprint % v% is immutable: only its status may change', OLD.batch_id, OLD.version
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
             (OLD.status = 'CALCULATED' AND NEW.status IN ('DECLARED', 'SUPERSEDED'))
          OR (OLD.status = 'DECLARED' AND NEW.status = 'SUPERSEDED')) THEN
          RAISE EXCEPTION 'footprint % v% cannot go from % to %', OLD.batch_id, OLD.version, OLD.status, NEW.status
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER footprints_guard BEFORE UPDATE OR DELETE ON footprints
        FOR EACH ROW EXECUTE FUNCTION footprints_guard()`);
    await q.query(`
      CREATE TABLE footprint_factor_uses (
        footprint_id uuid NOT NULL REFERENCES footprints(id),
        factor_id uuid NOT NULL REFERENCES emission_factors(id),
        PRIMARY KEY (footprint_id, factor_id)
      )`);
    await q.query(`CREATE INDEX footprint_factor_uses_factor_idx ON footprint_factor_uses (factor_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'footprint_factor_uses',
      'footprints',
      'batch_transport_emissions',
      'batch_footprint_inputs',
      'gec_claims',
      'park_energy_supplies',
      'park_energy_periods',
      'emission_factors',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS footprints_guard()`);
    await q.query(`DROP FUNCTION IF EXISTS emission_factors_immutable()`);
  }
}
