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
exports.CertificationRequestResolver = exports.CertificatesResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const certificate_verification_service_1 = require("./certificate-verification.service");
const certificate_view_1 = require("./certificate-view");
const certificate_model_1 = require("./certificate.model");
const certificates_service_1 = require("./certificates.service");
const certificate_inputs_1 = require("./dto/certificate.inputs");
const signing_keys_service_1 = require("./signing-keys.service");
let CertificatesResolver = class CertificatesResolver {
    service;
    verification;
    keys;
    constructor(service, verification, keys) {
        this.service = service;
        this.verification = verification;
        this.keys = keys;
    }
    view = (c) => (0, certificate_view_1.toCertificateModel)(c, this.service.certificateUrl(c.id));
    change = (s) => ({
        certificate: this.view(s.certificate),
        changed: s.changed,
        message: s.message,
    });
    requestCertification(actor, input) {
        return this.service.requestCertification(actor, input);
    }
    certificationRequests(actor, status) {
        return this.service.certificationRequests(actor, status);
    }
    async issueCertificate(actor, input) {
        return this.view(await this.service.issueCertificate(actor, input));
    }
    refuseCertification(actor, input) {
        return this.service.refuseCertification(actor, input);
    }
    async revokeCertificate(actor, input) {
        return this.change(await this.service.revokeCertificate(actor, input));
    }
    async suspendCertificate(actor, input) {
        return this.change(await this.service.suspendCertificate(actor, input));
    }
    async reinstateCertificate(actor, input) {
        return this.change(await this.service.reinstateCertificate(actor, input));
    }
    async rotateSigningKey(actor) {
        const r = await this.keys.rotateSigningKey(actor);
        const did = this.keys.did(r.current.organizationId);
        return { current: (0, certificate_view_1.toSigningKeyModel)(r.current, did), retired: r.retired ? (0, certificate_view_1.toSigningKeyModel)(r.retired, did) : null };
    }
    async signingKeys(actor) {
        if (actor.type !== 'ORGANIZATION')
            throw (0, errors_1.forbidden)('signingKeys is for certifiers');
        const did = this.keys.did(actor.organizationId);
        return (await this.keys.keysOf(actor.organizationId)).map((k) => (0, certificate_view_1.toSigningKeyModel)(k, did));
    }
    async certificate(id) {
        return this.view(await this.service.certificate(id));
    }
    async verifyCertificate(credential) {
        return (0, certificate_view_1.toVerificationModel)(await this.verification.verify(credential));
    }
};
exports.CertificatesResolver = CertificatesResolver;
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.CertificationRequestModel, { description: 'A manufacturer asks a certifier to verify one of its declared footprints' }),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, certificate_inputs_1.RequestCertificationInput]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "requestCertification", null);
__decorate([
    (0, graphql_1.Query)(() => [certificate_model_1.CertificationRequestModel], { description: 'A certifier’s queue (or a manufacturer’s own requests)' }),
    access_decorator_1.Access.organizations(['CERTIFIER', 'MANUFACTURER'], { orAdmin: true }),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('status', { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "certificationRequests", null);
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.CertificateModel, { description: 'The addressed certifier issues a signed certificate for a pending request' }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, certificate_inputs_1.IssueCertificateInput]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "issueCertificate", null);
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.CertificationRequestModel, { description: 'The addressed certifier refuses a pending request, with reasons' }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, certificate_inputs_1.RefuseCertificationInput]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "refuseCertification", null);
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.CertificateStatusChangeModel, {
        description: 'Revokes a certificate (final; revoking twice changes nothing and says so)',
    }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, certificate_inputs_1.CertificateStatusInput]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "revokeCertificate", null);
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.CertificateStatusChangeModel, { description: 'Suspends a certificate until it is reinstated' }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, certificate_inputs_1.CertificateStatusInput]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "suspendCertificate", null);
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.CertificateStatusChangeModel, { description: 'Reinstates a suspended certificate' }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, certificate_inputs_1.CertificateStatusInput]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "reinstateCertificate", null);
__decorate([
    (0, graphql_1.Mutation)(() => certificate_model_1.SigningKeyRotationModel, { description: 'Makes a new signing key current; the old one stays published as retired' }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "rotateSigningKey", null);
__decorate([
    (0, graphql_1.Query)(() => [certificate_model_1.SigningKeyModel], { description: 'The calling certifier’s signing keys, oldest first' }),
    access_decorator_1.Access.organizations(['CERTIFIER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "signingKeys", null);
__decorate([
    (0, graphql_1.Query)(() => certificate_model_1.CertificateModel, { description: 'A certificate (public: it is what buyers verify)' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('id', { type: () => graphql_1.ID })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "certificate", null);
__decorate([
    (0, graphql_1.Query)(() => certificate_model_1.CertificateVerificationModel, { description: 'Verifies a certificate credential (compact JWS): each check with its reason' }),
    access_decorator_1.Access.public(),
    __param(0, (0, graphql_1.Args)('credential')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], CertificatesResolver.prototype, "verifyCertificate", null);
exports.CertificatesResolver = CertificatesResolver = __decorate([
    (0, graphql_1.Resolver)(() => certificate_model_1.CertificateModel),
    __metadata("design:paramtypes", [certificates_service_1.CertificatesService,
        certificate_verification_service_1.CertificateVerificationService,
        signing_keys_service_1.SigningKeysService])
], CertificatesResolver);
let CertificationRequestResolver = class CertificationRequestResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    footprintInputs(r, ctx) {
        return this.service.requestInputs(ctx.actor, r);
    }
};
exports.CertificationRequestResolver = CertificationRequestResolver;
__decorate([
    (0, graphql_1.ResolveField)(() => String, {
        nullable: true,
        description: 'The footprint’s inputs document (JSON), for the addressed certifier and the manufacturer',
    }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Context)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [certificate_model_1.CertificationRequestModel, Object]),
    __metadata("design:returntype", Promise)
], CertificationRequestResolver.prototype, "footprintInputs", null);
exports.CertificationRequestResolver = CertificationRequestResolver = __decorate([
    (0, graphql_1.Resolver)(() => certificate_model_1.CertificationRequestModel),
    __metadata("design:paramtypes", [certificates_service_1.CertificatesService])
], CertificationRequestResolver);
//# sourceMappingURL=certificates.resolver.js.map