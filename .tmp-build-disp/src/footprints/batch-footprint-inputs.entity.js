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
exports.BatchFootprintInputsEntity = void 0;
const typeorm_1 = require("typeorm");
/** One recorded version of a batch's footprint inputs (each recordFootprintInputs adds a version). */
let BatchFootprintInputsEntity = class BatchFootprintInputsEntity {
    id;
    batchId;
    version;
    document;
    documentSha256;
    recordedBy;
    createdAt;
};
exports.BatchFootprintInputsEntity = BatchFootprintInputsEntity;
__decorate([
    (0, typeorm_1.PrimaryGeneratedColumn)('uuid'),
    __metadata("design:type", String)
], BatchFootprintInputsEntity.prototype, "id", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'batch_id', type: 'uuid' }),
    __metadata("design:type", String)
], BatchFootprintInputsEntity.prototype, "batchId", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'integer' }),
    __metadata("design:type", Number)
], BatchFootprintInputsEntity.prototype, "version", void 0);
__decorate([
    (0, typeorm_1.Column)({ type: 'jsonb' }),
    __metadata("design:type", Object)
], BatchFootprintInputsEntity.prototype, "document", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'document_sha256', type: 'text' }),
    __metadata("design:type", String)
], BatchFootprintInputsEntity.prototype, "documentSha256", void 0);
__decorate([
    (0, typeorm_1.Column)({ name: 'recorded_by', type: 'text' }),
    __metadata("design:type", String)
], BatchFootprintInputsEntity.prototype, "recordedBy", void 0);
__decorate([
    (0, typeorm_1.CreateDateColumn)({ name: 'created_at', type: 'timestamptz' }),
    __metadata("design:type", Date)
], BatchFootprintInputsEntity.prototype, "createdAt", void 0);
exports.BatchFootprintInputsEntity = BatchFootprintInputsEntity = __decorate([
    (0, typeorm_1.Entity)('batch_footprint_inputs')
], BatchFootprintInputsEntity);
//# sourceMappingURL=batch-footprint-inputs.entity.js.map