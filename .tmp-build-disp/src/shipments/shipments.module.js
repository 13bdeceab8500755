"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ShipmentsModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const batches_module_1 = require("../batches/batches.module");
const footprints_module_1 = require("../footprints/footprints.module");
const ports_resolver_1 = require("./ports.resolver");
const ports_service_1 = require("./ports.service");
const shipment_events_service_1 = require("./shipment-events.service");
const shipment_manifest_service_1 = require("./shipment-manifest.service");
const shipments_controller_1 = require("./shipments.controller");
const shipments_resolver_1 = require("./shipments.resolver");
const shipments_service_1 = require("./shipments.service");
const transport_emissions_service_1 = require("./transport-emissions.service");
/** Sea-freight export: shipments, containers, ports, events, transport emissions, manifests. */
let ShipmentsModule = class ShipmentsModule {
};
exports.ShipmentsModule = ShipmentsModule;
exports.ShipmentsModule = ShipmentsModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule, batches_module_1.BatchesModule, footprints_module_1.FootprintsModule],
        controllers: [shipments_controller_1.ShipmentsController],
        providers: [
            shipments_service_1.ShipmentsService,
            shipment_events_service_1.ShipmentEventsService,
            shipment_manifest_service_1.ShipmentManifestService,
            transport_emissions_service_1.TransportEmissionsService,
            ports_service_1.PortsService,
            shipments_resolver_1.ShipmentsResolver,
            shipments_resolver_1.ShipmentCargoLinesResolver,
            shipments_resolver_1.ShipmentLegsResolver,
            ports_resolver_1.PortsResolver,
        ],
        exports: [shipments_service_1.ShipmentsService, shipment_events_service_1.ShipmentEventsService, transport_emissions_service_1.TransportEmissionsService, ports_service_1.PortsService],
    })
], ShipmentsModule);
//# sourceMappingURL=shipments.module.js.map