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
exports.BatchUnitsController = exports.UNIT_UPLOAD_CONTENT_TYPES = void 0;
const common_1 = require("@nestjs/common");
const node_stream_1 = require("node:stream");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const batches_service_1 = require("./batches.service");
/** Content types whose bodies reach this controller as a raw stream (see http/http-setup.ts). */
exports.UNIT_UPLOAD_CONTENT_TYPES = {
    'application/x-ndjson': 'ndjson',
    'application/ndjson': 'ndjson',
    'application/jsonl': 'ndjson',
    'text/csv': 'csv',
};
let BatchUnitsController = class BatchUnitsController {
    batches;
    constructor(batches) {
        this.batches = batches;
    }
    /**
     * Streaming bulk upload of units: NDJSON or CSV, any size, all or nothing, idempotent.
     * Errors name the line and the field.
     */
    async upload(actor, id, req) {
        const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
        const format = exports.UNIT_UPLOAD_CONTENT_TYPES[type];
        if (!format || !(req.body instanceof node_stream_1.Readable)) {
            throw new errors_1.AppError('BAD_USER_INPUT', `Content-Type must be application/x-ndjson or text/csv, got "${type || 'none'}"`, 'content-type');
        }
        return this.batches.uploadUnits(actor, id, req.body, format);
    }
};
exports.BatchUnitsController = BatchUnitsController;
__decorate([
    (0, common_1.Post)(':id/units'),
    (0, common_1.HttpCode)(200),
    access_decorator_1.Access.organizations(['MANUFACTURER']),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, common_1.Param)('id')),
    __param(2, (0, common_1.Req)()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Promise)
], BatchUnitsController.prototype, "upload", null);
exports.BatchUnitsController = BatchUnitsController = __decorate([
    (0, common_1.Controller)('batches'),
    __metadata("design:paramtypes", [batches_service_1.BatchesService])
], BatchUnitsController);
//# sourceMappingURL=batch-units.controller.js.map