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
exports.CertificatesService = exports.FOOTPRINT_FIGURE_COLS = exports.CERT_COLS = exports.VERIFICATION_STANDARD = exports.DEFAULT_VALIDITY_MONTHS = exports.DEFAULT_MATERIALITY_PERCENT = exports.CERTIFICATE_STATUSES = exports.OPINION_TYPES = exports.ASSURANCE_LEVELS = void 0;
exports.certifiedFootprintOf = certifiedFootprintOf;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const canonical_json_1 = require("../common/canonical-json");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const config_module_1 = require("../config/config.module");
const bitstring_status_list_1 = require("./bitstring-status-list");
const credential_1 = require("./credential");
const signing_keys_service_1 = require("./signing-keys.service");
exports.ASSURANCE_LEVELS = ['LIMITED', 'REASONABLE'];
exports.OPINION_TYPES = ['UNMODIFIED', 'MODIFIED', 'ADVERSE'];
exports.CERTIFICATE_STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'];
/** DOMAIN.md §4: materiality is "usually 5%". */
exports.DEFAULT_MATERIALITY_PERCENT = 5;
/** DOMAIN.md §4: validity is "typically one year". */
exports.DEFAULT_VALIDITY_MONTHS = 12;
/** DOMAIN.md §4: the verification standard. */
exports.VERIFICATION_STANDARD = 'ISO 14064-3:2019';
const REQ_COLS = `r.id, r.footprint_id AS "footprintId", r.batch_id AS "batchId", r.manufacturer_id AS "manufacturerId",
  r.certifier_id AS "certifierId", r.status, r.note, r.refusal_reasons AS "refusalReasons", r.requested_by AS "requestedBy",
  r.created_at AS "createdAt", r.decided_by AS "decidedBy", r.decided_at AS "decidedAt",
  (SELECT c.id FROM certificates c WHERE c.request_id = r.id) AS "certificateId",
  f.version AS "footprintVersion", f.status AS "footprintStatus", f.ruleset_id AS "rulesetId",
  f.kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", f.inputs_sha256 AS "inputsSha256"`;
exports.CERT_COLS = `c.id, c.number, c.request_id AS "requestId", c.footprint_id AS "footprintId", c.batch_id AS "batchId",
  c.manufacturer_id AS "manufacturerId", c.certifier_id AS "certifierId", c.key_id AS "keyId", c.status_index AS "statusIndex",
  c.status, c.status_reason AS "statusReason", c.status_changed_at AS "statusChangedAt", c.assurance,
  c.materiality_percent AS "materialityPercent", c.statement, c.footprint_sha256 AS "footprintSha256", c.issued_at AS "issuedAt",
  c.valid_from AS "validFrom", c.valid_until AS "validUntil", c.credential`;
function requireCertifier(actor, operation) {
    if (actor.type === 'ORGANIZATION' && actor.organizationKind === 'CERTIFIER')
        return actor.organizationId;
    throw (0, errors_1.forbidden)(`${operation} is for certifier organizations only`);
}
function addMonths(d, months) {
    const out = new Date(d);
    out.setUTCMonth(out.getUTCMonth() + months);
    return out;
}
/** The certified footprint figures from a footprint row (what the credential's footprint hash covers). */
function certifiedFootprintOf(f) {
    return {
        id: f.footprintId,
        batchId: f.batchId,
        version: f.version,
        rulesetId: f.rulesetId,
        stagesKgCo2e: {
            RAW_MATERIAL_ACQUISITION: f.rawMaterialKgCo2e,
            MAIN_PRODUCTION: f.mainProductionKgCo2e,
            DISTRIBUTION: f.distributionKgCo2e,
            END_OF_LIFE_RECYCLING: f.endOfLifeKgCo2e,
        },
        kgCo2eAbsolute: f.kgCo2eAbsolute,
        kgCo2ePerKWhCapacity: f.kgCo2ePerKWhCapacity,
        kgCo2ePerKWhLifetime: f.kgCo2ePerKWhLifetime,
        lifetimeEnergyKWh: f.lifetimeEnergyKWh,
        inputsSha256: f.inputsSha256,
    };
}
exports.FOOTPRINT_FIGURE_COLS = `f.id AS "footprintId", f.batch_id AS "batchId", f.version, f.ruleset_id AS "rulesetId",
  f.raw_material_kg_co2e AS "rawMaterialKgCo2e", f.main_production_kg_co2e AS "mainProductionKgCo2e",
  f.distribution_kg_co2e AS "distributionKgCo2e", f.end_of_life_kg_co2e AS "endOfLifeKgCo2e",
  f.kg_co2e_absolute AS "kgCo2eAbsolute", f.kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity",
  f.kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime", f.lifetime_energy_kwh AS "lifetimeEnergyKWh", f.inputs_sha256 AS "inputsSha256"`;
/**
 * The certification workflow (issue 5, DOMAIN.md §4): a manufacturer asks a certifier to verify
 * a DECLARED footprint; the certifier issues a signed certificate (a W3C VC 2.0, see
 * credential.ts) or refuses with reasons; afterwards it may revoke, suspend and reinstate it by
 * flipping its bits in its Bitstring Status Lists. Every change is one transaction ending with
 * its audit entry. A no-op status change (revoking a revoked certificate) writes nothing and says so.
 */
let CertificatesService = class CertificatesService {
    db;
    audit;
    keys;
    config;
    constructor(db, audit, keys, config) {
        this.db = db;
        this.audit = audit;
        this.keys = keys;
        this.config = config;
    }
    statusListUrl(listId) {
        return `${this.config.publicBaseUrl}/status-lists/${listId}`;
    }
    certificateUrl(id) {
        return `${this.config.publicBaseUrl}/verify/${id}`;
    }
    async requestCertification(actor, input) {
        if (actor.type !== 'ORGANIZATION' || actor.organizationKind !== 'MANUFACTURER')
            throw (0, errors_1.forbidden)('requestCertification is for manufacturers only');
        const footprintId = (0, validate_1.requireId)('input.footprintId', input.footprintId);
        const certifierId = (0, validate_1.requireId)('input.certifierId', input.certifierId);
        const note = (0, validate_1.optionalText)('input.note', input.note, 2000);
        return this.db.transaction(async (em) => {
            const fps = await em.query(`SELECT manufacturer_id AS "manufacturerId", status, batch_id AS "batchId", version FROM footprints WHERE id = $1 FOR SHARE`, [footprintId]);
            if (!fps.length)
                throw (0, errors_1.notFound)('Footprint', footprintId, 'input.footprintId');
            const f = fps[0];
            if (f.manufacturerId !== actor.organizationId)
                throw (0, errors_1.forbidden)(`footprint ${footprintId} belongs to another manufacturer`, 'input.footprintId');
            const orgs = await em.query(`SELECT kind FROM organizations WHERE id = $1`, [certifierId]);
            if (!orgs.length)
                throw (0, errors_1.notFound)('Organization', certifierId, 'input.certifierId');
            if (orgs[0].kind !== 'CERTIFIER')
                throw (0, errors_1.badInput)('input.certifierId', `organization ${certifierId} is a ${orgs[0].kind}, not a certifier`);
            if (f.status !== 'DECLARED') {
                throw (0, errors_1.conflict)(`footprint ${footprintId} (version ${f.version}) is ${f.status}: only a declared footprint can be certified`, 'input.footprintId');
            }
            const pending = await em.query(`SELECT id FROM certification_requests WHERE footprint_id = $1 AND certifier_id = $2 AND status = 'PENDING'`, [footprintId, certifierId]);
            if (pending.length)
                throw (0, errors_1.conflict)(`a certification request ${pending[0].id} for this footprint is already pending with this certifier`, 'input.footprintId');
            const [{ id }] = await em.query(`INSERT INTO certification_requests (footprint_id, batch_id, manufacturer_id, certifier_id, note, requested_by)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [footprintId, f.batchId, actor.organizationId, certifierId, note, (0, actor_1.actorId)(actor)]);
            await this.audit.append(em, actor, {
                action: 'requestCertification',
                subjectType: 'CertificationRequest',
                subjectId: id,
                input: { footprintId, certifierId, note },
            });
            return this.request(em, id);
        });
    }
    async request(em, id) {
        const rows = await em.query(`SELECT ${REQ_COLS} FROM certification_requests r JOIN footprints f ON f.id = r.footprint_id WHERE r.id = $1`, [id]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Certification request', id);
        return rows[0];
    }
    /** The certifier's queue (its requests), or a manufacturer's own requests; the administrator sees all. */
    async certificationRequests(actor, status) {
        if (status !== null && status !== undefined && !['PENDING', 'ISSUED', 'REFUSED'].includes(status))
            throw (0, errors_1.badInput)('status', 'expected PENDING, ISSUED or REFUSED');
        const params = [status ?? null];
        let where = `($1::text IS NULL OR r.status = $1)`;
        if (actor.type === 'ORGANIZATION') {
            params.push(actor.organizationId);
            where += actor.organizationKind === 'CERTIFIER' ? ` AND r.certifier_id = $2` : ` AND r.manufacturer_id = $2`;
        }
        else if (actor.type !== 'ADMIN')
            throw (0, errors_1.forbidden)('certificationRequests needs an API key');
        return this.db.query(`SELECT ${REQ_COLS} FROM certification_requests r JOIN footprints f ON f.id = r.footprint_id WHERE ${where} ORDER BY r.created_at, r.id LIMIT 500`, params);
    }
    /** The footprint inputs document behind a request, for the certifier it is addressed to (and the manufacturer). */
    async requestInputs(actor, r) {
        const me = actor.type === 'ORGANIZATION' ? actor.organizationId : null;
        if (actor.type !== 'ADMIN' && me !== r.certifierId && me !== r.manufacturerId)
            return null;
        const rows = await this.db.query(`SELECT inputs FROM footprints WHERE id = $1`, [r.footprintId]);
        return rows.length ? JSON.stringify(rows[0].inputs) : null;
    }
    /** Locks a request addressed to this certifier and still pending. */
    async pendingRequestFor(em, actor, requestIdRaw, operation) {
        const certifierId = requireCertifier(actor, operation);
        const requestId = (0, validate_1.requireId)('input.requestId', requestIdRaw);
        const rows = await em.query(`SELECT certifier_id AS "certifierId", status, footprint_id AS "footprintId" FROM certification_requests WHERE id = $1 FOR UPDATE`, [requestId]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Certification request', requestId, 'input.requestId');
        if (rows[0].certifierId !== certifierId)
            throw (0, errors_1.forbidden)(`certification request ${requestId} is addressed to another certifier`, 'input.requestId');
        if (rows[0].status !== 'PENDING')
            throw (0, errors_1.conflict)(`certification request ${requestId} is already ${rows[0].status}`, 'input.requestId');
        return { certifierId, requestId, footprintId: rows[0].footprintId };
    }
    async refuseCertification(actor, input) {
        requireCertifier(actor, 'refuseCertification');
        if (!Array.isArray(input.reasons) || input.reasons.length === 0)
            throw (0, errors_1.badInput)('input.reasons', 'give at least one reason');
        if (input.reasons.length > 50)
            throw (0, errors_1.badInput)('input.reasons', 'at most 50 reasons');
        const reasons = input.reasons.map((r, i) => (0, validate_1.requireText)(`input.reasons[${i}]`, r, 2000));
        return this.db.transaction(async (em) => {
            const { requestId } = await this.pendingRequestFor(em, actor, input.requestId, 'refuseCertification');
            await em.query(`UPDATE certification_requests SET status = 'REFUSED', refusal_reasons = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [requestId, reasons, (0, actor_1.actorId)(actor)]);
            await this.audit.append(em, actor, {
                action: 'refuseCertification',
                subjectType: 'CertificationRequest',
                subjectId: requestId,
                input: { requestId, reasons },
            });
            return this.request(em, requestId);
        });
    }
    async issueCertificate(actor, input) {
        requireCertifier(actor, 'issueCertificate');
        (0, validate_1.requireId)('input.requestId', input.requestId);
        if (!exports.ASSURANCE_LEVELS.includes(input.assurance))
            throw (0, errors_1.badInput)('input.assurance', 'expected LIMITED or REASONABLE');
        const assurance = input.assurance;
        const materialityPercent = input.materialityPercent ?? exports.DEFAULT_MATERIALITY_PERCENT;
        if (!Number.isFinite(materialityPercent) || materialityPercent <= 0 || materialityPercent > 100) {
            throw (0, errors_1.badInput)('input.materialityPercent', 'expected a percentage above 0 and at most 100');
        }
        const opinionType = input.opinionType ?? 'UNMODIFIED';
        if (!exports.OPINION_TYPES.includes(opinionType))
            throw (0, errors_1.badInput)('input.opinionType', 'expected UNMODIFIED, MODIFIED or ADVERSE');
        const opinion = (0, validate_1.requireText)('input.opinion', input.opinion, 4000);
        const leadVerifier = (0, validate_1.requireText)('input.leadVerifier', input.leadVerifier, 200);
        const reviewer = (0, validate_1.requireText)('input.reviewer', input.reviewer, 200);
        if (leadVerifier.toLowerCase() === reviewer.toLowerCase())
            throw (0, errors_1.badInput)('input.reviewer', 'the independent reviewer must not be the lead verifier');
        const systemBoundary = (0, validate_1.optionalText)('input.systemBoundary', input.systemBoundary, 2000);
        const accreditation = (0, validate_1.optionalText)('input.accreditation', input.accreditation, 500);
        const notifiedBodyNumber = (0, validate_1.optionalText)('input.notifiedBodyNumber', input.notifiedBodyNumber, 50);
        for (const [field, d] of [
            ['input.validFrom', input.validFrom],
            ['input.validUntil', input.validUntil],
        ]) {
            if (d !== null && d !== undefined && (!(d instanceof Date) || Number.isNaN(d.getTime())))
                throw (0, errors_1.badInput)(field, 'not a valid date-time');
        }
        return this.db.transaction(async (em) => {
            const { certifierId, requestId, footprintId } = await this.pendingRequestFor(em, actor, input.requestId, 'issueCertificate');
            const ctx = await this.issueContext(em, footprintId, certifierId);
            if (ctx.footprintStatus !== 'DECLARED') {
                throw (0, errors_1.conflict)(`footprint ${footprintId} is ${ctx.footprintStatus}: only the batch's current declared footprint can be certified`, 'input.requestId');
            }
            const key = await this.keys.lockCurrentKey(em, certifierId, actor);
            const [{ now }] = await em.query(`SELECT clock_timestamp() AS now`);
            const validFrom = input.validFrom ?? now;
            const validUntil = input.validUntil ?? addMonths(validFrom, exports.DEFAULT_VALIDITY_MONTHS);
            if (validUntil.getTime() <= validFrom.getTime())
                throw (0, errors_1.badInput)('input.validUntil', 'must be after validFrom');
            if (validUntil.getTime() > addMonths(validFrom, 60).getTime())
                throw (0, errors_1.badInput)('input.validUntil', 'at most five years after validFrom');
            const lists = await this.lockStatusLists(em, certifierId);
            const [{ next }] = await em.query(`SELECT coalesce(max(status_index) + 1, 0)::int AS next FROM certificates WHERE certifier_id = $1`, [certifierId]);
            if (next >= bitstring_status_list_1.STATUS_LIST_MIN_ENTRIES)
                throw (0, errors_1.conflict)(`certifier ${certifierId} has used every entry of its status lists`);
            const [{ id, seq }] = await em.query(`SELECT gen_random_uuid() AS id, nextval('certificate_number_seq') AS seq`);
            const number = `BTC-${now.getUTCFullYear()}-${String(seq).padStart(6, '0')}`;
            const figures = certifiedFootprintOf(ctx);
            const statement = {
                id,
                number,
                url: this.certificateUrl(id),
                issuedAt: now.toISOString(),
                issuingBody: { id: certifierId, name: ctx.certifierName, accreditation, notifiedBodyNumber },
                verificationStandard: exports.VERIFICATION_STANDARD,
                criteria: ['ISO 14067:2018', 'EU 2023/1542 Annex II', `battrace ruleset ${ctx.rulesetId}`],
                assurance,
                materialityPercent,
                opinionType,
                opinion,
                leadVerifier,
                reviewer,
                systemBoundary: systemBoundary ??
                    'cradle to grave excluding the use phase: raw material acquisition, main production, distribution, end of life (EU 2023/1542 Annex II)',
                dataPeriod: { from: new Date(ctx.productionStart).toISOString(), to: new Date(ctx.productionEnd).toISOString() },
                electricityApproach: { rulesetId: ctx.rulesetId, basis: ctx.electricityBasis },
            };
            const statusEntry = (purpose) => ({
                id: `${this.statusListUrl(lists[purpose])}#${next}`,
                type: 'BitstringStatusListEntry',
                statusPurpose: purpose,
                statusListIndex: String(next),
                statusListCredential: this.statusListUrl(lists[purpose]),
            });
            const vc = {
                '@context': [credential_1.VC_CONTEXT],
                id: `urn:uuid:${id}`,
                type: ['VerifiableCredential', credential_1.CREDENTIAL_TYPE],
                issuer: { id: key.did, name: ctx.certifierName },
                validFrom: validFrom.toISOString(),
                validUntil: validUntil.toISOString(),
                credentialSubject: {
                    id: `urn:uuid:${ctx.batchId}`,
                    type: 'BatteryBatch',
                    certificate: statement,
                    responsibleParty: {
                        id: ctx.manufacturerId,
                        name: ctx.manufacturerName,
                        plant: { id: ctx.plantId, name: ctx.plantName, address: ctx.plantAddress },
                        park: { code: ctx.parkCode, name: ctx.parkName },
                    },
                    product: {
                        batchId: ctx.batchId,
                        batchNumber: ctx.batchNumber,
                        packCount: ctx.declaredPackCount,
                        model: { id: ctx.modelId, name: ctx.modelName, chemistry: ctx.chemistry, nominalEnergyKWh: ctx.nominalEnergyKWh },
                    },
                    footprint: { ...figures, sha256: (0, credential_1.footprintSha256)(figures), functionalUnit: ctx.functionalUnit },
                },
                credentialStatus: [statusEntry('revocation'), statusEntry('suspension')],
            };
            const jws = await (0, credential_1.signCredential)(vc, key.privateKey, key.kid);
            await em.query(`INSERT INTO certificates (id, number, request_id, footprint_id, batch_id, manufacturer_id, certifier_id, key_id, status_index,
           assurance, materiality_percent, statement, footprint_sha256, issued_at, valid_from, valid_until, credential, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`, [
                id,
                number,
                requestId,
                footprintId,
                ctx.batchId,
                ctx.manufacturerId,
                certifierId,
                key.keyId,
                next,
                assurance,
                materialityPercent,
                JSON.stringify(statement),
                vc.credentialSubject.footprint.sha256,
                now,
                validFrom,
                validUntil,
                jws,
                (0, actor_1.actorId)(actor),
            ]);
            await em.query(`UPDATE certification_requests SET status = 'ISSUED', decided_by = $2, decided_at = now() WHERE id = $1`, [
                requestId,
                (0, actor_1.actorId)(actor),
            ]);
            await this.audit.append(em, actor, {
                action: 'issueCertificate',
                subjectType: 'Certificate',
                subjectId: id,
                input: {
                    requestId,
                    footprintId,
                    number,
                    keyId: key.keyId,
                    assurance,
                    materialityPercent,
                    validFrom,
                    validUntil,
                    credentialSha256: (0, canonical_json_1.sha256Hex)(jws),
                },
            });
            return this.certificateIn(em, id);
        });
    }
    async issueContext(em, footprintId, certifierId) {
        const rows = await em.query(`SELECT ${exports.FOOTPRINT_FIGURE_COLS}, f.status AS "footprintStatus",
              f.result -> 'functionalUnit' AS "functionalUnit", f.result -> 'electricity' -> 'basis' AS "electricityBasis",
              b.batch_number AS "batchNumber", b.production_start AS "productionStart", b.production_end AS "productionEnd",
              b.declared_pack_count AS "declaredPackCount",
              m.id AS "modelId", m.name AS "modelName", m.chemistry, m.nominal_energy_kwh AS "nominalEnergyKWh",
              p.id AS "plantId", p.name AS "plantName", p.address AS "plantAddress", k.code AS "parkCode", k.name AS "parkName",
              mo.id AS "manufacturerId", mo.name AS "manufacturerName", co.name AS "certifierName"
         FROM footprints f
         JOIN batches b ON b.id = f.batch_id
         JOIN battery_models m ON m.id = f.model_id
         JOIN plants p ON p.id = f.plant_id
         JOIN parks k ON k.id = p.park_id
         JOIN organizations mo ON mo.id = f.manufacturer_id
         JOIN organizations co ON co.id = $2
        WHERE f.id = $1
        FOR SHARE OF f`, [footprintId, certifierId]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Footprint', footprintId);
        return rows[0];
    }
    /** The certifier's two status lists (made on first use), locked: issuance allocates indexes under this lock. */
    async lockStatusLists(em, certifierId) {
        await em.query(`INSERT INTO status_lists (certifier_id, purpose, bits)
       SELECT $1, p, $2::bytea FROM unnest(ARRAY['revocation','suspension']) AS p
       ON CONFLICT (certifier_id, purpose) DO NOTHING`, [certifierId, Buffer.alloc(bitstring_status_list_1.STATUS_LIST_BYTES)]);
        const rows = await em.query(`SELECT id, purpose FROM status_lists WHERE certifier_id = $1 ORDER BY purpose FOR UPDATE`, [certifierId]);
        return Object.fromEntries(rows.map((r) => [r.purpose, r.id]));
    }
    async certificateIn(em, id) {
        const rows = await em.query(`SELECT ${exports.CERT_COLS} FROM certificates c WHERE c.id = $1`, [id]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Certificate', id);
        return rows[0];
    }
    async certificate(idRaw) {
        return this.certificateIn(this.db, (0, validate_1.requireId)('id', idRaw));
    }
    async certificatesOfBatch(batchId) {
        return this.db.query(`SELECT ${exports.CERT_COLS} FROM certificates c WHERE c.batch_id = $1 ORDER BY c.issued_at DESC`, [batchId]);
    }
    revokeCertificate(actor, input) {
        return this.changeStatus(actor, input, 'revokeCertificate');
    }
    suspendCertificate(actor, input) {
        return this.changeStatus(actor, input, 'suspendCertificate');
    }
    reinstateCertificate(actor, input) {
        return this.changeStatus(actor, input, 'reinstateCertificate');
    }
    /**
     * Revocation is final; suspension is undone by reinstatement. The status bits (index 0 = the
     * left-most bit, i.e. PostgreSQL bit 8·⌊i/8⌋ + 7 − i mod 8) and the row change together.
     */
    async changeStatus(actor, input, action) {
        const certifierId = requireCertifier(actor, action);
        const id = (0, validate_1.requireId)('input.certificateId', input.certificateId);
        const reason = (0, validate_1.requireText)('input.reason', input.reason, 2000);
        return this.db.transaction(async (em) => {
            const rows = await em.query(`SELECT certifier_id AS "certifierId", status, status_index AS "statusIndex", number FROM certificates WHERE id = $1 FOR UPDATE`, [id]);
            if (!rows.length)
                throw (0, errors_1.notFound)('Certificate', id, 'input.certificateId');
            const c = rows[0];
            if (c.certifierId !== certifierId)
                throw (0, errors_1.forbidden)(`certificate ${id} was issued by another certifier`, 'input.certificateId');
            const target = action === 'revokeCertificate' ? 'REVOKED' : action === 'suspendCertificate' ? 'SUSPENDED' : 'ACTIVE';
            if (c.status === target) {
                const words = { REVOKED: 'already revoked', SUSPENDED: 'already suspended', ACTIVE: 'already active (not suspended)' }[target];
                return {
                    certificate: await this.certificateIn(em, id),
                    changed: false,
                    message: `certificate ${c.number} is ${words}: nothing changed`,
                };
            }
            if (c.status === 'REVOKED')
                throw (0, errors_1.conflict)(`certificate ${c.number} is revoked: revocation is final`, 'input.certificateId');
            if (action === 'reinstateCertificate' && c.status !== 'SUSPENDED')
                throw (0, errors_1.conflict)(`certificate ${c.number} is not suspended`, 'input.certificateId');
            const bit = `(${c.statusIndex} / 8) * 8 + 7 - ${c.statusIndex} % 8`;
            const setBit = async (purpose, value) => em.query(`UPDATE status_lists SET bits = set_bit(bits, ${bit}, ${value}), updated_at = now() WHERE certifier_id = $1 AND purpose = $2`, [certifierId, purpose]);
            if (target === 'REVOKED') {
                await setBit('revocation', 1);
                await setBit('suspension', 0);
            }
            else
                await setBit('suspension', target === 'SUSPENDED' ? 1 : 0);
            await em.query(`UPDATE certificates SET status = $2, status_reason = $3, status_changed_at = now() WHERE id = $1`, [
                id,
                target,
                reason,
            ]);
            await this.audit.append(em, actor, {
                action,
                subjectType: 'Certificate',
                subjectId: id,
                input: { certificateId: id, reason, from: c.status, to: target },
            });
            return {
                certificate: await this.certificateIn(em, id),
                changed: true,
                message: `certificate ${c.number} is now ${target.toLowerCase()}`,
            };
        });
    }
};
exports.CertificatesService = CertificatesService;
exports.CertificatesService = CertificatesService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(3, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService,
        signing_keys_service_1.SigningKeysService, Object])
], CertificatesService);
//# sourceMappingURL=certificates.service.js.map