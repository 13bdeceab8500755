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
exports.EnergyResolver = void 0;
const graphql_1 = require("@nestjs/graphql");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const record_park_energy_input_1 = require("./dto/record-park-energy.input");
const energy_supplies_1 = require("./energy-supplies");
const energy_service_1 = require("./energy.service");
const park_energy_model_1 = require("./park-energy.model");
let EnergyResolver = class EnergyResolver {
    service;
    constructor(service) {
        this.service = service;
    }
    parkEnergyPeriods(actor, parkId, from, to) {
        return this.service.periods(actor, parkId, { from: from ? (0, energy_supplies_1.requireDay)('from', from) : null, to: to ? (0, energy_supplies_1.requireDay)('to', to) : null });
    }
    zeroCarbonPark(p, baseline) {
        if (baseline !== null && baseline !== undefined && (!Number.isFinite(baseline) || baseline <= 0)) {
            throw (0, errors_1.badInput)('baselineTCo2PerTce', `must be greater than 0, got ${baseline}`);
        }
        if (!p.metrics)
            return null;
        const m = p.metrics(baseline ?? null);
        return {
            holds: m.zeroCarbonPark,
            directGreenHolds: m.directGreenCondition.holds,
            directGreenShare: m.directGreenCondition.share,
            minimumDirectGreenShare: m.directGreenCondition.minimumShare,
            intensityHolds: m.intensityCondition.holds,
            tCo2PerTce: m.intensityCondition.tCo2PerTce,
            baselineTCo2PerTce: m.intensityCondition.baselineTCo2PerTce,
            maximumTCo2PerTce: m.intensityCondition.maximumTCo2PerTce,
        };
    }
    recordParkEnergy(actor, input) {
        return this.service.recordParkEnergy(actor, input);
    }
};
exports.EnergyResolver = EnergyResolver;
__decorate([
    (0, graphql_1.Query)(() => [park_energy_model_1.ParkEnergyPeriodModel], { description: 'Energy periods of a park (shares public; meter ids and GEC serials to the park)' }),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('parkId', { type: () => graphql_1.ID })),
    __param(2, (0, graphql_1.Args)('from', { type: () => String, nullable: true, description: 'YYYY-MM-DD' })),
    __param(3, (0, graphql_1.Args)('to', { type: () => String, nullable: true, description: 'YYYY-MM-DD' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, String, String]),
    __metadata("design:returntype", Promise)
], EnergyResolver.prototype, "parkEnergyPeriods", null);
__decorate([
    (0, graphql_1.ResolveField)(() => park_energy_model_1.ZeroCarbonParkTestModel, { nullable: true, description: 'null when no grid factor is known for GRID power' }),
    __param(0, (0, graphql_1.Parent)()),
    __param(1, (0, graphql_1.Args)('baselineTCo2PerTce', {
        type: () => graphql_1.Float,
        nullable: true,
        description: 'Carbon intensity of an average park today (t CO2/tce); "near-zero" is at most one tenth of it',
    })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Object)
], EnergyResolver.prototype, "zeroCarbonPark", null);
__decorate([
    (0, graphql_1.Mutation)(() => park_energy_model_1.ParkEnergyPeriodModel, {
        description: 'Records a park’s electricity for a period (a manufacturer with a plant in the park, or the administrator).',
    }),
    access_decorator_1.Access.organizations(['MANUFACTURER'], { orAdmin: true }),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, graphql_1.Args)('input')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, record_park_energy_input_1.RecordParkEnergyInput]),
    __metadata("design:returntype", Promise)
], EnergyResolver.prototype, "recordParkEnergy", null);
exports.EnergyResolver = EnergyResolver = __decorate([
    (0, graphql_1.Resolver)(() => park_energy_model_1.ParkEnergyPeriodModel),
    __metadata("design:paramtypes", [energy_service_1.EnergyService])
], EnergyResolver);
//# sourceMappingURL=energy.resolver.js.map