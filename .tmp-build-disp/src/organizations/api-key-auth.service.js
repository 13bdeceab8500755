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
exports.ApiKeyAuthService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const actor_1 = require("../access/actor");
const config_module_1 = require("../config/config.module");
const errors_1 = require("../common/errors");
const api_key_secret_1 = require("./api-key-secret");
/**
 * Turns an `Authorization: Bearer <key>` header into an Actor. Known keys are cached for a few
 * seconds per process (a revocation reaches other API processes within CACHE_TTL_MS; the process
 * that revoked forgets the key at once). Unknown keys are never cached.
 */
const CACHE_TTL_MS = 5_000;
const CACHE_MAX = 10_000;
let ApiKeyAuthService = class ApiKeyAuthService {
    db;
    config;
    cache = new Map();
    constructor(db, config) {
        this.db = db;
        this.config = config;
    }
    async authenticate(authorization) {
        if (authorization === undefined || authorization === '')
            return actor_1.ANONYMOUS;
        const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
        if (!m)
            throw (0, errors_1.unauthenticated)('the Authorization header must be "Bearer <key>"');
        const key = m[1];
        if (this.config.adminApiKey && (0, api_key_secret_1.safeEqual)(key, this.config.adminApiKey))
            return actor_1.ADMIN;
        const hash = (0, api_key_secret_1.hashApiKey)(key);
        const now = Date.now();
        const hit = this.cache.get(hash);
        if (hit && hit.until > now)
            return hit.actor;
        const rows = await this.db.query(`SELECT k.id, k.organization_id, o.kind FROM api_keys k JOIN organizations o ON o.id = k.organization_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL`, [hash]);
        if (rows.length === 0) {
            this.cache.delete(hash);
            throw (0, errors_1.unauthenticated)('the API key is unknown or revoked');
        }
        const actor = {
            type: 'ORGANIZATION',
            organizationId: rows[0].organization_id,
            organizationKind: rows[0].kind,
            apiKeyId: rows[0].id,
        };
        if (this.cache.size >= CACHE_MAX)
            this.cache.clear();
        this.cache.set(hash, { actor, until: now + CACHE_TTL_MS });
        return actor;
    }
    async forget(keyHash) {
        this.cache.delete(keyHash);
    }
    onModuleDestroy() {
        this.cache.clear();
    }
};
exports.ApiKeyAuthService = ApiKeyAuthService;
exports.ApiKeyAuthService = ApiKeyAuthService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(1, (0, common_1.Inject)(config_module_1.APP_CONFIG)),
    __metadata("design:paramtypes", [typeorm_2.DataSource, Object])
], ApiKeyAuthService);
//# sourceMappingURL=api-key-auth.service.js.map