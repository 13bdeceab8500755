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
exports.OrganizationsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const api_key_entity_1 = require("./api-key.entity");
const api_key_secret_1 = require("./api-key-secret");
const api_key_auth_service_1 = require("./api-key-auth.service");
const organization_entity_1 = require("./organization.entity");
let OrganizationsService = class OrganizationsService {
    db;
    audit;
    auth;
    constructor(db, audit, auth) {
        this.db = db;
        this.audit = audit;
        this.auth = auth;
    }
    async createOrganization(actor, input) {
        const name = (0, validate_1.requireText)('input.name', input.name, 200);
        const country = input.country ? (0, validate_1.requireCountry)('input.country', input.country) : null;
        const gs1 = (0, validate_1.optionalText)('input.gs1CompanyPrefix', input.gs1CompanyPrefix, 12);
        if (gs1 !== null && !/^\d{6,12}$/.test(gs1))
            throw (0, errors_1.badInput)('input.gs1CompanyPrefix', 'must be 6 to 12 digits');
        const keyName = (0, validate_1.optionalText)('input.keyName', input.keyName, 100) ?? 'default';
        try {
            return await this.db.transaction(async (em) => {
                const org = em.create(organization_entity_1.OrganizationEntity, { kind: input.kind, name, country, gs1CompanyPrefix: gs1 });
                await em.save(org);
                const { key, apiKey } = await this.insertKey(em.getRepository(api_key_entity_1.ApiKeyEntity), org.id, keyName);
                await this.audit.append(em, actor, {
                    action: 'createOrganization',
                    subjectType: 'Organization',
                    subjectId: org.id,
                    input: { kind: input.kind, name, country, gs1CompanyPrefix: gs1, keyName, keyId: key.id },
                });
                return { organization: org, key, apiKey };
            });
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err) === 'organizations_name_key') {
                throw (0, errors_1.conflict)(`an organization named "${name}" already exists`, 'input.name');
            }
            throw err;
        }
    }
    async createApiKey(actor, input) {
        const organizationId = (0, validate_1.requireId)('input.organizationId', input.organizationId);
        const name = (0, validate_1.requireText)('input.name', input.name, 100);
        return this.db.transaction(async (em) => {
            const org = await em.findOne(organization_entity_1.OrganizationEntity, { where: { id: organizationId } });
            if (!org)
                throw (0, errors_1.notFound)('Organization', organizationId, 'input.organizationId');
            const created = await this.insertKey(em.getRepository(api_key_entity_1.ApiKeyEntity), org.id, name);
            await this.audit.append(em, actor, {
                action: 'createApiKey',
                subjectType: 'Organization',
                subjectId: org.id,
                input: { organizationId, name, keyId: created.key.id },
            });
            return created;
        });
    }
    /** Revoking an already revoked key is answered with the key as it is (idempotent). */
    async revokeApiKey(actor, input) {
        const keyId = (0, validate_1.requireId)('input.keyId', input.keyId);
        const key = await this.db.transaction(async (em) => {
            const k = await em.findOne(api_key_entity_1.ApiKeyEntity, { where: { id: keyId }, lock: { mode: 'pessimistic_write' } });
            if (!k)
                throw (0, errors_1.notFound)('API key', keyId, 'input.keyId');
            if (actor.type !== 'ADMIN' && !(actor.type === 'ORGANIZATION' && actor.organizationId === k.organizationId)) {
                throw (0, errors_1.forbidden)("only the administrator or the key's own organization may revoke it", 'input.keyId');
            }
            if (k.revokedAt)
                return k;
            k.revokedAt = new Date();
            await em.update(api_key_entity_1.ApiKeyEntity, { id: k.id }, { revokedAt: k.revokedAt });
            await this.audit.append(em, actor, {
                action: 'revokeApiKey',
                subjectType: 'Organization',
                subjectId: k.organizationId,
                input: { keyId },
            });
            return k;
        });
        await this.auth.forget(key.keyHash);
        return key;
    }
    async organizations(kind) {
        return this.db
            .getRepository(organization_entity_1.OrganizationEntity)
            .find({ where: kind ? { kind: kind } : {}, order: { name: 'ASC' } });
    }
    async apiKeys(organizationId) {
        return this.db
            .getRepository(api_key_entity_1.ApiKeyEntity)
            .find({ where: { organizationId: (0, validate_1.requireId)('organizationId', organizationId) }, order: { createdAt: 'ASC' } });
    }
    async byIds(ids) {
        return this.db.getRepository(organization_entity_1.OrganizationEntity).findBy({ id: (0, typeorm_2.In)([...ids]) });
    }
    async insertKey(repo, organizationId, name) {
        const apiKey = (0, api_key_secret_1.generateApiKey)();
        const key = repo.create({ organizationId, name, prefix: (0, api_key_secret_1.displayPrefix)(apiKey), keyHash: (0, api_key_secret_1.hashApiKey)(apiKey), revokedAt: null });
        await repo.save(key);
        return { key, apiKey };
    }
};
exports.OrganizationsService = OrganizationsService;
exports.OrganizationsService = OrganizationsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService,
        api_key_auth_service_1.ApiKeyAuthService])
], OrganizationsService);
//# sourceMappingURL=organizations.service.js.map