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
exports.BatteryModelsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const battery_model_entity_1 = require("./battery-model.entity");
let BatteryModelsService = class BatteryModelsService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async register(actor, input) {
        const manufacturerId = (0, access_policy_1.requireManufacturer)(actor, 'registerBatteryModel');
        const name = (0, validate_1.requireText)('input.name', input.name);
        for (const f of [
            'nominalEnergyKWh',
            'usableEnergyKWh',
            'capacityAh',
            'nominalVoltageV',
            'massKg',
            'expectedCycleLife',
            'warrantyYears',
        ]) {
            (0, validate_1.requirePositive)(`input.${f}`, input[f]);
        }
        if (!Number.isInteger(input.expectedCycleLife))
            throw (0, errors_1.badInput)('input.expectedCycleLife', 'must be a whole number');
        if (input.warrantyKm !== null && input.warrantyKm !== undefined)
            (0, validate_1.requirePositive)('input.warrantyKm', input.warrantyKm);
        if (input.usableEnergyKWh > input.nominalEnergyKWh) {
            throw (0, errors_1.badInput)('input.usableEnergyKWh', `must not exceed the nominal energy (${input.usableEnergyKWh} > ${input.nominalEnergyKWh} kWh)`);
        }
        if (input.category === 'EV' && !input.vehicleCategory) {
            throw (0, errors_1.badInput)('input.vehicleCategory', 'is required for EV batteries: it sets the full equivalent cycles per year of the functional unit');
        }
        const values = {
            manufacturerId,
            name,
            category: input.category,
            vehicleCategory: input.vehicleCategory ?? null,
            chemistry: input.chemistry,
            nominalEnergyKWh: input.nominalEnergyKWh,
            usableEnergyKWh: input.usableEnergyKWh,
            capacityAh: input.capacityAh,
            nominalVoltageV: input.nominalVoltageV,
            massKg: input.massKg,
            expectedCycleLife: input.expectedCycleLife,
            warrantyYears: input.warrantyYears,
            warrantyKm: input.warrantyKm ?? null,
        };
        try {
            return await this.db.transaction(async (em) => {
                const model = await em.save(em.create(battery_model_entity_1.BatteryModelEntity, values));
                await this.audit.append(em, actor, {
                    action: 'registerBatteryModel',
                    subjectType: 'BatteryModel',
                    subjectId: model.id,
                    input: values,
                });
                return model;
            });
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err))
                throw (0, errors_1.conflict)(`this manufacturer already has a battery model named "${name}"`, 'input.name');
            throw err;
        }
    }
    list(manufacturerId) {
        return this.db.getRepository(battery_model_entity_1.BatteryModelEntity).find({
            where: manufacturerId ? { manufacturerId: (0, validate_1.requireId)('manufacturerId', manufacturerId) } : {},
            order: { name: 'ASC' },
        });
    }
};
exports.BatteryModelsService = BatteryModelsService;
exports.BatteryModelsService = BatteryModelsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], BatteryModelsService);
//# sourceMappingURL=battery-models.service.js.map