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
exports.JobOutboxEntity = void 0;
const typeorm_1 = require("typeorm");
/** A job waiting to be relayed to BullMQ (written in the transaction of the change it is about). */
let JobOutboxEntity = class JobOutboxEntity {
    id;
    queue;
    jobName;
    jobId;
    payload;
    createdAt;
    attempts;
    lastError;
};
exports.JobOutboxEntity = JobOutboxEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' }),
    __metadata("design:type", String)
], JobOutboxEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'text' }),
    __metadata("design:type", String)
], JobOutboxEntity.prototype, "queue", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'job_name', type: 'text' }),
    __metadata("design:type", String)
], JobOutboxEntity.prototype, "jobName", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'job_id', type: 'text' }),
    __metadata("design:type", String)
], JobOutboxEntity.prototype, "jobId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb' }),
    __metadata("design:type", Object)
], JobOutboxEntity.prototype, "payload", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], JobOutboxEntity.prototype, "createdAt", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], JobOutboxEntity.prototype, "attempts", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'last_error', type: 'text', nullable: true }),
    __metadata("design:type", Object)
], JobOutboxEntity.prototype, "lastError", void 0);
exports.JobOutboxEntity = JobOutboxEntity = __decorate([
    (0, typeorm_1.Entity)('job_outbox')
], JobOutboxEntity);
//# sourceMappingURL=job-outbox.entity.js.map