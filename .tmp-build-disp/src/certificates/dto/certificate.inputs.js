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
exports.CertificateStatusInput = exports.RefuseCertificationInput = exports.IssueCertificateInput = exports.RequestCertificationInput = void 0;
const graphql_1 = require("@nestjs/graphql");
let RequestCertificationInput = class RequestCertificationInput {
    footprintId;
    certifierId;
    note;
};
exports.RequestCertificationInput = RequestCertificationInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'A DECLARED footprint of one of your batches' }),
    __metadata("design:type", String)
], RequestCertificationInput.prototype, "footprintId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { description: 'The certifier organization asked to verify it' }),
    __metadata("design:type", String)
], RequestCertificationInput.prototype, "certifierId", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], RequestCertificationInput.prototype, "note", void 0);
exports.RequestCertificationInput = RequestCertificationInput = __decorate([
    (0, graphql_1.InputType)()
], RequestCertificationInput);
let IssueCertificateInput = class IssueCertificateInput {
    requestId;
    assurance;
    materialityPercent;
    opinion;
    opinionType;
    leadVerifier;
    reviewer;
    validFrom;
    validUntil;
    systemBoundary;
    accreditation;
    notifiedBodyNumber;
};
exports.IssueCertificateInput = IssueCertificateInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], IssueCertificateInput.prototype, "requestId", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'Level of assurance: LIMITED or REASONABLE (DOMAIN.md §4)' }),
    __metadata("design:type", String)
], IssueCertificateInput.prototype, "assurance", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Float, { nullable: true, description: 'Materiality in percent (default 5, DOMAIN.md §4)' }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "materialityPercent", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The verification opinion' }),
    __metadata("design:type", String)
], IssueCertificateInput.prototype, "opinion", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'UNMODIFIED (default), MODIFIED or ADVERSE' }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "opinionType", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], IssueCertificateInput.prototype, "leadVerifier", void 0);
__decorate([
    (0, graphql_1.Field)({ description: 'The independent reviewer (not the lead verifier)' }),
    __metadata("design:type", String)
], IssueCertificateInput.prototype, "reviewer", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Default: now' }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "validFrom", void 0);
__decorate([
    (0, graphql_1.Field)(() => Date, { nullable: true, description: 'Default: one year after validFrom (DOMAIN.md §4)' }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "validUntil", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "systemBoundary", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "accreditation", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'EU notified-body number when acting under 2023/1542' }),
    __metadata("design:type", Object)
], IssueCertificateInput.prototype, "notifiedBodyNumber", void 0);
exports.IssueCertificateInput = IssueCertificateInput = __decorate([
    (0, graphql_1.InputType)()
], IssueCertificateInput);
let RefuseCertificationInput = class RefuseCertificationInput {
    requestId;
    reasons;
};
exports.RefuseCertificationInput = RefuseCertificationInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RefuseCertificationInput.prototype, "requestId", void 0);
__decorate([
    (0, graphql_1.Field)(() => [String]),
    __metadata("design:type", Array)
], RefuseCertificationInput.prototype, "reasons", void 0);
exports.RefuseCertificationInput = RefuseCertificationInput = __decorate([
    (0, graphql_1.InputType)()
], RefuseCertificationInput);
let CertificateStatusInput = class CertificateStatusInput {
    certificateId;
    reason;
};
exports.CertificateStatusInput = CertificateStatusInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], CertificateStatusInput.prototype, "certificateId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], CertificateStatusInput.prototype, "reason", void 0);
exports.CertificateStatusInput = CertificateStatusInput = __decorate([
    (0, graphql_1.InputType)()
], CertificateStatusInput);
//# sourceMappingURL=certificate.inputs.js.map