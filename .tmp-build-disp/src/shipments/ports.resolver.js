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
exports.PortsResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const shipment_inputs_1 = require("./dto/shipment.inputs");
const ports_service_1 = require("./ports.service");
const shipment_model_1 = require("./shipment.model");
let PortsResolver = class PortsResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    ports() {
        return this.service.ports();
    }
    addPort(actor, input) {
        return this.service.addPort(actor, input);
    }
};
exports.PortsResolver = PortsResolver;
__decorate([
    (0, graphql_1.Query)(() => [shipment_model_1.PortModel], { description: 'Known seaports (UN/LOCODE).' }),
    access_decorator_1.Access.public(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], PortsResolver.prototype, "ports", null);
__decorate([
    (0, graphql_1.Mutation)(() => shipment_model_1.PortModel, { description: 'Adds a port (administrator).' }),
    access_decorator_1.Access.admin(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, shipment_inputs_1.AddPortInput]),
    __metadata("design:returntype", Promise)
], PortsResolver.prototype, "addPort", null);
exports.PortsResolver = PortsResolver = __decorate([
    (0, graphql_1.Resolver)(() => shipment_model_1.PortModel),
    __metadata("design:paramtypes", [ports_service_1.PortsService])
], PortsResolver);
//# sourceMappingURL=ports.resolver.js.map