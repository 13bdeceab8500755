import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sea-freight export (issue 4): ports, shipments with their forwarders, containers, cargo lines,
 * legs and events. A leg's factor row is a TRANSPORT row of the emission factor library
 * (emission_factors, from the footprints migration, seeded there with the GLEC factor of
 * docs/methods/transport.md), or an override with its source kept on the leg.
 *
 * - A container may sit on only one open shipment (not yet DELIVERED): a partial unique index on
 *   shipment_containers, released when the shipment is delivered.
 * - Cargo lines name a batch and a count of packs (unit_kind 3, pack_count) or of loose cells or
 *   modules (unit_kind 1 or 2, unit_count), with the first and last serial of the units they take
 *   (units of the batch taken in serial order, COLLATE "C", from serial_offset on).
 */
export class Shipments1763900100000 implements MigrationInterface {
  name = 'Shipments1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ports (
        locode text PRIMARY KEY CHECK (locode ~ '^[A-Z]{2}[A-Z2-9]{3}$'),
        name text NOT NULL,
        country char(2) NOT NULL CHECK (country = substr(locode, 1, 2)),
        region text NOT NULL CHECK (region IN ('ASIA','EUROPE','AFRICA','NORTH_AMERICA','SOUTH_AMERICA','OCEANIA')),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The UN/LOCODEs of docs/methods/identifiers.md. Coordinates are port-centre approximations to 2 decimals
    // (public geographic facts, for maps and read points; never used in a calculation).
    await q.query(`
      INSERT INTO ports (locode, name, country, region, latitude, longitude) VALUES
        ('CNTSN', 'Tianjin', 'CN', 'ASIA', 39.00, 117.72),
        ('CNTXG', 'Tianjin Xingang', 'CN', 'ASIA', 38.97, 117.78),
        ('CNSHA', 'Shanghai', 'CN', 'ASIA', 31.35, 121.61),
        ('CNTAO', 'Qingdao', 'CN', 'ASIA', 36.07, 120.31),
        ('NLRTM', 'Rotterdam', 'NL', 'EUROPE', 51.95, 4.14),
        ('DEHAM', 'Hamburg', 'DE', 'EUROPE', 53.54, 9.97),
        ('BEANR', 'Antwerp', 'BE', 'EUROPE', 51.27, 4.35),
        ('SGSIN', 'Singapore', 'SG', 'ASIA', 1.26, 103.80),
        ('USLAX', 'Los Angeles', 'US', 'NORTH_AMERICA', 33.73, -118.26),
        ('USLGB', 'Long Beach', 'US', 'NORTH_AMERICA', 33.75, -118.21),
        ('MYPKG', 'Port Klang', 'MY', 'ASIA', 3.00, 101.39),
        ('THLCH', 'Laem Chabang', 'TH', 'ASIA', 13.08, 100.88)`);

    await q.query(`
      CREATE TABLE shipments (
        id uuid PRIMARY KEY,
        manufacturer_id uuid NOT NULL REFERENCES organizations(id),
        consignee_id uuid NOT NULL REFERENCES organizations(id),
        reference text NOT NULL,
        bill_of_lading_number text NOT NULL UNIQUE,
        incoterm_rule text NOT NULL CHECK (incoterm_rule IN ('EXW','FCA','CPT','CIP','DAP','DPU','DDP','FAS','FOB','CFR','CIF')),
        incoterm_place text NOT NULL,
        incoterm_version text NOT NULL,
        shipper text NOT NULL,
        notify_party text,
        vessel_name text NOT NULL,
        vessel_imo char(7) NOT NULL CHECK (vessel_imo ~ '^[0-9]{7}$'),
        voyage_number text NOT NULL,
        port_of_loading text NOT NULL REFERENCES ports(locode),
        port_of_discharge text NOT NULL REFERENCES ports(locode),
        hs_code text NOT NULL CHECK (hs_code ~ '^[0-9]{4}\\.[0-9]{2}$'),
        tariff_code text,
        goods_description text NOT NULL,
        un_number text NOT NULL CHECK (un_number IN ('UN3480','UN3481','UN3171','UN3536')),
        dg_class text NOT NULL CHECK (dg_class = '9'),
        un38_3_test_summary text NOT NULL,
        cargo_gross_mass_kg double precision NOT NULL CHECK (cargo_gross_mass_kg > 0),
        teu double precision,
        transport_co2e_kg double precision,
        emissions_computed_at timestamptz,
        status text NOT NULL DEFAULT 'CREATED' CHECK (status IN
          ('CREATED','BOOKED','GATE_IN','LOADED','DEPARTED','TRANSSHIPPED','ARRIVED','DISCHARGED','CUSTOMS_CLEARED','DELIVERED')),
        shipped_on_board_at timestamptz,
        departed_at timestamptz,
        arrived_at timestamptz,
        delivered_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (manufacturer_id, reference)
      )`);
    await q.query(`CREATE INDEX shipments_manufacturer_idx ON shipments (manufacturer_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX shipments_consignee_idx ON shipments (consignee_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX shipments_created_idx ON shipments (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX shipments_vessel_idx ON shipments (vessel_imo)`);
    await q.query(`CREATE INDEX shipments_discharge_idx ON shipments (port_of_discharge)`);

    await q.query(`
      CREATE TABLE shipment_forwarders (
        shipment_id uuid NOT NULL REFERENCES shipments(id),
        forwarder_id uuid NOT NULL REFERENCES organizations(id),
        assigned_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (shipment_id, forwarder_id)
      )`);
    await q.query(`CREATE INDEX shipment_forwarders_forwarder_idx ON shipment_forwarders (forwarder_id, shipment_id)`);

    await q.query(`
      CREATE TABLE shipment_containers (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipments(id),
        position integer NOT NULL,
        container_number char(11) NOT NULL CHECK (container_number ~ '^[A-Z]{3}[UJZ][0-9]{7}$'),
        seal_number text NOT NULL,
        size_type text NOT NULL CHECK (size_type ~ '^[0-9A-Z]{2}[A-Z][0-9A-Z]$'),
        teu double precision,
        gross_mass_kg double precision NOT NULL CHECK (gross_mass_kg > 0),
        released_at timestamptz,
        UNIQUE (shipment_id, container_number),
        UNIQUE (shipment_id, position)
      )`);
    await q.query(`CREATE UNIQUE INDEX shipment_containers_open_key ON shipment_containers (container_number) WHERE released_at IS NULL`);

    await q.query(`
      CREATE TABLE shipment_cargo_lines (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipments(id),
        line_no integer NOT NULL,
        container_id uuid NOT NULL REFERENCES shipment_containers(id),
        batch_id uuid NOT NULL REFERENCES batches(id),
        unit_kind smallint NOT NULL CHECK (unit_kind IN (1, 2, 3)),
        pack_count integer NOT NULL CHECK (pack_count >= 0),
        unit_count integer NOT NULL CHECK (unit_count >= 0),
        serial_offset integer NOT NULL CHECK (serial_offset >= 0),
        first_serial text NOT NULL,
        last_serial text NOT NULL,
        gross_mass_kg double precision NOT NULL CHECK (gross_mass_kg > 0),
        transport_co2e_kg double precision,
        UNIQUE (shipment_id, line_no),
        CHECK ((unit_kind = 3 AND pack_count > 0 AND unit_count = 0) OR (unit_kind IN (1, 2) AND unit_count > 0 AND pack_count = 0))
      )`);
    await q.query(`COMMENT ON COLUMN shipment_cargo_lines.unit_kind IS '3 PACK (pack_count), or loose 1 CELL / 2 MODULE (unit_count)'`);
    await q.query(
      `CREATE INDEX shipment_cargo_lines_batch_idx ON shipment_cargo_lines (batch_id, unit_kind) INCLUDE (pack_count, unit_count)`,
    );
    await q.query(`CREATE INDEX shipment_cargo_lines_container_idx ON shipment_cargo_lines (container_id)`);

    await q.query(`
      CREATE TABLE shipment_legs (
        id uuid PRIMARY KEY,
        shipment_id uuid NOT NULL REFERENCES shipments(id),
        leg_no integer NOT NULL,
        mode text NOT NULL CHECK (mode IN ('ROAD','RAIL','SEA','INLAND_WATERWAY')),
        from_place text NOT NULL,
        to_place text NOT NULL,
        distance_km double precision NOT NULL CHECK (distance_km > 0),
        distance_source text NOT NULL,
        routing text CHECK (routing IN ('SUEZ','CAPE')),
        factor_id uuid REFERENCES emission_factors(id),
        override_value double precision CHECK (override_value > 0),
        override_unit text CHECK (override_unit IN ('KG_CO2E_PER_TONNE_KM','KG_CO2E_PER_TEU_KM')),
        override_source text,
        tonnes double precision,
        tonne_km double precision,
        kg_co2e_per_tonne_km double precision,
        co2e_kg double precision,
        UNIQUE (shipment_id, leg_no),
        CHECK ((factor_id IS NULL) = (override_value IS NOT NULL)),
        CHECK ((override_value IS NULL) = (override_unit IS NULL) AND (override_value IS NULL) = (override_source IS NULL))
      )`);
    await q.query(`CREATE INDEX shipment_legs_factor_idx ON shipment_legs (factor_id) WHERE factor_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE shipment_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        shipment_id uuid NOT NULL REFERENCES shipments(id),
        seq integer NOT NULL,
        type text NOT NULL CHECK (type IN
          ('BOOKED','GATE_IN','LOADED','DEPARTED','TRANSSHIPPED','ARRIVED','DISCHARGED','CUSTOMS_CLEARED','DELIVERED')),
        occurred_at timestamptz NOT NULL,
        place text NOT NULL,
        locode text CHECK (locode ~ '^[A-Z]{2}[A-Z2-9]{3}$'),
        note text,
        recorded_by_type text NOT NULL,
        recorded_by_id text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (shipment_id, seq)
      )`);

    // batch_transport_emissions belongs to the footprints migration (which runs before this one);
    // this feature replaces a shipment's rows there, so it looks them up by shipment.
    await q.query(`CREATE INDEX batch_transport_emissions_shipment_idx ON batch_transport_emissions (shipment_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS batch_transport_emissions_shipment_idx`);
    for (const t of [
      'shipment_events',
      'shipment_legs',
      'shipment_cargo_lines',
      'shipment_containers',
      'shipment_forwarders',
      'shipments',
      'ports',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
