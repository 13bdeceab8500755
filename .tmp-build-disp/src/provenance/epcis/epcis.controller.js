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
exports.EpcisController = void 0;
const common_1 = require("@nestjs/common");
const access_decorator_1 = require("../../access/access.decorator");
const epcis_service_1 = require("./epcis.service");
/** GS1 EPCIS 2.0 export: `GET /epcis/events?batch=<id>` or `?shipment=<id>`, optionally `&since=<ISO date-time>`. */
let EpcisController = class EpcisController {
    epcis;
    constructor(epcis) {
        this.epcis = epcis;
    }
    async events(actor, reply, batch, shipment, since) {
        const doc = await this.epcis.events(actor, { batch, shipment, since });
        void reply.header('content-type', 'application/ld+json; charset=utf-8');
        return doc;
    }
};
exports.EpcisController = EpcisController;
__decorate([
    (0, common_1.Get)('events'),
    access_decorator_1.Access.authenticated(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, common_1.Res)({ passthrough: true })),
    __param(2, (0, common_1.Query)('batch')),
    __param(3, (0, common_1.Query)('shipment')),
    __param(4, (0, common_1.Query)('since')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, String, String, String]),
    __metadata("design:returntype", Promise)
], EpcisController.prototype, "events", null);
exports.EpcisController = EpcisController = __decorate([
    (0, common_1.Controller)('epcis'),
    __metadata("design:paramtypes", [epcis_service_1.EpcisService])
], EpcisController);
//# sourceMappingURL=epcis.controller.js.map