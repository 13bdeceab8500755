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
exports.PortsService = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const audit_service_1 = require("../audit/audit.service");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const port_entity_1 = require("./port.entity");
const transport_emissions_1 = require("./transport-emissions");
const un_locode_1 = require("./un-locode");
/** The port table: read by anyone, extended by the administrator. */
let PortsService = class PortsService {
    db;
    audit;
    constructor(db, audit) {
        this.db = db;
        this.audit = audit;
    }
    ports() {
        return this.db.getRepository(port_entity_1.PortEntity).find({ order: { locode: 'ASC' } });
    }
    async addPort(actor, input) {
        const p = (0, un_locode_1.parseUnLocode)(input.locode);
        if (!p.ok)
            throw (0, errors_1.badInput)('input.locode', p.message);
        if (!transport_emissions_1.PORT_REGIONS.includes(input.region))
            throw (0, errors_1.badInput)('input.region', `must be one of ${transport_emissions_1.PORT_REGIONS.join(', ')}`);
        (0, validate_1.requireRange)('input.latitude', input.latitude, -90, 90);
        (0, validate_1.requireRange)('input.longitude', input.longitude, -180, 180);
        const values = {
            locode: p.code,
            name: (0, validate_1.requireText)('input.name', input.name, 100),
            country: p.country,
            region: input.region,
            latitude: input.latitude,
            longitude: input.longitude,
        };
        try {
            return await this.db.transaction(async (em) => {
                await em.insert(port_entity_1.PortEntity, values);
                await this.audit.append(em, actor, { action: 'addPort', subjectType: 'Port', subjectId: p.code, input: values });
                return em.findOneByOrFail(port_entity_1.PortEntity, { locode: p.code });
            });
        }
        catch (err) {
            if ((0, errors_1.uniqueViolation)(err))
                throw (0, errors_1.conflict)(`port ${p.code} is already known`, 'input.locode');
            throw err;
        }
    }
};
exports.PortsService = PortsService;
exports.PortsService = PortsService = __decorate([
    (0, common_1.Injectable)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        audit_service_1.AuditService])
], PortsService);
//# sourceMappingURL=ports.service.js.map