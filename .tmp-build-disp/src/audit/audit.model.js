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
exports.AuditChainReportModel = exports.AuditEventModel = void 0;
const graphql_1 = require("@nestjs/graphql");
let AuditEventModel = class AuditEventModel {
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
exports.AuditEventModel = AuditEventModel;
__decorate([
    (0, graphql_1.Field)(() => String),
    __metadata("design:type", String)
], AuditEventModel.prototype, "seq", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], AuditEventModel.prototype, "at", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ADMIN or ORGANIZATION' }),
    __metadata("design:type", String)
], AuditEventModel.prototype, "actorType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], AuditEventModel.prototype, "actorId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AuditEventModel.prototype, "action", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AuditEventModel.prototype, "subjectType", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], AuditEventModel.prototype, "subjectId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'SHA-256 of the canonical JSON of the input' }),
    __metadata("design:type", String)
], AuditEventModel.prototype, "inputDigest", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AuditEventModel.prototype, "prevHash", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], AuditEventModel.prototype, "hash", void 0);
exports.AuditEventModel = AuditEventModel = __decorate([
    (0, graphql_1.ObjectType)('AuditEvent', { description: 'One entry of the hash-chained audit log.' })
], AuditEventModel);
let AuditChainReportModel = class AuditChainReportModel {
    intact;
    entriesChecked;
    brokenAtSeq;
    reason;
};
exports.AuditChainReportModel = AuditChainReportModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], AuditChainReportModel.prototype, "intact", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Entries checked before the break (all of them when intact)' }),
    __metadata("design:type", Number)
], AuditChainReportModel.prototype, "entriesChecked", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Sequence number of the first entry that does not verify' }),
    __metadata("design:type", Object)
], AuditChainReportModel.prototype, "brokenAtSeq", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], AuditChainReportModel.prototype, "reason", void 0);
exports.AuditChainReportModel = AuditChainReportModel = __decorate([
    (0, graphql_1.ObjectType)('AuditChainReport')
], AuditChainReportModel);
//# sourceMappingURL=audit.model.js.map