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
exports.UnitConnection = exports.BatchConnection = exports.UnitIngestResultModel = exports.UnitCountsModel = exports.UnitModel = exports.BatchModel = exports.UnitKindEnum = exports.BatchStatusEnum = void 0;
const graphql_1 = require("@nestjs/graphql");
const pagination_1 = require("../common/pagination");
const batch_status_1 = require("./batch-status");
const unit_kind_1 = require("./unit-kind");
exports.BatchStatusEnum = Object.fromEntries(batch_status_1.BATCH_STATUSES.map((s) => [s, s]));
exports.UnitKindEnum = Object.fromEntries(unit_kind_1.UNIT_KINDS.map((s) => [s, s]));
(0, graphql_1.registerEnumType)(exports.BatchStatusEnum, { name: 'BatchStatus' });
(0, graphql_1.registerEnumType)(exports.UnitKindEnum, { name: 'UnitKind' });
let BatchModel = class BatchModel {
    id;
    manufacturerId;
    batchNumber;
    modelId;
    plantId;
    productionStart;
    productionEnd;
    declaredCellCount;
    declaredModuleCount;
    declaredPackCount;
    status;
    createdAt;
};
exports.BatchModel = BatchModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], BatchModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], BatchModel.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], BatchModel.prototype, "batchNumber", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], BatchModel.prototype, "modelId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], BatchModel.prototype, "plantId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], BatchModel.prototype, "productionStart", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], BatchModel.prototype, "productionEnd", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], BatchModel.prototype, "declaredCellCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], BatchModel.prototype, "declaredModuleCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], BatchModel.prototype, "declaredPackCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.BatchStatusEnum),
    __metadata("design:type", String)
], BatchModel.prototype, "status", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], BatchModel.prototype, "createdAt", void 0);
exports.BatchModel = BatchModel = __decorate([
    (0, graphql_1.ObjectType)('Batch', { description: 'A production batch of one battery model at one plant.' })
], BatchModel);
let UnitModel = class UnitModel {
    id;
    serial;
    kind;
    batchId;
    parentId;
    parentSerial;
    createdAt;
};
exports.UnitModel = UnitModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], UnitModel.prototype, "id", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], UnitModel.prototype, "serial", void 0);
__decorate([
    (0, graphql_1.Field)(() => exports.UnitKindEnum),
    __metadata("design:type", String)
], UnitModel.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], UnitModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], UnitModel.prototype, "parentId", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true }),
    __metadata("design:type", Object)
], UnitModel.prototype, "parentSerial", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], UnitModel.prototype, "createdAt", void 0);
exports.UnitModel = UnitModel = __decorate([
    (0, graphql_1.ObjectType)('Unit', { description: 'A cell, module or pack (per-battery data: visible to its manufacturer).' })
], UnitModel);
let UnitCountsModel = class UnitCountsModel {
    cells;
    modules;
    packs;
};
exports.UnitCountsModel = UnitCountsModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], UnitCountsModel.prototype, "cells", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], UnitCountsModel.prototype, "modules", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], UnitCountsModel.prototype, "packs", void 0);
exports.UnitCountsModel = UnitCountsModel = __decorate([
    (0, graphql_1.ObjectType)('UnitCounts')
], UnitCountsModel);
let UnitIngestResultModel = class UnitIngestResultModel {
    batchId;
    received;
    inserted;
    alreadyPresent;
};
exports.UnitIngestResultModel = UnitIngestResultModel;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], UnitIngestResultModel.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], UnitIngestResultModel.prototype, "received", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int),
    __metadata("design:type", Number)
], UnitIngestResultModel.prototype, "inserted", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { description: 'Units that were already registered with the same facts (idempotent re-upload)' }),
    __metadata("design:type", Number)
], UnitIngestResultModel.prototype, "alreadyPresent", void 0);
exports.UnitIngestResultModel = UnitIngestResultModel = __decorate([
    (0, graphql_1.ObjectType)('UnitIngestResult')
], UnitIngestResultModel);
let BatchConnection = class BatchConnection extends (0, pagination_1.Connection)(BatchModel, 'Batch') {
};
exports.BatchConnection = BatchConnection;
exports.BatchConnection = BatchConnection = __decorate([
    (0, graphql_1.ObjectType)()
], BatchConnection);
let UnitConnection = class UnitConnection extends (0, pagination_1.Connection)(UnitModel, 'Unit') {
};
exports.UnitConnection = UnitConnection;
exports.UnitConnection = UnitConnection = __decorate([
    (0, graphql_1.ObjectType)()
], UnitConnection);
//# sourceMappingURL=batch.model.js.map