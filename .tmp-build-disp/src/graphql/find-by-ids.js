"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findByIds = findByIds;
const dataloader_1 = __importDefault(require("dataloader"));
const node_timers_1 = require("node:timers");
const typeorm_1 = require("typeorm");
const cache = new WeakMap();
/** Largest number of ids in one shared query. */
const MAX_SHARED_BATCH = 1000;
function isPlain(md, db) {
    return (md.tableType === 'regular' &&
        md.relations.length === 0 &&
        md.embeddeds.length === 0 &&
        md.inheritancePattern === undefined &&
        md.childEntityMetadatas.length === 0 &&
        md.discriminatorColumn === undefined &&
        md.afterLoadListeners.length === 0 &&
        db.subscribers.length === 0 &&
        md.primaryColumns.length === 1 &&
        md.primaryColumns[0].propertyName === 'id' &&
        md.columns.every((c) => c.isSelect && !c.isVirtual && !c.isVirtualProperty && c.embeddedMetadata === undefined));
}
const quote = (name) => `"${name.replace(/"/g, '""')}"`;
/** Raw rows by id, one query per event-loop turn for all callers; no cache. */
function sharedRows(db, sql, idColumn) {
    const query = async (ids) => {
        const rows = await db.query(sql, [[...new Set(ids)]]);
        const byId = new Map(rows.map((r) => [String(r[idColumn]), r]));
        return ids.map((id) => byId.get(id) ?? null);
    };
    return new dataloader_1.default(async (ids) => {
        try {
            return await query(ids);
        }
        catch {
            return Promise.all(ids.map((id) => query([id]).then((r) => r[0], (err) => err)));
        }
    }, 
    // node:timers' setImmediate, not the global one, which a test's fake clock may replace.
    { cache: false, batchScheduleFn: (dispatch) => (0, node_timers_1.setImmediate)(dispatch), maxBatchSize: MAX_SHARED_BATCH });
}
function findByIds(db, entity) {
    const md = db.getMetadata(entity);
    const known = cache.get(md);
    if (known)
        return known;
    let find;
    if (!isPlain(md, db)) {
        find = (ids) => db.getRepository(entity).findBy({ id: (0, typeorm_1.In)([...ids]) });
    }
    else {
        const columns = md.columns;
        const idColumn = md.primaryColumns[0].databaseName;
        const table = md.schema ? `${quote(md.schema)}.${quote(md.tableName)}` : quote(md.tableName);
        const sql = `SELECT ${columns.map((c) => quote(c.databaseName)).join(', ')} FROM ${table} WHERE ${quote(idColumn)} = ANY($1)`;
        const shared = sharedRows(db, sql, idColumn);
        const hydrate = (row) => {
            const e = md.create(undefined, { fromDeserializer: true });
            for (const c of columns) {
                const value = row[c.databaseName];
                if (value !== undefined)
                    c.setEntityValue(e, db.driver.prepareHydratedValue(value, c));
            }
            return e;
        };
        find = async (ids) => {
            const out = [];
            for (const row of await shared.loadMany(ids)) {
                if (row instanceof Error)
                    throw row;
                if (row)
                    out.push(hydrate(row));
            }
            return out;
        };
    }
    cache.set(md, find);
    return find;
}
//# sourceMappingURL=find-by-ids.js.map