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
exports.OrganizationsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const organization_inputs_1 = require("./dto/organization.inputs");
const organization_model_1 = require("./organization.model");
const organizations_service_1 = require("./organizations.service");
const graphql_2 = require("@nestjs/graphql");
let OrganizationsResolver = class OrganizationsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    async me(actor, ctx) {
        if (actor.type !== 'ORGANIZATION')
            return { actorType: actor.type, organization: null, apiKeyId: null };
        return { actorType: actor.type, organization: await ctx.loaders.organization.load(actor.organizationId), apiKeyId: actor.apiKeyId };
    }
    organizations(kind) {
        return this.service.organizations(kind);
    }
    apiKeys(organizationId) {
        return this.service.apiKeys(organizationId);
    }
    createOrganization(actor, input) {
        return this.service.createOrganization(actor, input);
    }
    createApiKey(actor, input) {
        return this.service.createApiKey(actor, input);
    }
    revokeApiKey(actor, input) {
        return this.service.revokeApiKey(actor, input);
    }
};
exports.OrganizationsResolver = OrganizationsResolver;
__decorate([
    (0, graphql_1.Query)(() => organization_model_1.MeModel, { description: 'Who the caller is (works without a key: ANONYMOUS).' }),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], OrganizationsResolver.prototype, "me", null);
__decorate([
    (0, graphql_1.Query)(() => [organization_model_1.OrganizationModel], { description: 'Organizations on the platform (names and kinds are public).' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('kind', { type: () => organization_model_1.OrganizationKindEnum, nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], OrganizationsResolver.prototype, "organizations", null);
__decorate([
    (0, graphql_1.Query)(() => [organization_model_1.ApiKeyModel], { description: 'API keys of an organization (administrator only).' }),
    access_decorator_1.Access.admin(),
    __param(0, (0, graphql_1.Args)('organizationId', { type: () => graphql_2.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], OrganizationsResolver.prototype, "apiKeys", null);
__decorate([
    (0, graphql_1.Mutation)(() => organization_model_1.CreateOrganizationPayload),
    access_decorator_1.Access.admin(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, organization_inputs_1.CreateOrganizationInput]),
    __metadata("design:returntype", Promise)
], OrganizationsResolver.prototype, "createOrganization", null);
__decorate([
    (0, graphql_1.Mutation)(() => organization_model_1.CreateApiKeyPayload),
    access_decorator_1.Access.admin(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, organization_inputs_1.CreateApiKeyInput]),
    __metadata("design:returntype", Promise)
], OrganizationsResolver.prototype, "createApiKey", null);
__decorate([
    (0, graphql_1.Mutation)(() => organization_model_1.ApiKeyModel, { description: 'The administrator revokes any key; an organization revokes its own.' }),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, organization_inputs_1.RevokeApiKeyInput]),
    __metadata("design:returntype", Promise)
], OrganizationsResolver.prototype, "revokeApiKey", null);
exports.OrganizationsResolver = OrganizationsResolver = __decorate([
    (0, graphql_1.Resolver)(() => organization_model_1.OrganizationModel),
    __metadata("design:paramtypes", [organizations_service_1.OrganizationsService])
], OrganizationsResolver);
//# sourceMappingURL=organizations.resolver.js.map