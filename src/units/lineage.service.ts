import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { notFound } from '../common/errors';
import { requireText } from '../common/validate';
import { lineageScope } from '../access/unit-access';
import { LineageShipmentModel, UnitLineageModel, UnitMembershipModel, UnitPlacementModel } from './unit.model';
import { CARGO_COVERS, HISTORY_UP, SHIPMENT_CONCERNS } from './unit-custody';
import { MEMBERSHIPS_OF, tracedUnit, UNIT_COLUMNS, UnitRowSql } from './unit-rows';

/** Deepest parent chain walked: cell → module → pack is 2 steps; a little room for deeper nesting. */
const MAX_CHAIN = 4;

interface LineageSql {
  chain: UnitRowSql[] | null;
  origin: {
    batch: {
      id: string;
      batchNumber: string;
      status: string;
      productionStart: string;
      productionEnd: string;
      modelName: string;
      chemistry: string;
    };
    manufacturer: { id: string; name: string };
    plant: { id: string; name: string };
    park: { id: string; code: string; name: string; country: string; province: string };
  } | null;
  shipments:
    | (Omit<LineageShipmentModel, 'departedAt' | 'shippedUnit'> & {
        departedAt: string | null;
        consigneeId: string;
        shippedUnit: UnitRowSql;
      })[]
    | null;
}

/**
 * Lineage of one unit and where it sat over time. `unitLineage` is one statement: a recursive
 * CTE up units.parent_id for the current chain, then joins to batch, model, plant, park,
 * manufacturer and the shipments whose cargo lines cover the unit or any unit it sat in at the
 * time (a walk up the membership history, unit-custody.ts): history is append-only, so a
 * shipment stays in the lineage of what it carried after a repack or a disassembly.
 */
@Injectable()
export class LineageService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async unitLineage(actor: Actor, serialIn: string, manufacturerIdIn: string | null | undefined): Promise<UnitLineageModel> {
    const serial = requireText('serial', serialIn, 64);
    const scope = lineageScope(actor, manufacturerIdIn);
    // A named (prepared) statement: each pooled connection plans it once, so a lookup pays only
    // for execution (bench/provenance.bench.ts measures it).
    const pool = (
      this.db.driver as unknown as {
        master: { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: LineageSql[] }> };
      }
    ).master;
    const {
      rows: [row],
    } = await pool.query({
      name: 'battrace_unit_lineage_v2',
      values: [scope.manufacturerId, serial],
      text: `WITH RECURSIVE chain AS (
         SELECT ${UNIT_COLUMNS}, 0 AS depth FROM units WHERE manufacturer_id = $1 AND serial = $2
         UNION ALL
         SELECT p.id::text, p.manufacturer_id, p.batch_id, p.kind, p.serial, p.parent_id::text, p.status, p.produced_at, p.created_at, c.depth + 1
           FROM chain c JOIN units p ON p.id = c.parent_id::bigint WHERE c.depth < ${MAX_CHAIN}
       ), ${HISTORY_UP('SELECT id FROM units WHERE manufacturer_id = $1 AND serial = $2')},
       ships AS (
         SELECT DISTINCT ON (s.id) s.id, s.reference, s.bill_of_lading_number AS "billOfLadingNumber", s.status,
                s.vessel_name AS "vesselName", s.vessel_imo AS "vesselImo", s.port_of_loading AS "portOfLoading",
                s.port_of_discharge AS "portOfDischarge", s.departed_at AS "departedAt", s.consignee_id AS "consigneeId",
                json_build_object('id', o.id, 'name', o.name) AS consignee,
                json_build_object('id', x.id::text, 'manufacturer_id', x.manufacturer_id, 'batch_id', x.batch_id, 'kind', x.kind,
                  'serial', x.serial, 'parent_id', x.parent_id::text, 'status', x.status, 'produced_at', x.produced_at,
                  'created_at', x.created_at) AS "shippedUnit", s.created_at
           FROM hist h
           JOIN units x ON x.id = h.id
           JOIN shipment_cargo_lines l ON ${CARGO_COVERS('l', 'x')}
           JOIN shipments s ON s.id = l.shipment_id
           JOIN organizations o ON o.id = s.consignee_id
          WHERE ${SHIPMENT_CONCERNS('h', 's')}
          ORDER BY s.id, h.depth
       )
       SELECT (SELECT json_agg(c ORDER BY c.depth) FROM chain c) AS chain,
              (SELECT json_build_object(
                        'batch', json_build_object('id', b.id, 'batchNumber', b.batch_number, 'status', b.status,
                          'productionStart', b.production_start, 'productionEnd', b.production_end, 'modelName', m.name, 'chemistry', m.chemistry),
                        'manufacturer', json_build_object('id', mo.id, 'name', mo.name),
                        'plant', json_build_object('id', pl.id, 'name', pl.name),
                        'park', json_build_object('id', pk.id, 'code', pk.code, 'name', pk.name, 'country', pk.country, 'province', pk.province))
                 FROM chain c JOIN batches b ON b.id = c.batch_id JOIN battery_models m ON m.id = b.model_id
                 JOIN plants pl ON pl.id = b.plant_id JOIN parks pk ON pk.id = pl.park_id JOIN organizations mo ON mo.id = b.manufacturer_id
                WHERE c.depth = 0) AS origin,
              (SELECT json_agg(s ORDER BY s.created_at, s.id) FROM ships s) AS shipments`,
    });
    const chainRows = (row.chain ?? []).map((u) => ({ ...u, produced_at: new Date(u.produced_at), created_at: new Date(u.created_at) }));
    if (!chainRows.length || !row.origin) throw notFound('Unit with serial', `"${serial}"`, 'serial');
    let shipments = row.shipments ?? [];
    if (scope.consigneeId !== null) {
      const mine = scope.consigneeId;
      shipments = shipments.filter((s) => s.consigneeId === mine);
      // A buyer sees a unit only through the shipments consigned to it: otherwise it does not exist for it.
      if (!shipments.length) throw notFound('Unit with serial', `"${serial}"`, 'serial');
    }
    const chain = chainRows.map(tracedUnit);
    const o = row.origin;
    return {
      unit: chain[0],
      chain,
      batch: { ...o.batch, productionStart: new Date(o.batch.productionStart), productionEnd: new Date(o.batch.productionEnd) },
      manufacturer: o.manufacturer,
      plant: o.plant,
      park: o.park,
      shipments: shipments.map((s) => ({
        id: s.id,
        reference: s.reference,
        billOfLadingNumber: s.billOfLadingNumber,
        status: s.status,
        vesselName: s.vesselName,
        vesselImo: s.vesselImo,
        portOfLoading: s.portOfLoading,
        portOfDischarge: s.portOfDischarge,
        departedAt: s.departedAt ? new Date(s.departedAt) : null,
        consignee: s.consignee,
        shippedUnit: tracedUnit(s.shippedUnit),
      })),
    };
  }

  /**
   * Where the unit sat at `at`: its parent chain then, read from the membership history. Times
   * compare at millisecond precision, the precision the API gives them out with.
   */
  async unitAt(actor: Actor, serialIn: string, at: Date, manufacturerIdIn: string | null | undefined): Promise<UnitPlacementModel> {
    const serial = requireText('serial', serialIn, 64);
    const manufacturerId = lineageScope(actor, manufacturerIdIn, false).manufacturerId;
    const rows: (UnitRowSql & { depth: number })[] = await this.db.query(
      `WITH RECURSIVE up AS (
         SELECT id, 0 AS depth FROM units WHERE manufacturer_id = $1 AND serial = $2
         UNION ALL
         SELECT m.parent_id, up.depth + 1 FROM up CROSS JOIN ${MEMBERSHIPS_OF('up.id')} m
          WHERE up.depth < ${MAX_CHAIN} AND date_trunc('milliseconds', m.valid_from) <= $3
            AND (m.valid_to IS NULL OR date_trunc('milliseconds', m.valid_to) > $3)
       )
       SELECT ${UNIT_COLUMNS.split(', ')
         .map((c) => `u.${c}`)
         .join(', ')}, up.depth FROM up JOIN units u ON u.id = up.id ORDER BY up.depth`,
      [manufacturerId, serial, at],
    );
    if (!rows.length) throw notFound('Unit with serial', `"${serial}"`, 'serial');
    const chain = rows.map(tracedUnit);
    const ancestors = chain.slice(1);
    return { unit: chain[0], at, parent: ancestors[0] ?? null, pack: ancestors[ancestors.length - 1] ?? null, ancestors };
  }

  /** Every parent the unit has had, oldest first. */
  async unitMemberships(actor: Actor, serialIn: string, manufacturerIdIn: string | null | undefined): Promise<UnitMembershipModel[]> {
    const serial = requireText('serial', serialIn, 64);
    const manufacturerId = lineageScope(actor, manufacturerIdIn, false).manufacturerId;
    const rows: (UnitRowSql & { valid_from: Date; valid_to: Date | null; found: boolean })[] = await this.db.query(
      `SELECT ${UNIT_COLUMNS.split(', ')
        .map((c) => `p.${c}`)
        .join(', ')}, m.valid_from, m.valid_to
         FROM units u CROSS JOIN ${MEMBERSHIPS_OF('u.id')} m JOIN units p ON p.id = m.parent_id
        WHERE u.manufacturer_id = $1 AND u.serial = $2
        ORDER BY m.valid_from, m.valid_to NULLS LAST`,
      [manufacturerId, serial],
    );
    if (!rows.length) {
      const exists: unknown[] = await this.db.query(`SELECT 1 FROM units WHERE manufacturer_id = $1 AND serial = $2`, [
        manufacturerId,
        serial,
      ]);
      if (!exists.length) throw notFound('Unit with serial', `"${serial}"`, 'serial');
    }
    return rows.map((r) => ({ parent: tracedUnit(r), validFrom: r.valid_from, validTo: r.valid_to }));
  }
}
