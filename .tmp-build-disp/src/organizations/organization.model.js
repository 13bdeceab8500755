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
exports.MeModel = exports.CreateApiKeyPayload = exports.CreateOrganizationPayload = exports.ApiKeyModel = exports.OrganizationModel = exports.OrganizationKindEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const actor_1 = require("../access/actor");
exports.OrganizationKindEnum = Object.fromEntries(actor_1.ORGANIZATION_KINDS.map((k) => [k, k]));
(0, graphql_1.registerEnumType)(exports.OrganizationKindEnum, { name: 'OrganizationKind' });
let OrganizationModel = class OrganizationModel {
    id;
    kind;
    name;
    country;
    gs1CompanyPrefix;
    createdAt;
};
exports.OrganizationModel = OrganizationModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], OrganizationModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.OrganizationKindEnum),
    __metadata("design:type", String)
], OrganizationModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], OrganizationModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }),
    __metadata("design:type", Object)
], OrganizationModel.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], OrganizationModel.prototype, "gs1CompanyPrefix", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], OrganizationModel.prototype, "createdAt", void 0);
exports.OrganizationModel = OrganizationModel = __decorate([
    (0, graphql_1.ObjectType)('Organization', { description: 'A manufacturer, certifier, buyer, forwarder or authority.' })
], OrganizationModel);
let ApiKeyModel = class ApiKeyModel {
    id;
    organizationId;
    name;
    prefix;
    createdAt;
    revokedAt;
};
exports.ApiKeyModel = ApiKeyModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ApiKeyModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], ApiKeyModel.prototype, "organizationId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], ApiKeyModel.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The first characters of the key, to tell keys apart' }),
    __metadata("design:type", String)
], ApiKeyModel.prototype, "prefix", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], ApiKeyModel.prototype, "createdAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], ApiKeyModel.prototype, "revokedAt", void 0);
exports.ApiKeyModel = ApiKeyModel = __decorate([
    (0, graphql_1.ObjectType)('ApiKey', { description: 'An API key. The secret itself is shown only once, when created.' })
], ApiKeyModel);
let CreateOrganizationPayload = class CreateOrganizationPayload {
    organization;
    key;
    apiKey;
};
exports.CreateOrganizationPayload = CreateOrganizationPayload;
__decorate([
    (0, graphql_1.Field)(() => OrganizationModel),
    __metadata("design:type", OrganizationModel)
], CreateOrganizationPayload.prototype, "organization", void 0);
__decorate([
    (0, graphql_1.Field)(() => ApiKeyModel),
    __metadata("design:type", ApiKeyModel)
], CreateOrganizationPayload.prototype, "key", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The new API key. Store it now: battrace keeps only its hash.' }),
    __metadata("design:type", String)
], CreateOrganizationPayload.prototype, "apiKey", void 0);
exports.CreateOrganizationPayload = CreateOrganizationPayload = __decorate([
    (0, graphql_1.ObjectType)()
], CreateOrganizationPayload);
let CreateApiKeyPayload = class CreateApiKeyPayload {
    key;
    apiKey;
};
exports.CreateApiKeyPayload = CreateApiKeyPayload;
__decorate([
    (0, graphql_1.Field)(() => ApiKeyModel),
    __metadata("design:type", ApiKeyModel)
], CreateApiKeyPayload.prototype, "key", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The new API key. Store it now: battrace keeps only its hash.' }),
    __metadata("design:type", String)
], CreateApiKeyPayload.prototype, "apiKey", void 0);
exports.CreateApiKeyPayload = CreateApiKeyPayload = __decorate([
    (0, graphql_1.ObjectType)()
], CreateApiKeyPayload);
let MeModel = class MeModel {
    actorType;
    organization;
    apiKeyId;
};
exports.MeModel = MeModel;
__decorate([
    (0, graphql_1.Field)({ description: 'ADMIN, ORGANIZATION or ANONYMOUS' }),
    __metadata("design:type", String)
], MeModel.prototype, "actorType", void 0);
__decorate([
    (0, graphql_1.Field)(() => OrganizationModel, { nullable: true }),
    __metadata("design:type", Object)
], MeModel.prototype, "organization", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], MeModel.prototype, "apiKeyId", void 0);
exports.MeModel = MeModel = __decorate([
    (0, graphql_1.ObjectType)('Me', { description: 'Who the caller is.' })
], MeModel);
//# sourceMappingURL=organization.model.js.map