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
exports.FootprintInputsService = void 0;
exports.toInputsModel = toInputsModel;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const canonical_json_1 = require("../common/canonical-json");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const footprint_inputs_check_1 = require("./footprint-inputs-check");
const COLS = `id, batch_id AS "batchId", version, document, document_sha256 AS "documentSha256", recorded_by AS "recordedBy", created_at AS "createdAt"`;
function toInputsModel(e) {
    return {
        id: e.id,
        batchId: e.batchId,
        version: e.version,
        documentSha256: e.documentSha256,
        recordedBy: e.recordedBy,
        createdAt: e.createdAt,
        ...e.document,
    };
}
/** A batch's footprint inputs (issue 3 §3): each record is a new immutable version; the newest is used by the calculation. */
let FootprintInputsService = class FootprintInputsService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async record(actor, input) {
        (0, access_policy_1.requireManufacturer)(actor, 'recordFootprintInputs');
        const batchId = (0, validate_1.requireId)('input.batchId', input.batchId);
        const { data, factorRefs, supplierRefs } = (0, footprint_inputs_check_1.checkFootprintInputs)(input);
        const saved = await this.db.transaction(async (em) => {
            const rows = await em.query(`SELECT b.manufacturer_id AS "manufacturerId", b.declared_pack_count * m.nominal_energy_kwh AS "outputKWh",
                (SELECT coalesce(max(version), 0) + 1 FROM batch_footprint_inputs i WHERE i.batch_id = b.id) AS "nextVersion"
           FROM batches b JOIN battery_models m ON m.id = b.model_id WHERE b.id = $1 FOR UPDATE OF b`, [batchId]);
            if (!rows.length)
                throw (0, errors_1.notFound)('Batch', batchId, 'input.batchId');
            (0, access_policy_1.assertWritesOwn)(actor, rows[0].manufacturerId, `batch ${batchId}`, 'input.batchId');
            const batchOutput = data.outputEnergyKWh ?? rows[0].outputKWh;
            const plantOutputKWh = data.electricity?.plantOutputEnergyKWh ?? null;
            if (plantOutputKWh !== null && batchOutput > plantOutputKWh) {
                throw (0, errors_1.badInput)('input.electricity.plantOutputEnergyKWh', `is less than the batch's own output of ${batchOutput} kWh: the batch share of the plant output cannot exceed 1`);
            }
            const ids = [...new Set(factorRefs.map((r) => r.id))];
            if (ids.length) {
                const found = await em.query('SELECT id, kind, code, version FROM emission_factors WHERE id = ANY($1::uuid[])', [ids]);
                const byId = new Map(found.map((f) => [f.id, f]));
                for (const ref of factorRefs) {
                    const f = byId.get(ref.id);
                    if (!f)
                        throw (0, errors_1.notFound)('Emission factor', ref.id, ref.path);
                    if (f.kind !== ref.kind)
                        throw (0, errors_1.badInput)(ref.path, `is ${f.code} v${f.version}, a ${f.kind} factor; a ${ref.kind} factor is needed here`);
                }
            }
            if (supplierRefs.length) {
                const found = await em.query('SELECT id FROM organizations WHERE id = ANY($1::uuid[])', [
                    [...new Set(supplierRefs.map((r) => r.id))],
                ]);
                const known = new Set(found.map((f) => f.id));
                const missing = supplierRefs.find((r) => !known.has(r.id));
                if (missing)
                    throw (0, errors_1.notFound)('Organization', missing.id, missing.path);
            }
            const documentSha256 = (0, canonical_json_1.digestOf)(data);
            const [row] = await em.query(`INSERT INTO batch_footprint_inputs (batch_id, version, document, document_sha256, recorded_by)
         VALUES ($1, $2, $3::jsonb, $4, $5) RETURNING ${COLS}`, [batchId, rows[0].nextVersion, JSON.stringify(data), documentSha256, (0, actor_1.actorId)(actor)]);
            await this.audit.append(em, actor, {
                action: 'recordFootprintInputs',
                subjectType: 'Batch',
                subjectId: batchId,
                input: { batchId, version: row.version, documentSha256 },
            });
            return row;
        });
        return toInputsModel(saved);
    }
    /** The newest inputs of a batch: its owner and the administrator. */
    async latest(actor, batchIdRaw) {
        const batchId = (0, validate_1.requireId)('batchId', batchIdRaw);
        const owner = await this.db.query('SELECT manufacturer_id AS "manufacturerId" FROM batches WHERE id = $1', [batchId]);
        if (!owner.length)
            throw (0, errors_1.notFound)('Batch', batchId, 'batchId');
        if (!(0, access_policy_1.canSeeFootprintInputs)(actor, owner[0].manufacturerId))
            throw (0, errors_1.forbidden)('footprint inputs are visible to the batch owner and the administrator');
        const rows = await this.db.query(`SELECT ${COLS} FROM batch_footprint_inputs WHERE batch_id = $1 ORDER BY version DESC LIMIT 1`, [batchId]);
        return rows.length ? toInputsModel(rows[0]) : null;
    }
};
exports.FootprintInputsService = FootprintInputsService;
exports.FootprintInputsService = FootprintInputsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], FootprintInputsService);
//# sourceMappingURL=footprint-inputs.service.js.map