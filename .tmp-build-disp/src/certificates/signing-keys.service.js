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
exports.SigningKeysService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const jose_1 = require("jose");
const node_crypto_1 = require("node:crypto");
const typeorm_2 = require("typeorm");
const actor_1 = require("../access/actor");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const config_module_1 = require("../config/config.module");
const did_document_1 = require("./did-document");
const did_web_1 = require("./did-web");
const key_encryption_1 = require("./key-encryption");
const KEY_COLS = `id AS "keyId", organization_id AS "organizationId", public_jwk AS "publicJwk", status,
  active_from AS "activeFrom", retired_at AS "retiredAt"`;
/**
 * Certifiers' Ed25519 signing keys (issue 5, DOMAIN.md §4): generated with node:crypto, the
 * public half published as a JWK (key id = its RFC 7638 thumbprint), the private half stored
 * wrapped under CERT_KEK. Exactly one key per certifier is CURRENT; rotation retires it (kept
 * and published) and makes a new one current, under a row lock shared with issuance so that a
 * certificate is never signed by a key retired before its issue time.
 */
let SigningKeysService = class SigningKeysService {
    db;
    audit;
    config;
    constructor(db, audit, config) {
        this.db = db;
        this.audit = audit;
        this.config = config;
    }
    did(organizationId) {
        return (0, did_web_1.certifierDid)(this.config.publicBaseUrl, organizationId);
    }
    /** The certifier's current key, locked until the transaction ends; made on first use. */
    async lockCurrentKey(em, organizationId, actor) {
        const rows = await em.query(`SELECT id AS "keyId", private_key_wrapped AS wrapped, active_from AS "activeFrom"
         FROM certifier_signing_keys WHERE organization_id = $1 AND status = 'CURRENT' FOR UPDATE`, [organizationId]);
        const row = rows[0] ?? (await this.createKey(em, organizationId, actor));
        const did = this.did(organizationId);
        const der = (0, key_encryption_1.unwrapPrivateKey)(this.config.certKek, row.keyId, row.wrapped);
        return {
            keyId: row.keyId,
            kid: (0, did_web_1.keyIdUrl)(did, row.keyId),
            did,
            privateKey: (0, node_crypto_1.createPrivateKey)({ key: der, format: 'der', type: 'pkcs8' }),
            activeFrom: row.activeFrom,
        };
    }
    async createKey(em, organizationId, actor) {
        const { publicKey, privateKey } = (0, node_crypto_1.generateKeyPairSync)('ed25519');
        const jwk = await (0, jose_1.exportJWK)(publicKey);
        const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
        const keyId = await (0, jose_1.calculateJwkThumbprint)(publicJwk, 'sha256');
        const wrapped = (0, key_encryption_1.wrapPrivateKey)(this.config.certKek, keyId, privateKey.export({ format: 'der', type: 'pkcs8' }));
        const [row] = await em.query(`INSERT INTO certifier_signing_keys (id, organization_id, public_jwk, private_key_wrapped, status, created_by)
       VALUES ($1, $2, $3, $4, 'CURRENT', $5) RETURNING active_from AS "activeFrom"`, [keyId, organizationId, JSON.stringify(publicJwk), wrapped, (0, actor_1.actorId)(actor) ?? 'system']);
        return { keyId, wrapped, activeFrom: row.activeFrom };
    }
    /** Retires the certifier's current key (still published) and makes a new one current. */
    async rotateSigningKey(actor) {
        if (actor.type !== 'ORGANIZATION' || actor.organizationKind !== 'CERTIFIER')
            throw (0, errors_1.forbidden)('rotateSigningKey is for certifiers only');
        const organizationId = actor.organizationId;
        return this.db.transaction(async (em) => {
            const [[retired]] = await em.query(`UPDATE certifier_signing_keys SET status = 'RETIRED', retired_at = clock_timestamp()
          WHERE organization_id = $1 AND status = 'CURRENT' RETURNING ${KEY_COLS}`, [organizationId]);
            const created = await this.createKey(em, organizationId, actor);
            const [current] = await em.query(`SELECT ${KEY_COLS} FROM certifier_signing_keys WHERE id = $1`, [created.keyId]);
            await this.audit.append(em, actor, {
                action: 'rotateSigningKey',
                subjectType: 'Organization',
                subjectId: organizationId,
                input: { retiredKeyId: retired?.keyId ?? null, currentKeyId: current.keyId },
            });
            return { current, retired: retired ?? null };
        });
    }
    async keysOf(organizationId) {
        return this.db.query(`SELECT ${KEY_COLS} FROM certifier_signing_keys WHERE organization_id = $1 ORDER BY active_from, id`, [
            organizationId,
        ]);
    }
    /** The DID document of a certifier (NOT_FOUND for an organization that is not a certifier). */
    async didDocument(organizationIdRaw) {
        const organizationId = (0, validate_1.requireId)('orgId', organizationIdRaw);
        const orgs = await this.db.query(`SELECT id, kind, name FROM organizations WHERE id = $1 AND kind = 'CERTIFIER'`, [organizationId]);
        if (!orgs.length)
            throw (0, errors_1.notFound)('Certifier', organizationId, 'orgId');
        const keys = await this.keysOf(organizationId);
        return (0, did_document_1.buildDidDocument)(this.did(organizationId), orgs[0], keys.map((k) => ({ keyId: k.keyId, publicJwk: k.publicJwk, activeFrom: k.activeFrom, retiredAt: k.retiredAt })));
    }
    /** A kid as battrace knows it: only dids of this battrace, only keys it holds; else null. */
    async knownKey(kid) {
        const p = (0, did_web_1.parseCertifierKid)(kid);
        if (!p || p.did !== this.did(p.organizationId))
            return null;
        const rows = await this.db.query(`SELECT k.public_jwk AS "publicJwk", k.active_from AS "activeFrom", k.retired_at AS "retiredAt", o.kind
         FROM certifier_signing_keys k JOIN organizations o ON o.id = k.organization_id
        WHERE k.id = $1 AND k.organization_id = $2`, [p.keyId, p.organizationId]);
        if (!rows.length)
            return null;
        const r = rows[0];
        return {
            kid,
            did: p.did,
            organizationId: p.organizationId,
            publicJwk: r.publicJwk,
            activeFrom: r.activeFrom,
            retiredAt: r.retiredAt,
            issuerIsCertifier: r.kind === 'CERTIFIER',
        };
    }
};
exports.SigningKeysService = SigningKeysService;
exports.SigningKeysService = SigningKeysService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(2, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService, Object])
], SigningKeysService);
//# sourceMappingURL=signing-keys.service.js.map