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
exports.AuditService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const actor_1 = require("../access/actor");
const canonical_json_1 = require("../common/canonical-json");
const audit_chain_1 = require("./audit-chain");
const audit_event_entity_1 = require("./audit-event.entity");
/** Advisory lock key that serializes appends to the single platform-wide chain. */
const AUDIT_LOCK_KEY = 0x62617474; // "batt"
let AuditService = class AuditService {
    db;
    constructor(db) {
        this.db = db;
    }
    /**
     * Appends one entry inside the caller's transaction, so that the entry exists exactly when the
     * change it records does. Call it last in the transaction: it holds the chain lock until commit.
     */
    async append(em, actor, record) {
        await em.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
        const last = await em.query('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
        const prevHash = last[0]?.hash ?? audit_chain_1.GENESIS_HASH;
        const seq = (BigInt(last[0]?.seq ?? '0') + 1n).toString();
        const fields = {
            seq,
            at: new Date(),
            actorType: actor.type,
            actorId: (0, actor_1.actorId)(actor),
            action: record.action,
            subjectType: record.subjectType,
            subjectId: record.subjectId,
            inputDigest: (0, canonical_json_1.digestOf)(record.input ?? null),
        };
        const entry = em.create(audit_event_entity_1.AuditEventEntity, { ...fields, prevHash, hash: (0, audit_chain_1.auditEntryHash)(prevHash, fields) });
        await em.insert(audit_event_entity_1.AuditEventEntity, entry);
        return entry;
    }
    async trail(subjectId, limit = 200) {
        return this.db.getRepository(audit_event_entity_1.AuditEventEntity).find({ where: { subjectId }, order: { seq: 'ASC' }, take: limit });
    }
    /** Walks the whole chain in pages; reports the first entry where it breaks. */
    async verifyChain(pageSize = 5000) {
        let prevHash = audit_chain_1.GENESIS_HASH;
        let prevSeq = 0n;
        let entries = 0;
        for (;;) {
            const rows = await this.db
                .getRepository(audit_event_entity_1.AuditEventEntity)
                .createQueryBuilder('e')
                .where('e.seq > :after', { after: prevSeq.toString() })
                .orderBy('e.seq', 'ASC')
                .limit(pageSize)
                .getMany();
            if (rows.length === 0)
                return { intact: true, entries, break: null };
            const brk = (0, audit_chain_1.findChainBreak)(rows, prevHash, prevSeq);
            if (brk)
                return { intact: false, entries: entries + rows.findIndex((r) => r.seq === brk.seq), break: brk };
            entries += rows.length;
            prevHash = rows[rows.length - 1].hash;
            prevSeq = BigInt(rows[rows.length - 1].seq);
        }
    }
};
exports.AuditService = AuditService;
exports.AuditService = AuditService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], AuditService);
//# sourceMappingURL=audit.service.js.map