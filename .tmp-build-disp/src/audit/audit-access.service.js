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
exports.AuditAccess = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
/**
 * Who may read the audit trail of a subject: the administrator, and the organization that owns
 * it (the organization itself, or its plants, models and batches). Later subjects add a branch.
 */
let AuditAccess = class AuditAccess {
    db;
    constructor(db) {
        this.db = db;
    }
    async assertCanReadTrail(actor, subjectId) {
        if (actor.type === 'ADMIN')
            return;
        if (actor.type !== 'ORGANIZATION')
            throw (0, errors_1.forbidden)('the audit trail needs an API key');
        if (subjectId === actor.organizationId)
            return;
        if ((0, validate_1.isUuid)(subjectId)) {
            const rows = await this.db.query(`SELECT manufacturer_id AS owner FROM plants WHERE id = $1
         UNION ALL SELECT manufacturer_id FROM battery_models WHERE id = $1
         UNION ALL SELECT manufacturer_id FROM batches WHERE id = $1
         UNION ALL SELECT manufacturer_id FROM shipments WHERE id = $1
         UNION ALL SELECT CASE WHEN $2::uuid IN (manufacturer_id, certifier_id) THEN $2::uuid ELSE manufacturer_id END FROM certificates WHERE id = $1
         UNION ALL SELECT CASE WHEN $2::uuid IN (manufacturer_id, certifier_id) THEN $2::uuid ELSE manufacturer_id END FROM certification_requests WHERE id = $1`, [subjectId, actor.organizationId]);
            if (rows.length > 0 && rows.every((r) => r.owner === actor.organizationId))
                return;
        }
        throw (0, errors_1.forbidden)(`the audit trail of ${subjectId} belongs to another organization`);
    }
};
exports.AuditAccess = AuditAccess;
exports.AuditAccess = AuditAccess = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], AuditAccess);
//# sourceMappingURL=audit-access.service.js.map