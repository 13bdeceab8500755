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
exports.ParksService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_policy_1 = require("../access/access-policy");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const park_entity_1 = require("./park.entity");
const plant_entity_1 = require("./plant.entity");
let ParksService = class ParksService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    async createPark(actor, input) {
        const code = (0, validate_1.requireText)('input.code', input.code, 40).toUpperCase();
        if (!/^[A-Z0-9][A-Z0-9-]*$/.test(code))
            throw (0, errors_1.badInput)('input.code', 'may hold only letters, digits and dashes');
        const values = {
            code,
            name: (0, validate_1.requireText)('input.name', input.name),
            country: (0, validate_1.requireCountry)('input.country', input.country),
            province: (0, validate_1.requireText)('input.province', input.province, 100),
            gridRegion: (0, validate_1.requireText)('input.gridRegion', input.gridRegion, 60),
        };
        try {
            return await this.db.transaction(async (em) => {
                const park = await em.save(em.create(park_entity_1.ParkEntity, values));
                await this.audit.append(em, actor, { action: 'createPark', subjectType: 'Park', subjectId: park.id, input: values });
                return park;
            });
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err))
                throw (0, errors_1.conflict)(`a park with code ${code} already exists`, 'input.code');
            throw err;
        }
    }
    async registerPlant(actor, input) {
        const manufacturerId = (0, access_policy_1.requireManufacturer)(actor, 'registerPlant');
        const parkId = (0, validate_1.requireId)('input.parkId', input.parkId);
        (0, validate_1.requireRange)('input.latitude', input.latitude, -90, 90);
        (0, validate_1.requireRange)('input.longitude', input.longitude, -180, 180);
        const values = {
            manufacturerId,
            parkId,
            name: (0, validate_1.requireText)('input.name', input.name),
            address: (0, validate_1.requireText)('input.address', input.address, 500),
            latitude: input.latitude,
            longitude: input.longitude,
        };
        try {
            return await this.db.transaction(async (em) => {
                if (!(await em.existsBy(park_entity_1.ParkEntity, { id: parkId })))
                    throw (0, errors_1.notFound)('Park', parkId, 'input.parkId');
                const plant = await em.save(em.create(plant_entity_1.PlantEntity, values));
                await this.audit.append(em, actor, { action: 'registerPlant', subjectType: 'Plant', subjectId: plant.id, input: values });
                return plant;
            });
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err))
                throw (0, errors_1.conflict)(`this manufacturer already has a plant named "${values.name}"`, 'input.name');
            throw err;
        }
    }
    parks() {
        return this.db.getRepository(park_entity_1.ParkEntity).find({ order: { code: 'ASC' } });
    }
    plants(filter) {
        const where = {};
        if (filter.manufacturerId)
            where.manufacturerId = (0, validate_1.requireId)('manufacturerId', filter.manufacturerId);
        if (filter.parkId)
            where.parkId = (0, validate_1.requireId)('parkId', filter.parkId);
        return this.db.getRepository(plant_entity_1.PlantEntity).find({ where, order: { name: 'ASC' } });
    }
};
exports.ParksService = ParksService;
exports.ParksService = ParksService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], ParksService);
//# sourceMappingURL=parks.service.js.map