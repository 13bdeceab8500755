import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import {
  BUYER_VISIBILITY,
  ENERGY_PERIOD_VISIBILITY,
  FOOTPRINT_INPUTS_VISIBILITY,
  FOOTPRINT_VISIBILITY,
  SHIPMENT_VISIBILITY,
  UNIT_VISIBILITY,
  viewerParams,
} from '../access/provenance-visibility';
import { badInput, notFound } from '../common/errors';
import { decodeCursor, encodeCursor, pageSize } from '../common/pagination';
import { GlobalIdKind, parseGlobalId } from './global-id';
import { EdgeKind, NodeKind, UNIT_NODE_KINDS } from './provenance-kinds';
import { FANOUT_INLINE, NODE_BUDGET, planWalk } from './provenance-limits';
import { ANCHOR_ARRAY, Branch, BRANCHES, Dir, LOT_KEY, LOT_LABEL, MATERIAL_LINES, SUPPLIER_KEY, SUPPLIER_LABEL } from './provenance-sql';
import {
  ProvenanceDirection,
  ProvenanceEdgeModel,
  ProvenanceFanOutModel,
  ProvenanceFanOutPageModel,
  ProvenanceGraphModel,
  ProvenanceNodeModel,
} from './provenance.model';

export interface ProvenanceArgs {
  rootId: string;
  direction?: ProvenanceDirection | null;
  depth?: number | null;
  kinds?: string[] | null;
  at?: Date | null;
  first?: number | null;
  after?: string | null;
}

interface EdgeRow {
  anchor: string;
  other_id: string;
  other_kind: NodeKind;
  label: string;
  ekind: EdgeKind;
  dir: Dir;
  valid_from: Date | null;
  valid_to: Date | null;
  n: number;
}

const KIND_OF_ID: Record<GlobalIdKind, NodeKind | 'UNIT'> = {
  Supplier: 'SUPPLIER',
  MaterialLot: 'MATERIAL_LOT',
  Park: 'PARK',
  EnergyPeriod: 'ENERGY_PERIOD',
  Plant: 'PLANT',
  BatteryModel: 'BATTERY_MODEL',
  Batch: 'BATCH',
  Unit: 'UNIT',
  Footprint: 'FOOTPRINT',
  Certificate: 'CERTIFICATE',
  Certifier: 'CERTIFIER',
  Shipment: 'SHIPMENT',
  Container: 'CONTAINER',
  Vessel: 'VESSEL',
  Port: 'PORT',
  Buyer: 'BUYER',
};
const anchorOf = (kind: NodeKind): Branch['anchor'] => (kind === 'CELL' || kind === 'MODULE' || kind === 'PACK' ? 'UNIT' : kind);
const keyOf = (id: string) => id.slice(id.indexOf(':') + 1);

/**
 * The provenance walk (issue 6): breadth first from the root, one statement per level for all
 * frontier nodes whatever their kind (a UNION ALL of the branches in provenance-sql.ts, each fed
 * an `= ANY(array)` of its kind's frontier), plus one count per level for batch units. A fan-out
 * of more than FANOUT_INLINE nodes from one node (a batch's cells, a module's cells, a port's
 * shipments) comes back as a counted summary and is not walked further. Pages are slices of the
 * walk in a stable order (distance, kind, id); each edge belongs to the page of its later node.
 */
@Injectable()
export class ProvenanceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async provenance(actor: Actor, args: ProvenanceArgs): Promise<ProvenanceGraphModel> {
    const direction = args.direction ?? 'BOTH';
    const plan = planWalk(args.depth, args.first, args.kinds, direction === 'BOTH');
    const root = parseGlobalId('rootId', args.rootId);
    const [offset, prevSteps] = this.position(args.after);
    if (args.at && Number.isNaN(args.at.getTime())) throw badInput('at', 'is not a valid date');
    const params = [...viewerParams(actor), args.at ?? null];

    const rootNode = await this.rootNode(root.kind, root.key, params, args.rootId);
    const dirs: Dir[] = direction === 'BOTH' ? ['up', 'down'] : direction === 'UPSTREAM' ? ['up'] : ['down'];
    const nodes = new Map<string, ProvenanceNodeModel>([[rootNode.id, rootNode]]);
    const edges = new Map<string, ProvenanceEdgeModel & { step: number }>();
    const fanOuts: (ProvenanceFanOutModel & { step: number })[] = [];
    let budgetHit = false;
    let frontier: ProvenanceNodeModel[] = [rootNode];
    let steps = 0;

    // Lazy: stop as soon as this page is settled (every node up to its end known, one more to
    // tell whether there is a next page), but never before the steps the previous page took.
    for (let d = 1; d <= plan.depth && frontier.length && !budgetHit; d++) {
      if (nodes.size > offset + plan.first && d > prevSteps) break;
      const rows = await this.expand(frontier, dirs, params);
      const next: ProvenanceNodeModel[] = [];
      for (const r of rows) {
        if (!plan.kinds.has(r.other_kind)) continue;
        if (r.n > FANOUT_INLINE) {
          if (!fanOuts.some((f) => f.from === r.anchor && f.kind === r.other_kind && f.edgeKind === r.ekind)) {
            fanOuts.push({ from: r.anchor, edgeKind: r.ekind, kind: r.other_kind, count: r.n, cursor: this.fanOutCursor(r), step: d });
          }
          continue;
        }
        const [from, to] = r.dir === 'down' ? [r.anchor, r.other_id] : [r.other_id, r.anchor];
        if (!nodes.has(r.other_id)) {
          if (nodes.size >= NODE_BUDGET) {
            budgetHit = true;
            continue;
          }
          const node = { id: r.other_id, kind: r.other_kind, label: r.label, distance: d };
          nodes.set(node.id, node);
          next.push(node);
        }
        const ek = `${from}|${to}|${r.ekind}|${r.valid_from?.toISOString() ?? ''}`;
        if (!edges.has(ek)) edges.set(ek, { from, to, kind: r.ekind, validFrom: r.valid_from, validTo: r.valid_to, step: d });
      }
      frontier = next;
      steps = d;
    }
    const walkDone = budgetHit || frontier.length === 0 || steps >= plan.depth;

    const order = [...nodes.values()].sort((a, b) => a.distance - b.distance || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
    const index = new Map(order.map((n, i) => [n.id, i]));
    const page = order.slice(offset, offset + plan.first);
    const end = offset + page.length;
    // An edge belongs to the page of its later node; one found by a step the previous page did
    // not take, between nodes of earlier pages, comes with this page.
    const pageEdges = [...edges.values()]
      .filter((e) => {
        const i = Math.max(index.get(e.from)!, index.get(e.to)!);
        return (i >= offset && i < end) || (i < offset && e.step > prevSteps);
      })
      .map(({ step: _step, ...e }) => e);
    const hasNextPage = end < order.length || !walkDone;
    return {
      rootId: rootNode.id,
      nodes: page,
      edges: pageEdges,
      fanOuts: fanOuts.filter((f) => f.step > prevSteps).map(({ step: _step, ...f }) => f),
      truncated: budgetHit || fanOuts.length > 0,
      pageInfo: { hasNextPage, endCursor: hasNextPage || page.length ? encodeCursor([end, steps]) : null },
    };
  }

  /** The members of a summarised fan-out (a batch's units of one kind, or a unit's children), in id order. */
  async fanOut(actor: Actor, cursor: string, firstIn: number | null | undefined): Promise<ProvenanceFanOutPageModel> {
    const first = pageSize('first', firstIn);
    const key = decodeCursor('cursor', cursor, 4);
    const [from, kind, at, after] = key as [string, string, string, string];
    const root = parseGlobalId('cursor', from);
    const unitKind = Object.entries(UNIT_NODE_KINDS).find(([, k]) => k === kind)?.[0];
    if (!unitKind || !/^[0-9]+$/.test(after) || (at !== '' && Number.isNaN(Date.parse(at))))
      throw badInput('cursor', 'is not a cursor returned by this API');
    const [admin, org] = viewerParams(actor);
    const atValue = at === '' ? null : at;
    let rows: { id: string; serial: string; valid_from: Date | null; valid_to: Date | null }[];
    if (root.kind === 'Batch') {
      rows = await this.db.query(
        `SELECT id::text, serial, produced_at AS valid_from, NULL::timestamptz AS valid_to FROM units
          WHERE batch_id = $1 AND kind = $2 AND id > $3 AND ${UNIT_VISIBILITY.sql('units', { admin: '$4', org: '$5' })} AND ($6::timestamptz IS NULL OR produced_at <= $6)
          ORDER BY units.id LIMIT $7`,
        [root.key, Number(unitKind), after, admin, org, atValue, first + 1],
      );
    } else if (root.kind === 'Unit') {
      rows = await this.db.query(
        `SELECT c.id::text, c.serial, m.valid_from, m.valid_to FROM unit_membership_history m JOIN units c ON c.id = m.unit_id
          WHERE m.parent_id = $1 AND c.kind = $2 AND c.id > $3 AND ${UNIT_VISIBILITY.sql('c', { admin: '$4', org: '$5' })}
            AND ($6::timestamptz IS NULL OR (m.valid_from <= $6 AND (m.valid_to IS NULL OR m.valid_to > $6)))
          ORDER BY c.id, m.valid_from LIMIT $7`,
        [root.key, Number(unitKind), after, admin, org, atValue, first + 1],
      );
    } else {
      throw badInput('cursor', 'is not a cursor returned by this API');
    }
    const more = rows.length > first;
    const page = rows.slice(0, first);
    const nodes = page.map((r) => ({ id: `Unit:${r.id}`, kind: kind as NodeKind, label: r.serial, distance: 1 }));
    return {
      nodes,
      edges: page.map((r) => ({
        from: root.kind === 'Batch' ? from : `Unit:${r.id}`,
        to: root.kind === 'Batch' ? `Unit:${r.id}` : from,
        kind: 'CONTAINS',
        validFrom: r.valid_from,
        validTo: r.valid_to,
      })),
      pageInfo: { hasNextPage: more, endCursor: page.length ? encodeCursor([from, kind, at, page[page.length - 1].id]) : null },
    };
  }

  /**
   * Runs a statement as a named (prepared) one, named by a digest of its text: each pooled
   * connection plans a given walk shape once. The shapes are few (which anchor kinds and
   * directions a level has), so the statements kept per connection stay few.
   */
  private async prepared<T>(text: string, values: unknown[]): Promise<T> {
    const pool = (
      this.db.driver as unknown as { master: { query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown }> } }
    ).master;
    const name = `battrace_prov_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    return (await pool.query({ name, text, values })).rows as T;
  }

  /** A walk cursor: [nodes already paged, walk steps the previous page took]. */
  private position(after: string | null | undefined): [number, number] {
    const key = decodeCursor('after', after, 2);
    if (key === null) return [0, 0];
    const [n, steps] = key;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || typeof steps !== 'number' || !Number.isInteger(steps) || steps < 0) {
      throw badInput('after', 'is not a cursor returned by this API');
    }
    return [n, steps];
  }

  private fanOutCursor(r: EdgeRow): string | null {
    const unitKind = r.other_kind === 'CELL' || r.other_kind === 'MODULE' || r.other_kind === 'PACK';
    const fromBatch = r.anchor.startsWith('Batch:') && r.dir === 'down';
    const fromUnit = r.anchor.startsWith('Unit:') && r.dir === 'up' && r.ekind === 'CONTAINS';
    return unitKind && (fromBatch || fromUnit) ? encodeCursor([r.anchor, r.other_kind, '', '0']) : null;
  }

  /** One statement for the whole frontier, plus a count of batch units (never listed when many). */
  private async expand(frontier: ProvenanceNodeModel[], dirs: Dir[], params: unknown[]): Promise<EdgeRow[]> {
    const byAnchor = new Map<Branch['anchor'], string[]>();
    for (const n of frontier) {
      const a = anchorOf(n.kind);
      byAnchor.set(a, [...(byAnchor.get(a) ?? []), keyOf(n.id)]);
    }
    const values = [...params];
    const parts: string[] = [];
    for (const [anchor, keys] of byAnchor) {
      const branches = BRANCHES.filter((b) => b.anchor === anchor && dirs.includes(b.dir));
      if (!branches.length) continue;
      values.push(keys);
      const arr = `$${values.length}::${ANCHOR_ARRAY[anchor]}[]`;
      for (const b of branches) parts.push(`SELECT '${b.dir}'::text AS dir, y.* FROM (${b.sql(arr)}) y`);
    }
    const batchIds = byAnchor.get('BATCH');
    const rows: EdgeRow[] = [];
    if (parts.length) {
      rows.push(
        ...(await this.prepared<EdgeRow[]>(
          `WITH _v AS (SELECT $1::boolean, $2::uuid, $3::timestamptz)
           SELECT * FROM (
             SELECT e.*, (count(*) OVER w)::int AS n, row_number() OVER (w ORDER BY e.other_id) AS rn
               FROM (${parts.join('\nUNION ALL\n')}) e
             WINDOW w AS (PARTITION BY e.anchor, e.ekind, e.other_kind, e.dir)
           ) x WHERE x.n <= ${FANOUT_INLINE} OR x.rn = 1`,
          values,
        )),
      );
    }
    if (batchIds && dirs.includes('down')) rows.push(...(await this.batchUnits(batchIds, params)));
    return rows;
  }

  /** Batch → its units: counted per kind from the (batch_id, kind) index; listed only when few. */
  private async batchUnits(batchIds: string[], params: unknown[]): Promise<EdgeRow[]> {
    const counts: { batch_id: string; kind: number; n: number }[] = await this.prepared(
      `SELECT batch_id, kind, count(*)::int AS n FROM units
        WHERE batch_id = ANY($4::uuid[]) AND ${UNIT_VISIBILITY.sql('units')} AND ($3::timestamptz IS NULL OR produced_at <= $3)
        GROUP BY batch_id, kind`,
      [...params, batchIds],
    );
    const rows: EdgeRow[] = [];
    const small = counts.filter((c) => c.n <= FANOUT_INLINE);
    for (const c of counts.filter((x) => x.n > FANOUT_INLINE)) {
      rows.push({
        anchor: `Batch:${c.batch_id}`,
        other_id: '',
        other_kind: UNIT_NODE_KINDS[c.kind],
        label: '',
        ekind: 'CONTAINS',
        dir: 'down',
        valid_from: null,
        valid_to: null,
        n: c.n,
      });
    }
    if (small.length) {
      const listed: { batch_id: string; id: string; kind: number; serial: string; produced_at: Date }[] = await this.prepared(
        `SELECT u.batch_id, u.id::text, u.kind, u.serial, u.produced_at FROM units u
          JOIN unnest($4::uuid[], $5::smallint[]) AS k(batch_id, kind) ON u.batch_id = k.batch_id AND u.kind = k.kind
         WHERE ${UNIT_VISIBILITY.sql('u')} AND ($3::timestamptz IS NULL OR u.produced_at <= $3)`,
        [...params, small.map((c) => c.batch_id), small.map((c) => c.kind)],
      );
      for (const u of listed) {
        rows.push({
          anchor: `Batch:${u.batch_id}`,
          other_id: `Unit:${u.id}`,
          other_kind: UNIT_NODE_KINDS[u.kind],
          label: u.serial,
          ekind: 'CONTAINS',
          dir: 'down',
          valid_from: u.produced_at,
          valid_to: null,
          n: 1,
        });
      }
    }
    return rows;
  }

  /** The root, if it exists and the caller may see it; NOT_FOUND otherwise (existence is not revealed). */
  private async rootNode(kind: GlobalIdKind, key: string, params: unknown[], rawId: string): Promise<ProvenanceNodeModel> {
    const lines = `FROM batch_footprint_inputs i JOIN batches b ON b.id = i.batch_id, ${MATERIAL_LINES}`;
    const q: Partial<Record<GlobalIdKind, string>> = {
      Supplier: `SELECT ${SUPPLIER_LABEL} AS label ${lines} WHERE ${SUPPLIER_KEY} = $3 AND ${FOOTPRINT_INPUTS_VISIBILITY.sql('b')} LIMIT 1`,
      MaterialLot: `SELECT ${LOT_LABEL} AS label ${lines} WHERE i.id = split_part($3, ':', 1)::uuid AND ${LOT_KEY} = $3 AND ${FOOTPRINT_INPUTS_VISIBILITY.sql('b')}`,
      Park: `SELECT name AS label FROM parks WHERE id = $3::uuid`,
      EnergyPeriod: `SELECT e.period_start || ' to ' || e.period_end AS label FROM park_energy_periods e WHERE e.id = $3::uuid AND ${ENERGY_PERIOD_VISIBILITY.sql('e')}`,
      Plant: `SELECT name AS label FROM plants WHERE id = $3::uuid`,
      BatteryModel: `SELECT name AS label FROM battery_models WHERE id = $3::uuid`,
      Batch: `SELECT batch_number AS label FROM batches WHERE id = $3::uuid`,
      Unit: `SELECT serial AS label, CASE kind WHEN 1 THEN 'CELL' WHEN 2 THEN 'MODULE' ELSE 'PACK' END AS kind FROM units WHERE id = $3::bigint AND ${UNIT_VISIBILITY.sql('units')}`,
      Footprint: `SELECT 'v' || version || ' ' || status AS label FROM footprints WHERE id = $3::uuid AND ${FOOTPRINT_VISIBILITY.sql('footprints')}`,
      Certificate: `SELECT number || ' ' || status AS label FROM certificates WHERE id = $3::uuid`,
      Certifier: `SELECT name AS label FROM organizations WHERE id = $3::uuid AND kind = 'CERTIFIER'`,
      Shipment: `SELECT reference AS label FROM shipments s WHERE id = $3::uuid AND ${SHIPMENT_VISIBILITY.sql('s')}`,
      Container: `SELECT c.container_number AS label FROM shipment_containers c JOIN shipments s ON s.id = c.shipment_id WHERE c.id = $3::uuid AND ${SHIPMENT_VISIBILITY.sql('s')}`,
      Vessel: `SELECT vessel_name AS label FROM shipments WHERE vessel_imo = $3 LIMIT 1`,
      Port: `SELECT name AS label FROM ports WHERE locode = $3`,
      Buyer: `SELECT name AS label FROM organizations WHERE id = $3::uuid AND kind = 'BUYER' AND ${BUYER_VISIBILITY.sql('organizations')}`,
    };
    const sql = q[kind];
    // Every parameter is typed in a CTE, so that a query that does not use one still plans.
    const rows: { label: string; kind?: NodeKind }[] = sql
      ? await this.prepared(`WITH _v AS (SELECT $1::boolean, $2::uuid, $3::text) ${sql}`, [params[0], params[1], key])
      : [];
    if (!rows.length) throw notFound('Node', rawId, 'rootId');
    const nodeKind = rows[0].kind ?? (KIND_OF_ID[kind] as NodeKind);
    return { id: `${kind}:${key}`, kind: nodeKind, label: rows[0].label, distance: 0 };
  }
}
