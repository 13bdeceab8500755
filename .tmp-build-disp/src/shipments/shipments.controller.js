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
exports.ShipmentsController = void 0;
const common_1 = require("@nestjs/common");
const access_decorator_1 = require("../access/access.decorator");
const shipment_manifest_1 = require("./shipment-manifest");
const shipment_manifest_service_1 = require("./shipment-manifest.service");
/** Shipment documents over plain HTTP, for the parties of the shipment (same rules as GraphQL). */
let ShipmentsController = class ShipmentsController {
    manifests;
    constructor(manifests) {
        this.manifests = manifests;
    }
    manifestJson(actor, id) {
        return this.manifests.manifest(actor, id);
    }
    async manifestCsv(actor, id, reply) {
        const manifest = await this.manifests.manifest(actor, id);
        void reply.header('content-type', 'text/csv; charset=utf-8');
        void reply.header('content-disposition', `attachment; filename="manifest-${manifest.shipment.id}.csv"`);
        return (0, shipment_manifest_1.manifestCsv)(manifest);
    }
};
exports.ShipmentsController = ShipmentsController;
__decorate([
    (0, common_1.Get)(':id/manifest.json'),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, common_1.Param)('id')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], ShipmentsController.prototype, "manifestJson", null);
__decorate([
    (0, common_1.Get)(':id/manifest.csv'),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, common_1.Param)('id')),
    __param(2, (0, common_1.Res)({ passthrough: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Promise)
], ShipmentsController.prototype, "manifestCsv", null);
exports.ShipmentsController = ShipmentsController = __decorate([
    (0, common_1.Controller)('shipments'),
    __metadata("design:paramtypes", [shipment_manifest_service_1.ShipmentManifestService])
], ShipmentsController);
//# sourceMappingURL=shipments.controller.js.map