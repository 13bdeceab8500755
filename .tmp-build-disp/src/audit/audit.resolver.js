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
exports.AuditResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const audit_model_1 = require("./audit.model");
const audit_service_1 = require("./audit.service");
const audit_access_service_1 = require("./audit-access.service");
let AuditResolver = class AuditResolver {
    audit;
    access;
    constructor(audit, access) {
        this.audit = audit;
        this.access = access;
    }
    async auditTrail(actor, subjectId) {
        await this.access.assertCanReadTrail(actor, subjectId);
        return this.audit.trail(subjectId);
    }
    async verifyAuditChain() {
        const r = await this.audit.verifyChain();
        return { intact: r.intact, entriesChecked: r.entries, brokenAtSeq: r.break?.seq ?? null, reason: r.break?.reason ?? null };
    }
};
exports.AuditResolver = AuditResolver;
__decorate([
    (0, graphql_1.Query)(() => [audit_model_1.AuditEventModel], { description: 'The audit entries about one subject, oldest first.' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('subjectId', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], AuditResolver.prototype, "auditTrail", null);
__decorate([
    (0, graphql_1.Query)(() => audit_model_1.AuditChainReportModel, { description: 'Recomputes the whole chain and reports where it breaks, if anywhere.' }),
    access_decorator_1.Access.admin(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], AuditResolver.prototype, "verifyAuditChain", null);
exports.AuditResolver = AuditResolver = __decorate([
    (0, graphql_1.Resolver)(),
    __metadata("design:paramtypes", [audit_service_1.AuditService,
        audit_access_service_1.AuditAccess])
], AuditResolver);
//# sourceMappingURL=audit.resolver.js.map