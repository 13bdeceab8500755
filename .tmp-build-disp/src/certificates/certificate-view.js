"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toCertificateModel = toCertificateModel;
exports.toSigningKeyModel = toSigningKeyModel;
exports.toVerificationModel = toVerificationModel;
const did_web_1 = require("./did-web");
function toCertificateModel(c, verifyUrl) {
    const s = c.statement;
    return {
        id: c.id,
        number: c.number,
        requestId: c.requestId,
        footprintId: c.footprintId,
        batchId: c.batchId,
        manufacturerId: c.manufacturerId,
        certifierId: c.certifierId,
        keyId: c.keyId,
        statusListIndex: c.statusIndex,
        status: c.status,
        statusReason: c.statusReason,
        assurance: c.assurance,
        materialityPercent: c.materialityPercent,
        verificationStandard: String(s.verificationStandard),
        opinionType: String(s.opinionType),
        opinion: String(s.opinion),
        leadVerifier: String(s.leadVerifier),
        reviewer: String(s.reviewer),
        systemBoundary: String(s.systemBoundary),
        criteria: s.criteria ?? [],
        footprintSha256: c.footprintSha256,
        issuedAt: c.issuedAt,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
        credential: c.credential,
        verifyUrl,
    };
}
function toSigningKeyModel(k, did) {
    return {
        keyId: k.keyId,
        kid: (0, did_web_1.keyIdUrl)(did, k.keyId),
        status: k.status,
        activeFrom: k.activeFrom,
        retiredAt: k.retiredAt,
        publicJwk: JSON.stringify(k.publicJwk),
    };
}
function toVerificationModel(r) {
    return {
        valid: r.valid,
        status: r.status,
        statusText: r.statusText,
        reasons: r.checks.filter((c) => !c.ok).map((c) => c.reason ?? 'INVALID'),
        checkedAt: r.checkedAt,
        kid: r.kid,
        certificateId: r.certificateId,
        checks: r.checks,
    };
}
//# sourceMappingURL=certificate-view.js.map