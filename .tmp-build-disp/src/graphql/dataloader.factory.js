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
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DataLoaderFactory = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const dataloader_1 = __importDefault(require("dataloader"));
const typeorm_2 = require("typeorm");
const batch_entity_1 = require("../batches/batch.entity");
const battery_model_entity_1 = require("../battery-models/battery-model.entity");
const organization_entity_1 = require("../organizations/organization.entity");
const park_entity_1 = require("../parks/park.entity");
const plant_entity_1 = require("../parks/plant.entity");
const footprint_loaders_1 = require("../footprints/footprint-loaders");
const shipment_loaders_1 = require("../shipments/shipment-loaders");
const find_by_ids_1 = require("./find-by-ids");
/** A singleton that builds the per-request loaders: one batched `id = ANY(...)` query per relation. */
let DataLoaderFactory = class DataLoaderFactory {
    db;
    constructor(db) {
        this.db = db;
    }
    create() {
        return {
            organization: this.byId(organization_entity_1.OrganizationEntity),
            park: this.byId(park_entity_1.ParkEntity),
            plant: this.byId(plant_entity_1.PlantEntity),
            batteryModel: this.byId(battery_model_entity_1.BatteryModelEntity),
            batch: this.byId(batch_entity_1.BatchEntity),
            shipments: (0, shipment_loaders_1.createShipmentLoaders)(this.db),
            footprints: (0, footprint_loaders_1.createFootprintLoaders)(this.db),
        };
    }
    byId(entity) {
        return new dataloader_1.default(async (ids) => {
            const rows = await (0, find_by_ids_1.findByIds)(this.db, entity)(ids);
            const byId = new Map(rows.map((r) => [r.id, r]));
            return ids.map((id) => byId.get(id) ?? null);
        });
    }
};
exports.DataLoaderFactory = DataLoaderFactory;
exports.DataLoaderFactory = DataLoaderFactory = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource])
], DataLoaderFactory);
//# sourceMappingURL=dataloader.factory.js.map