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
exports.RevokeApiKeyInput = exports.CreateApiKeyInput = exports.CreateOrganizationInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const organization_model_1 = require("../organization.model");
let CreateOrganizationInput = class CreateOrganizationInput {
    kind;
    name;
    country;
    gs1CompanyPrefix;
    keyName;
};
exports.CreateOrganizationInput = CreateOrganizationInput;
__decorate([
    (0, graphql_1.Field)(() => organization_model_1.OrganizationKindEnum),
    __metadata("design:type", String)
], CreateOrganizationInput.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateOrganizationInput.prototype, "name", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }),
    __metadata("design:type", Object)
], CreateOrganizationInput.prototype, "country", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'GS1 company prefix (6 to 12 digits), for GS1 Digital Link identifiers' }),
    __metadata("design:type", Object)
], CreateOrganizationInput.prototype, "gs1CompanyPrefix", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Name of the first API key (default "default")' }),
    __metadata("design:type", Object)
], CreateOrganizationInput.prototype, "keyName", void 0);
exports.CreateOrganizationInput = CreateOrganizationInput = __decorate([
    (0, graphql_1.InputType)()
], CreateOrganizationInput);
let CreateApiKeyInput = class CreateApiKeyInput {
    organizationId;
    name;
};
exports.CreateApiKeyInput = CreateApiKeyInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CreateApiKeyInput.prototype, "organizationId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CreateApiKeyInput.prototype, "name", void 0);
exports.CreateApiKeyInput = CreateApiKeyInput = __decorate([
    (0, graphql_1.InputType)()
], CreateApiKeyInput);
let RevokeApiKeyInput = class RevokeApiKeyInput {
    keyId;
};
exports.RevokeApiKeyInput = RevokeApiKeyInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RevokeApiKeyInput.prototype, "keyId", void 0);
exports.RevokeApiKeyInput = RevokeApiKeyInput = __decorate([
    (0, graphql_1.InputType)()
], RevokeApiKeyInput);
//# sourceMappingURL=organization.inputs.js.map