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
exports.BatchFilter = exports.RegisterUnitsInput = exports.RegisterBatchInput = exports.UnitInput = void 0;
const graphql_1 = require("@nestjs/graphql");
const batch_model_1 = require("../batch.model");
let UnitInput = class UnitInput {
    serial;
    kind;
    parentSerial;
};
exports.UnitInput = UnitInput;
__decorate([
    (0, graphql_1.Field)({ description: 'Unique per manufacturer; 1 to 64 characters, no control characters' }),
    __metadata("design:type", String)
], UnitInput.prototype, "serial", void 0);
__decorate([
    (0, graphql_1.Field)(() => batch_model_1.UnitKindEnum),
    __metadata("design:type", String)
], UnitInput.prototype, "kind", void 0);
__decorate([
    (0, graphql_1.Field)(() => String, { nullable: true, description: 'Serial of the module or pack this unit sits in' }),
    __metadata("design:type", Object)
], UnitInput.prototype, "parentSerial", void 0);
exports.UnitInput = UnitInput = __decorate([
    (0, graphql_1.InputType)()
], UnitInput);
let RegisterBatchInput = class RegisterBatchInput {
    batchNumber;
    modelId;
    plantId;
    productionStart;
    productionEnd;
    // Nullable with a default, not `Int! = 0`: graphql-jit (Mercurius `jit`) refuses an omitted
    // non-null input field even when it has a default (zalando-incubator/graphql-jit#142).
    declaredCellCount;
    declaredModuleCount;
    declaredPackCount;
    units;
};
exports.RegisterBatchInput = RegisterBatchInput;
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", String)
], RegisterBatchInput.prototype, "batchNumber", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RegisterBatchInput.prototype, "modelId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RegisterBatchInput.prototype, "plantId", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], RegisterBatchInput.prototype, "productionStart", void 0);
__decorate([
    (0, graphql_1.Field)(),
    __metadata("design:type", Date)
], RegisterBatchInput.prototype, "productionEnd", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true, defaultValue: 0 }),
    __metadata("design:type", Object)
], RegisterBatchInput.prototype, "declaredCellCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true, defaultValue: 0 }),
    __metadata("design:type", Object)
], RegisterBatchInput.prototype, "declaredModuleCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.Int, { nullable: true, defaultValue: 0 }),
    __metadata("design:type", Object)
], RegisterBatchInput.prototype, "declaredPackCount", void 0);
__decorate([
    (0, graphql_1.Field)(() => [UnitInput], { nullable: true, description: 'Up to 10,000 units; use POST /batches/:id/units for more' }),
    __metadata("design:type", Object)
], RegisterBatchInput.prototype, "units", void 0);
exports.RegisterBatchInput = RegisterBatchInput = __decorate([
    (0, graphql_1.InputType)()
], RegisterBatchInput);
let RegisterUnitsInput = class RegisterUnitsInput {
    batchId;
    units;
};
exports.RegisterUnitsInput = RegisterUnitsInput;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID),
    __metadata("design:type", String)
], RegisterUnitsInput.prototype, "batchId", void 0);
__decorate([
    (0, graphql_1.Field)(() => [UnitInput], { description: 'Up to 10,000 units; use POST /batches/:id/units for more' }),
    __metadata("design:type", Array)
], RegisterUnitsInput.prototype, "units", void 0);
exports.RegisterUnitsInput = RegisterUnitsInput = __decorate([
    (0, graphql_1.InputType)()
], RegisterUnitsInput);
let BatchFilter = class BatchFilter {
    manufacturerId;
    plantId;
    modelId;
    status;
};
exports.BatchFilter = BatchFilter;
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], BatchFilter.prototype, "manufacturerId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], BatchFilter.prototype, "plantId", void 0);
__decorate([
    (0, graphql_1.Field)(() => graphql_1.ID, { nullable: true }),
    __metadata("design:type", Object)
], BatchFilter.prototype, "modelId", void 0);
__decorate([
    (0, graphql_1.Field)(() => batch_model_1.BatchStatusEnum, { nullable: true }),
    __metadata("design:type", Object)
], BatchFilter.prototype, "status", void 0);
exports.BatchFilter = BatchFilter = __decorate([
    (0, graphql_1.InputType)()
], BatchFilter);
//# sourceMappingURL=batch.inputs.js.map