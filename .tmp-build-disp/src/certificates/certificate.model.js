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
exports.CertificateVerificationModel = exports.VerificationCheckModel = exports.CertificateStatusChangeModel = exports.CertificateModel = exports.CertificationRequestModel = exports.SigningKeyRotationModel = exports.SigningKeyModel = void 0;
const graphql_1 = require("@nestjs/graphql");
let SigningKeyModel = class SigningKeyModel {
    keyId;
    kid;
    status;
    activeFrom;
    retiredAt;
    publicJwk;
};
exports.SigningKeyModel = SigningKeyModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], SigningKeyModel.prototype, "keyId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], SigningKeyModel.prototype, "kid", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'CURRENT or RETIRED (still published, so that earlier certificates verify)' }),
    __metadata("design:type", String)
], SigningKeyModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], SigningKeyModel.prototype, "activeFrom", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], SigningKeyModel.prototype, "retiredAt", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The public key as a JWK (JSON)' }),
    __metadata("design:type", String)
], SigningKeyModel.prototype, "publicJwk", void 0);
exports.SigningKeyModel = SigningKeyModel = __decorate([
    (0, graphql_1.ObjectType)('SigningKey', { description: 'A certifier signing key (Ed25519); the private half never leaves the server' })
], SigningKeyModel);
let SigningKeyRotationModel = class SigningKeyRotationModel {
    current;
    retired;
};
exports.SigningKeyRotationModel = SigningKeyRotationModel;
__decorate([
    (0, graphql_1.Field)(() => SigningKeyModel),
    __metadata("design:type", SigningKeyModel)
], SigningKeyRotationModel.prototype, "current", void 0);
__decorate([
    (0, graphql_1.Field)(() => SigningKeyModel, { nullable: true }),
    __metadata("design:type", Object)
], SigningKeyRotationModel.prototype, "retired", void 0);
exports.SigningKeyRotationModel = SigningKeyRotationModel = __decorate([
    (0, graphql_1.ObjectType)('SigningKeyRotation')
], SigningKeyRotationModel);
let CertificationRequestModel = class CertificationRequestModel {
    id;
    footprintId;
    batchId;
    manufacturerId;
    certifierId;
    status;
    note;
    refusalReasons;
    createdAt;
    decidedAt;
    certificateId;
    footprintVersion;
    footprintStatus;
    rulesetId;
    kgCo2ePerKWhLifetime;
    inputsSha256;
};
exports.CertificationRequestModel = CertificationRequestModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "footprintId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "certifierId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'PENDING, ISSUED or REFUSED' }),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CertificationRequestModel.prototype, "note", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String], { nullable: true }),
    __metadata("design:type", Object)
], CertificationRequestModel.prototype, "refusalReasons", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], CertificationRequestModel.prototype, "createdAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true }),
    __metadata("design:type", Object)
], CertificationRequestModel.prototype, "decidedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], CertificationRequestModel.prototype, "certificateId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], CertificationRequestModel.prototype, "footprintVersion", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "footprintStatus", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "rulesetId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], CertificationRequestModel.prototype, "kgCo2ePerKWhLifetime", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificationRequestModel.prototype, "inputsSha256", void 0);
exports.CertificationRequestModel = CertificationRequestModel = __decorate([
    (0, graphql_1.ObjectType)('CertificationRequest', { description: 'A manufacturer’s request that a certifier verify a declared footprint' })
], CertificationRequestModel);
let CertificateModel = class CertificateModel {
    id;
    number;
    requestId;
    footprintId;
    batchId;
    manufacturerId;
    certifierId;
    keyId;
    statusListIndex;
    status;
    statusReason;
    assurance;
    materialityPercent;
    verificationStandard;
    opinionType;
    opinion;
    leadVerifier;
    reviewer;
    systemBoundary;
    criteria;
    footprintSha256;
    issuedAt;
    validFrom;
    validUntil;
    credential;
    verifyUrl;
};
exports.CertificateModel = CertificateModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "number", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateModel.prototype, "requestId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateModel.prototype, "footprintId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateModel.prototype, "certifierId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "keyId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], CertificateModel.prototype, "statusListIndex", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'ACTIVE, SUSPENDED or REVOKED (expiry and supersession: see verifyCertificate)' }),
    __metadata("design:type", String)
], CertificateModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CertificateModel.prototype, "statusReason", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'LIMITED or REASONABLE' }),
    __metadata("design:type", String)
], CertificateModel.prototype, "assurance", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float),
    __metadata("design:type", Number)
], CertificateModel.prototype, "materialityPercent", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "verificationStandard", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "opinionType", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "opinion", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "leadVerifier", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "reviewer", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "systemBoundary", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String]),
    __metadata("design:type", Array)
], CertificateModel.prototype, "criteria", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateModel.prototype, "footprintSha256", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], CertificateModel.prototype, "issuedAt", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], CertificateModel.prototype, "validFrom", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], CertificateModel.prototype, "validUntil", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The W3C Verifiable Credential 2.0 as a compact JWS (EdDSA)' }),
    __metadata("design:type", String)
], CertificateModel.prototype, "credential", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The public verification page' }),
    __metadata("design:type", String)
], CertificateModel.prototype, "verifyUrl", void 0);
exports.CertificateModel = CertificateModel = __decorate([
    (0, graphql_1.ObjectType)('Certificate', { description: 'A signed carbon footprint certificate (DOMAIN.md §4)' })
], CertificateModel);
let CertificateStatusChangeModel = class CertificateStatusChangeModel {
    certificate;
    changed;
    message;
};
exports.CertificateStatusChangeModel = CertificateStatusChangeModel;
__decorate([
    (0, graphql_1.Field)(() => CertificateModel),
    __metadata("design:type", CertificateModel)
], CertificateStatusChangeModel.prototype, "certificate", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'false when the certificate was already in that state (nothing was written)' }),
    __metadata("design:type", Boolean)
], CertificateStatusChangeModel.prototype, "changed", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateStatusChangeModel.prototype, "message", void 0);
exports.CertificateStatusChangeModel = CertificateStatusChangeModel = __decorate([
    (0, graphql_1.ObjectType)('CertificateStatusChange')
], CertificateStatusChangeModel);
let VerificationCheckModel = class VerificationCheckModel {
    check;
    ok;
    reason;
    message;
};
exports.VerificationCheckModel = VerificationCheckModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], VerificationCheckModel.prototype, "check", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], VerificationCheckModel.prototype, "ok", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], VerificationCheckModel.prototype, "reason", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], VerificationCheckModel.prototype, "message", void 0);
exports.VerificationCheckModel = VerificationCheckModel = __decorate([
    (0, graphql_1.ObjectType)('VerificationCheck')
], VerificationCheckModel);
let CertificateVerificationModel = class CertificateVerificationModel {
    valid;
    status;
    statusText;
    reasons;
    checkedAt;
    kid;
    certificateId;
    checks;
};
exports.CertificateVerificationModel = CertificateVerificationModel;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Boolean)
], CertificateVerificationModel.prototype, "valid", void 0);
__decorate([
    (0, graphql_1.Field)({
        description: 'VALID, or the first failure: MALFORMED, UNKNOWN_KID, SIGNATURE, ISSUER_NOT_CERTIFIER, KEY_NOT_CURRENT_AT_ISSUANCE, NOT_YET_VALID, EXPIRED, REVOKED, SUSPENDED, SUPERSEDED, FOOTPRINT_HASH_MISMATCH, STATUS_UNKNOWN',
    }),
    __metadata("design:type", String)
], CertificateVerificationModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateVerificationModel.prototype, "statusText", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String]),
    __metadata("design:type", Array)
], CertificateVerificationModel.prototype, "reasons", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], CertificateVerificationModel.prototype, "checkedAt", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], CertificateVerificationModel.prototype, "kid", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], CertificateVerificationModel.prototype, "certificateId", void 0);
__decorate([
    (0, graphql_1.Field)(() => [VerificationCheckModel]),
    __metadata("design:type", Array)
], CertificateVerificationModel.prototype, "checks", void 0);
exports.CertificateVerificationModel = CertificateVerificationModel = __decorate([
    (0, graphql_1.ObjectType)('CertificateVerification')
], CertificateVerificationModel);
//# sourceMappingURL=certificate.model.js.map