"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CertificatesModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const certificate_verification_service_1 = require("./certificate-verification.service");
const certificates_controller_1 = require("./certificates.controller");
const certificates_resolver_1 = require("./certificates.resolver");
const certificates_service_1 = require("./certificates.service");
const passport_controller_1 = require("./passport.controller");
const signing_keys_service_1 = require("./signing-keys.service");
let CertificatesModule = class CertificatesModule {
};
exports.CertificatesModule = CertificatesModule;
exports.CertificatesModule = CertificatesModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule],
        controllers: [certificates_controller_1.CertificatesController, passport_controller_1.PassportController],
        providers: [signing_keys_service_1.SigningKeysService, certificates_service_1.CertificatesService, certificate_verification_service_1.CertificateVerificationService, certificates_resolver_1.CertificatesResolver, certificates_resolver_1.CertificationRequestResolver],
        exports: [certificates_service_1.CertificatesService, certificate_verification_service_1.CertificateVerificationService, signing_keys_service_1.SigningKeysService],
    })
], CertificatesModule);
//# sourceMappingURL=certificates.module.js.map