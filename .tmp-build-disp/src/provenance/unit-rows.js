"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tracedUnit = exports.UNIT_COLUMNS = void 0;
exports.lockUnitsBySerial = lockUnitsBySerial;
const unit_kind_1 = require("../batches/unit-kind");
const global_id_1 = require("./global-id");
exports.UNIT_COLUMNS = 'id::text, manufacturer_id, batch_id, kind, serial, parent_id::text, status, created_at';
const tracedUnit = (u) => ({
    id: (0, global_id_1.globalId)('Unit', u.id),
    serial: u.serial,
    kind: (0, unit_kind_1.unitKindOfCode)(u.kind),
    status: u.status,
    batchId: u.batch_id,
    parentId: u.parent_id === null ? null : (0, global_id_1.globalId)('Unit', u.parent_id),
});
exports.tracedUnit = tracedUnit;
/** The caller's units by serial, locked for the rest of the transaction. */
async function lockUnitsBySerial(em, manufacturerId, serials) {
    return em.query(`SELECT ${exports.UNIT_COLUMNS} FROM units WHERE manufacturer_id = $1 AND serial = ANY($2::text[]) ORDER BY id FOR UPDATE`, [
        manufacturerId,
        serials,
    ]);
}
//# sourceMappingURL=unit-rows.js.map