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
exports.HealthController = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_decorator_1 = require("../access/access.decorator");
const metrics_service_1 = require("../metrics/metrics.service");
const redis_module_1 = require("../redis/redis.module");
async function probe(check, timeoutMs = 1500) {
    const start = performance.now();
    try {
        await Promise.race([
            check(),
            new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs).unref()),
        ]);
        return { status: 'up', latencyMs: Math.round((performance.now() - start) * 10) / 10 };
    }
    catch (err) {
        return { status: 'down', latencyMs: Math.round(performance.now() - start), error: err.message };
    }
}
let HealthController = class HealthController {
    db;
    redis;
    metrics;
    constructor(db, redis, metrics) {
        this.db = db;
        this.redis = redis;
        this.metrics = metrics;
    }
    /** 200 when PostgreSQL and Redis both answer, 503 otherwise, with each one's state. */
    async health(reply) {
        const [postgres, redis] = await Promise.all([probe(() => this.db.query('SELECT 1')), probe(() => this.redis.ping())]);
        const ok = postgres.status === 'up' && redis.status === 'up';
        await reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', postgres, redis });
    }
    metricsText() {
        return this.metrics.registry.metrics();
    }
};
exports.HealthController = HealthController;
__decorate([
    (0, common_1.Get)('health'),
    access_decorator_1.Access.public(),
    __param(0, (0, common_1.Res)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], HealthController.prototype, "health", null);
__decorate([
    (0, common_1.Get)('metrics'),
    access_decorator_1.Access.public(),
    (0, common_1.Header)('Content-Type', 'text/plain; version=0.0.4; charset=utf-8'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], HealthController.prototype, "metricsText", null);
exports.HealthController = HealthController = __decorate([
    (0, common_1.Controller)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __param(1, (0, common_1.Inject)(redis_module_1.REDIS)),
    __metadata("design:paramtypes", [typeorm_2.DataSource, Function, metrics_service_1.MetricsService])
], HealthController);
//# sourceMappingURL=health.controller.js.map