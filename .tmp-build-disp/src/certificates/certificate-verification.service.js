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
exports.CertificateVerificationService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const certificate_checks_1 = require("./certificate-checks");
const certificates_service_1 = require("./certificates.service");
const credential_1 = require("./credential");
const signing_keys_service_1 = require("./signing-keys.service");
const status_list_credential_1 = require("./status-list-credential");
/**
 * Verification of certificate credentials (issue 5): the JWS against the key its kid names in
 * battrace's key table (current at issuance, issuer a certifier), then status from the
 * certificate row (which moves with the status list bits in one transaction), supersession
 * computed now from the footprints table (a newer declared version of the same batch exists;
 * computed at read time, so it needs no hook in the footprint path and cannot race), expiry
 * from validUntil, and the footprint hash recomputed from the stored footprint.
 */
let CertificateVerificationService = class CertificateVerificationService {
    db;
    keys;
    certificates;
    keyCache = new credential_1.PublicKeyCache();
    constructor(db, keys, certificates) {
        this.db = db;
        this.keys = keys;
        this.certificates = certificates;
    }
    async verify(jws, now = new Date()) {
        const inspected = await (0, credential_1.inspectCredentialJws)(jws, (kid) => this.keys.knownKey(kid), this.keyCache);
        const vc = inspected.credential;
        const certificateId = vc?.credentialSubject.certificate.id ?? null;
        const stored = vc && certificateId ? await this.storedFacts(certificateId) : null;
        const f = stored?.footprint;
        const subjectFootprint = vc?.credentialSubject.footprint;
        const checks = (0, certificate_checks_1.evaluateCredential)({
            ...inspected.facts,
            issuerIsCertifier: inspected.facts.issuerIsCertifier && (stored === null || vc?.issuer.id === this.keys.did(stored.certifierId)),
            revoked: stored ? stored.status === 'REVOKED' : null,
            suspended: stored ? stored.status === 'SUSPENDED' : null,
            superseded: stored ? stored.superseded : null,
            footprintHashMatches: !vc
                ? null
                : !!f &&
                    !!subjectFootprint &&
                    subjectFootprint.id === f.footprintId &&
                    subjectFootprint.sha256 === (0, credential_1.footprintSha256)((0, certificates_service_1.certifiedFootprintOf)(f)) &&
                    (0, credential_1.footprintSha256)(stripFootprint(subjectFootprint)) === subjectFootprint.sha256,
        }, now);
        const words = (0, certificate_checks_1.statusInWords)(checks);
        return {
            valid: words.valid,
            status: words.status,
            statusText: words.words,
            checkedAt: now,
            kid: inspected.kid,
            certificateId,
            checks,
            credential: vc,
        };
    }
    async storedFacts(certificateId) {
        const rows = await this.db.query(`SELECT c.status, c.certifier_id AS "certifierId", ${certificates_service_1.FOOTPRINT_FIGURE_COLS},
              EXISTS (SELECT 1 FROM footprints x WHERE x.batch_id = f.batch_id AND x.version > f.version AND x.declared_at IS NOT NULL) AS superseded
         FROM certificates c JOIN footprints f ON f.id = c.footprint_id WHERE c.id = $1`, [certificateId]);
        if (!rows.length)
            return null;
        const r = rows[0];
        return { status: r.status, certifierId: r.certifierId, superseded: r.superseded, footprint: r };
    }
    async verifyById(idRaw, now = new Date()) {
        const certificate = await this.certificates.certificate(idRaw);
        return { certificate, result: await this.verify(certificate.credential, now) };
    }
    /** The status list as a signed credential (compact JWS), a snapshot as of now. */
    async statusListJws(listIdRaw) {
        const listId = (0, validate_1.requireId)('id', listIdRaw);
        return this.db.transaction(async (em) => {
            const rows = await em.query(`SELECT certifier_id AS "certifierId", purpose, bits FROM status_lists WHERE id = $1`, [listId]);
            if (!rows.length)
                throw (0, errors_1.notFound)('Status list', listId, 'id');
            const r = rows[0];
            const key = await this.keys.lockCurrentKey(em, r.certifierId, { type: 'ADMIN' });
            const [{ now }] = await em.query(`SELECT clock_timestamp() AS now`);
            const url = this.certificates.statusListUrl(listId);
            const vc = (0, status_list_credential_1.buildStatusListCredential)(url, key.did, r.purpose, r.bits, now);
            return { jws: await (0, credential_1.signCredential)(vc, key.privateKey, key.kid), purpose: r.purpose, snapshotAt: now, url };
        });
    }
    /** Everything needed to verify without battrace: the credential, the DID document, signed status snapshots. */
    async bundle(idRaw) {
        const id = (0, validate_1.requireId)('id', idRaw);
        const rows = await this.db.query(`SELECT ${certificates_service_1.CERT_COLS} FROM certificates c WHERE c.id = $1`, [id]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Certificate', id, 'id');
        const c = rows[0];
        const lists = await this.db.query(`SELECT id FROM status_lists WHERE certifier_id = $1 ORDER BY purpose`, [
            c.certifierId,
        ]);
        const statusLists = [];
        for (const l of lists) {
            const s = await this.statusListJws(l.id);
            statusLists.push({ purpose: s.purpose, url: s.url, snapshotAt: s.snapshotAt.toISOString(), credential: s.jws });
        }
        return {
            format: 'battrace-certificate-bundle/1',
            certificateId: id,
            credential: c.credential,
            didDocument: await this.keys.didDocument(c.certifierId),
            statusLists,
            createdAt: new Date().toISOString(),
        };
    }
};
exports.CertificateVerificationService = CertificateVerificationService;
exports.CertificateVerificationService = CertificateVerificationService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        signing_keys_service_1.SigningKeysService,
        certificates_service_1.CertificatesService])
], CertificateVerificationService);
function stripFootprint(f) {
    return {
        id: f.id,
        batchId: f.batchId,
        version: f.version,
        rulesetId: f.rulesetId,
        stagesKgCo2e: f.stagesKgCo2e,
        kgCo2eAbsolute: f.kgCo2eAbsolute,
        kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
        kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
        lifetimeEnergyKWh: f.lifetimeEnergyKWh,
        inputsSha256: f.inputsSha256,
    };
}
//# sourceMappingURL=certificate-verification.service.js.map