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
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuditEventEntity = void 0;
const typeorm_1 = require("typeorm");
let AuditEventEntity = class AuditEventEntity {
    seq;
    at;
    actorType;
    actorId;
    action;
    subjectType;
    subjectId;
    inputDigest;
    prevHash;
    hash;
};
exports.AuditEventEntity = AuditEventEntity;
__decorate([
    (0, typeorm_1.PrimaryColumn)({ type: 'bigint' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "seq", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'timestamptz' }),
    __metadata("design:type", Date)
], AuditEventEntity.prototype, "at", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'actor_type', type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "actorType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'actor_id', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], AuditEventEntity.prototype, "actorId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "action", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'subject_type', type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "subjectType", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'subject_id', type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "subjectId", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'input_digest', type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "inputDigest", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'prev_hash', type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "prevHash", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], AuditEventEntity.prototype, "hash", void 0);
exports.AuditEventEntity = AuditEventEntity = __decorate([
    (0, typeorm_1.Entity)('audit_events')
], AuditEventEntity);
//# sourceMappingURL=audit-event.entity.js.map