"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ProvenanceService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const errors_1 = require("../common/errors");
const pagination_1 = require("../common/pagination");
const global_id_1 = require("./global-id");
const provenance_kinds_1 = require("./provenance-kinds");
const provenance_limits_1 = require("./provenance-limits");
const provenance_sql_1 = require("./provenance-sql");
const KIND_OF_ID = {
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
const anchorOf = (kind) => (kind === 'CELL' || kind === 'MODULE' || kind === 'PACK' ? 'UNIT' : kind);
const keyOf = (id) => id.slice(id.indexOf(':') + 1);
/** What the caller is, as SQL parameters $1 (admin) and $2 (organization). */
const viewer = (actor) => [
    actor.type === 'ADMIN',
    actor.type === 'ORGANIZATION' ? actor.organizationId : null,
];
/**
 * The provenance walk (issue 6): breadth first from the root, one statement per level for all
 * frontier nodes whatever their kind (a UNION ALL of the branches in provenance-sql.ts, each fed
 * an `= ANY(array)` of its kind's frontier), plus one count per level for batch units. A fan-out
 * of more than FANOUT_INLINE nodes from one node (a batch's cells, a module's cells, a port's
 * shipments) comes back as a counted summary and is not walked further. Pages are slices of the
 * walk in a stable order (distance, kind, id); each edge belongs to the page of its later node.
 */
let ProvenanceService = class ProvenanceService {
    db;
    constructor(db) {
        this.db = db;
    }
    async provenance(actor, args) {
        const direction = args.direction ?? 'BOTH';
        const plan = (0, provenance_limits_1.planWalk)(args.depth, args.first, args.kinds, direction === 'BOTH');
        const root = (0, global_id_1.parseGlobalId)('rootId', args.rootId);
        const offset = this.offset(args.after);
        if (args.at && Number.isNaN(args.at.getTime()))
            throw (0, errors_1.badInput)('at', 'is not a valid date');
        const params = [...viewer(actor), args.at ?? null];
        const rootNode = await this.rootNode(root.kind, root.key, params, args.rootId);
        const dirs = direction === 'BOTH' ? ['up', 'down'] : direction === 'UPSTREAM' ? ['up'] : ['down'];
        const nodes = new Map([[rootNode.id, rootNode]]);
        const edges = new Map();
        const fanOuts = [];
        let truncated = false;
        let frontier = [rootNode];
        for (let d = 1; d <= plan.depth && frontier.length && !truncated; d++) {
            const rows = await this.expand(frontier, dirs, params);
            const next = [];
            for (const r of rows) {
                if (!plan.kinds.has(r.other_kind))
                    continue;
                if (r.n > provenance_limits_1.FANOUT_INLINE) {
                    if (!fanOuts.some((f) => f.from === r.anchor && f.kind === r.other_kind && f.edgeKind === r.ekind)) {
                        fanOuts.push({ from: r.anchor, edgeKind: r.ekind, kind: r.other_kind, count: r.n, cursor: this.fanOutCursor(r) });
                    }
                    continue;
                }
                const [from, to] = r.dir === 'down' ? [r.anchor, r.other_id] : [r.other_id, r.anchor];
                if (!nodes.has(r.other_id)) {
                    if (nodes.size >= provenance_limits_1.NODE_BUDGET) {
                        truncated = true;
                        continue;
                    }
                    const node = { id: r.other_id, kind: r.other_kind, label: r.label, distance: d };
                    nodes.set(node.id, node);
                    next.push(node);
                }
                const ek = `${from}|${to}|${r.ekind}|${r.valid_from?.toISOString() ?? ''}`;
                if (!edges.has(ek))
                    edges.set(ek, { from, to, kind: r.ekind, validFrom: r.valid_from, validTo: r.valid_to });
            }
            frontier = next;
        }
        if (fanOuts.length)
            truncated = true;
        const order = [...nodes.values()].sort((a, b) => a.distance - b.distance || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
        const index = new Map(order.map((n, i) => [n.id, i]));
        const page = order.slice(offset, offset + plan.first);
        const end = offset + page.length;
        const pageEdges = [...edges.values()].filter((e) => {
            const i = Math.max(index.get(e.from), index.get(e.to));
            return i >= offset && i < end;
        });
        return {
            rootId: rootNode.id,
            nodes: page,
            edges: pageEdges,
            fanOuts: offset === 0 ? fanOuts : [],
            truncated,
            pageInfo: { hasNextPage: end < order.length, endCursor: page.length ? (0, pagination_1.encodeCursor)([end]) : null },
        };
    }
    /** The members of a summarised fan-out (a batch's units of one kind, or a unit's children), in id order. */
    async fanOut(actor, cursor, firstIn) {
        const first = (0, pagination_1.pageSize)('first', firstIn);
        const key = (0, pagination_1.decodeCursor)('cursor', cursor, 4);
        const [from, kind, at, after] = key;
        const root = (0, global_id_1.parseGlobalId)('cursor', from);
        const unitKind = Object.entries(provenance_kinds_1.UNIT_NODE_KINDS).find(([, k]) => k === kind)?.[0];
        if (!unitKind || !/^[0-9]+$/.test(after) || (at !== '' && Number.isNaN(Date.parse(at))))
            throw (0, errors_1.badInput)('cursor', 'is not a cursor returned by this API');
        const [admin, org] = viewer(actor);
        const atValue = at === '' ? null : at;
        let rows;
        if (root.kind === 'Batch') {
            rows = await this.db.query(`SELECT id::text, serial, created_at AS valid_from, NULL::timestamptz AS valid_to FROM units
          WHERE batch_id = $1 AND kind = $2 AND id > $3 AND ($4 OR manufacturer_id = $5::uuid) AND ($6::timestamptz IS NULL OR created_at <= $6)
          ORDER BY units.id LIMIT $7`, [root.key, Number(unitKind), after, admin, org, atValue, first + 1]);
        }
        else if (root.kind === 'Unit') {
            rows = await this.db.query(`SELECT c.id::text, c.serial, m.valid_from, m.valid_to FROM unit_memberships m JOIN units c ON c.id = m.unit_id
          WHERE m.parent_id = $1 AND c.kind = $2 AND c.id > $3 AND ($4 OR c.manufacturer_id = $5::uuid)
            AND ($6::timestamptz IS NULL OR (m.valid_from <= $6 AND (m.valid_to IS NULL OR m.valid_to > $6)))
          ORDER BY c.id, m.valid_from LIMIT $7`, [root.key, Number(unitKind), after, admin, org, atValue, first + 1]);
        }
        else {
            throw (0, errors_1.badInput)('cursor', 'is not a cursor returned by this API');
        }
        const more = rows.length > first;
        const page = rows.slice(0, first);
        const nodes = page.map((r) => ({ id: `Unit:${r.id}`, kind: kind, label: r.serial, distance: 1 }));
        return {
            nodes,
            edges: page.map((r) => ({
                from: root.kind === 'Batch' ? from : `Unit:${r.id}`,
                to: root.kind === 'Batch' ? `Unit:${r.id}` : from,
                kind: 'CONTAINS',
                validFrom: r.valid_from,
                validTo: r.valid_to,
            })),
            pageInfo: { hasNextPage: more, endCursor: page.length ? (0, pagination_1.encodeCursor)([from, kind, at, page[page.length - 1].id]) : null },
        };
    }
    offset(after) {
        const key = (0, pagination_1.decodeCursor)('after', after, 1);
        if (key === null)
            return 0;
        const n = key[0];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
            throw (0, errors_1.badInput)('after', 'is not a cursor returned by this API');
        return n;
    }
    fanOutCursor(r) {
        const unitKind = r.other_kind === 'CELL' || r.other_kind === 'MODULE' || r.other_kind === 'PACK';
        const fromBatch = r.anchor.startsWith('Batch:') && r.dir === 'down';
        const fromUnit = r.anchor.startsWith('Unit:') && r.dir === 'up' && r.ekind === 'CONTAINS';
        return unitKind && (fromBatch || fromUnit) ? (0, pagination_1.encodeCursor)([r.anchor, r.other_kind, '', '0']) : null;
    }
    /** One statement for the whole frontier, plus a count of batch units (never listed when many). */
    async expand(frontier, dirs, params) {
        const byAnchor = new Map();
        for (const n of frontier) {
            const a = anchorOf(n.kind);
            byAnchor.set(a, [...(byAnchor.get(a) ?? []), keyOf(n.id)]);
        }
        const values = [...params];
        const parts = [];
        for (const [anchor, keys] of byAnchor) {
            const branches = provenance_sql_1.BRANCHES.filter((b) => b.anchor === anchor && dirs.includes(b.dir));
            if (!branches.length)
                continue;
            values.push(keys);
            const arr = `$${values.length}::${provenance_sql_1.ANCHOR_ARRAY[anchor]}[]`;
            for (const b of branches)
                parts.push(`SELECT '${b.dir}'::text AS dir, y.* FROM (${b.sql(arr)}) y`);
        }
        const batchIds = byAnchor.get('BATCH');
        const rows = [];
        if (parts.length) {
            rows.push(...(await this.db.query(`WITH _v AS (SELECT $1::boolean, $2::uuid, $3::timestamptz)
           SELECT * FROM (
             SELECT e.*, (count(*) OVER w)::int AS n, row_number() OVER (w ORDER BY e.other_id) AS rn
               FROM (${parts.join('\nUNION ALL\n')}) e
             WINDOW w AS (PARTITION BY e.anchor, e.ekind, e.other_kind, e.dir)
           ) x WHERE x.n <= ${provenance_limits_1.FANOUT_INLINE} OR x.rn = 1`, values)));
        }
        if (batchIds && dirs.includes('down'))
            rows.push(...(await this.batchUnits(batchIds, params)));
        return rows;
    }
    /** Batch → its units: counted per kind from the (batch_id, kind) index; listed only when few. */
    async batchUnits(batchIds, params) {
        const counts = await this.db.query(`SELECT batch_id, kind, count(*)::int AS n FROM units
        WHERE batch_id = ANY($4::uuid[]) AND ($1 OR manufacturer_id = $2::uuid) AND ($3::timestamptz IS NULL OR created_at <= $3)
        GROUP BY batch_id, kind`, [...params, batchIds]);
        const rows = [];
        const small = counts.filter((c) => c.n <= provenance_limits_1.FANOUT_INLINE);
        for (const c of counts.filter((x) => x.n > provenance_limits_1.FANOUT_INLINE)) {
            rows.push({
                anchor: `Batch:${c.batch_id}`,
                other_id: '',
                other_kind: provenance_kinds_1.UNIT_NODE_KINDS[c.kind],
                label: '',
                ekind: 'CONTAINS',
                dir: 'down',
                valid_from: null,
                valid_to: null,
                n: c.n,
            });
        }
        if (small.length) {
            const listed = await this.db.query(`SELECT u.batch_id, u.id::text, u.kind, u.serial, u.created_at FROM units u
          JOIN unnest($4::uuid[], $5::smallint[]) AS k(batch_id, kind) ON u.batch_id = k.batch_id AND u.kind = k.kind
         WHERE ($1 OR u.manufacturer_id = $2::uuid) AND ($3::timestamptz IS NULL OR u.created_at <= $3)`, [...params, small.map((c) => c.batch_id), small.map((c) => c.kind)]);
            for (const u of listed) {
                rows.push({
                    anchor: `Batch:${u.batch_id}`,
                    other_id: `Unit:${u.id}`,
                    other_kind: provenance_kinds_1.UNIT_NODE_KINDS[u.kind],
                    label: u.serial,
                    ekind: 'CONTAINS',
                    dir: 'down',
                    valid_from: u.created_at,
                    valid_to: null,
                    n: 1,
                });
            }
        }
        return rows;
    }
    /** The root, if it exists and the caller may see it; NOT_FOUND otherwise (existence is not revealed). */
    async rootNode(kind, key, params, rawId) {
        const q = {
            Park: `SELECT name AS label FROM parks WHERE id = $3::uuid`,
            EnergyPeriod: `SELECT e.period_start || ' to ' || e.period_end AS label FROM park_energy_periods e WHERE e.id = $3::uuid AND ($1 OR EXISTS (SELECT 1 FROM plants p WHERE p.park_id = e.park_id AND p.manufacturer_id = $2::uuid))`,
            Plant: `SELECT name AS label FROM plants WHERE id = $3::uuid`,
            BatteryModel: `SELECT name AS label FROM battery_models WHERE id = $3::uuid`,
            Batch: `SELECT batch_number AS label FROM batches WHERE id = $3::uuid`,
            Unit: `SELECT serial AS label, CASE kind WHEN 1 THEN 'CELL' WHEN 2 THEN 'MODULE' ELSE 'PACK' END AS kind FROM units WHERE id = $3::bigint AND ($1 OR manufacturer_id = $2::uuid)`,
            Footprint: `SELECT 'v' || version || ' ' || status AS label FROM footprints WHERE id = $3::uuid AND ($1 OR declared_at IS NOT NULL OR manufacturer_id = $2::uuid)`,
            Shipment: `SELECT reference AS label FROM shipments s WHERE id = $3::uuid AND ($1 OR s.manufacturer_id = $2::uuid OR s.consignee_id = $2::uuid OR EXISTS (SELECT 1 FROM shipment_forwarders f WHERE f.shipment_id = s.id AND f.forwarder_id = $2::uuid))`,
            Container: `SELECT c.container_number AS label FROM shipment_containers c JOIN shipments s ON s.id = c.shipment_id WHERE c.id = $3::uuid AND ($1 OR s.manufacturer_id = $2::uuid OR s.consignee_id = $2::uuid OR EXISTS (SELECT 1 FROM shipment_forwarders f WHERE f.shipment_id = s.id AND f.forwarder_id = $2::uuid))`,
            Vessel: `SELECT vessel_name AS label FROM shipments WHERE vessel_imo = $3 LIMIT 1`,
            Port: `SELECT name AS label FROM ports WHERE locode = $3`,
            Buyer: `SELECT name AS label FROM organizations WHERE id = $3::uuid AND kind = 'BUYER' AND ($1 OR id = $2::uuid OR EXISTS (SELECT 1 FROM shipments s WHERE s.consignee_id = organizations.id AND s.manufacturer_id = $2::uuid))`,
        };
        const sql = q[kind];
        // Every parameter is typed in a CTE, so that a query that does not use one still plans.
        const rows = sql
            ? await this.db.query(`WITH _v AS (SELECT $1::boolean, $2::uuid, $3::text) ${sql}`, [params[0], params[1], key])
            : [];
        if (!rows.length)
            throw (0, errors_1.notFound)('Node', rawId, 'rootId');
        const nodeKind = rows[0].kind ?? KIND_OF_ID[kind];
        return { id: `${kind}:${key}`, kind: nodeKind, label: rows[0].label, distance: 0 };
    }
};
exports.ProvenanceService = ProvenanceService;
exports.ProvenanceService = ProvenanceService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], ProvenanceService);
//# sourceMappingURL=provenance.service.js.map