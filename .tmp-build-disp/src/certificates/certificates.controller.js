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
exports.CertificatesController = void 0;
const common_1 = require("@nestjs/common");
const qrcode_1 = require("qrcode");
const access_decorator_1 = require("../access/access.decorator");
const certificate_verification_service_1 = require("./certificate-verification.service");
const certificates_service_1 = require("./certificates.service");
const signing_keys_service_1 = require("./signing-keys.service");
const verify_page_1 = require("./verify-page");
/**
 * Public HTTP routes of certificates: the certifiers' DID documents (did:web), the status list
 * credentials at their stable URLs, the verification page (HTML, or JSON when asked), and the
 * offline bundle.
 */
let CertificatesController = class CertificatesController {
    keys;
    verification;
    certificates;
    constructor(keys, verification, certificates) {
        this.keys = keys;
        this.verification = verification;
        this.certificates = certificates;
    }
    async didDocument(orgId, reply) {
        void reply.header('content-type', 'application/did+json');
        return this.keys.didDocument(orgId);
    }
    async statusList(id, reply) {
        const s = await this.verification.statusListJws(id);
        void reply.header('content-type', 'application/vc+jwt');
        void reply.header('cache-control', 'no-cache');
        return s.jws;
    }
    async verify(id, accept, reply) {
        const { certificate, result } = await this.verification.verifyById(id);
        const wantsJson = /application\/(.+\+)?json/.test(accept ?? '') && !/text\/html/.test(accept ?? '');
        if (wantsJson) {
            return {
                certificateId: certificate.id,
                number: certificate.number,
                valid: result.valid,
                status: result.status,
                statusText: result.statusText,
                reasons: result.checks.filter((c) => !c.ok).map((c) => c.reason),
                checks: result.checks,
                checkedAt: result.checkedAt,
                credential: certificate.credential,
            };
        }
        const url = this.certificates.certificateUrl(certificate.id);
        const svg = await (0, qrcode_1.toString)(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
        void reply.header('content-type', 'text/html; charset=utf-8');
        return (0, verify_page_1.renderVerifyPage)(result, url, svg);
    }
    async bundle(id, reply) {
        const b = await this.verification.bundle(id);
        void reply.header('content-disposition', `attachment; filename="certificate-${b.certificateId}.bundle.json"`);
        return b;
    }
};
exports.CertificatesController = CertificatesController;
__decorate([
    (0, common_1.Get)('certifiers/:orgId/did.json'),
    access_decorator_1.Access.public(),
    __param(0, (0, common_1.Param)('orgId')),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], CertificatesController.prototype, "didDocument", null);
__decorate([
    (0, common_1.Get)('status-lists/:id'),
    access_decorator_1.Access.public(),
    __param(0, (0, common_1.Param)('id')),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], CertificatesController.prototype, "statusList", null);
__decorate([
    (0, common_1.Get)('verify/:certificateId'),
    access_decorator_1.Access.public(),
    __param(0, (0, common_1.Param)('certificateId')),
    __param(1, (0, common_1.Headers)('accept')),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object, Object]),
    __metadata("design:returntype", Promise)
], CertificatesController.prototype, "verify", null);
__decorate([
    (0, common_1.Get)('certificates/:id/bundle'),
    access_decorator_1.Access.public(),
    __param(0, (0, common_1.Param)('id')),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], CertificatesController.prototype, "bundle", null);
exports.CertificatesController = CertificatesController = __decorate([
    (0, common_1.Controller)(),
    __metadata("design:paramtypes", [signing_keys_service_1.SigningKeysService,
        certificate_verification_service_1.CertificateVerificationService,
        certificates_service_1.CertificatesService])
], CertificatesController);
//# sourceMappingURL=certificates.controller.js.map