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
exports.PassportController = void 0;
const common_1 = require("@nestjs/common");
const typeorm_1 = require("@nestjs/typeorm");
const typeorm_2 = require("typeorm");
const access_decorator_1 = require("../access/access.decorator");
const errors_1 = require("../common/errors");
const validate_1 = require("../common/validate");
const certificates_service_1 = require("./certificates.service");
const passport_tier_1 = require("./passport-tier");
/**
 * GET /passports/:batchId: the battery passport of a batch (DOMAIN.md §1, EU 2023/1542 Annex
 * XIII), public tier for anyone, with its certificates and their live status; a certifier asked
 * to certify the batch adds its verification requests and footprint hashes, an authority (or the
 * owner) adds every footprint version and refused request. Data battrace does not hold yet
 * (hazardous substances, critical raw materials, recycled content, due diligence) is null.
 */
let PassportController = class PassportController {
    db;
    certificates;
    constructor(db, certificates) {
        this.db = db;
        this.certificates = certificates;
    }
    async passport(actor, batchIdRaw) {
        const batchId = (0, validate_1.requireId)('batchId', batchIdRaw);
        const rows = await this.db.query(`SELECT b.id AS "batchId", b.batch_number AS "batchNumber", b.production_start AS "productionStart", b.production_end AS "productionEnd",
              b.declared_pack_count AS "packCount", o.id AS "manufacturerId", o.name AS "manufacturerName", o.country AS "manufacturerCountry",
              m.id AS "modelId", m.name AS "modelName", m.category, m.vehicle_category AS "vehicleCategory", m.chemistry,
              m.nominal_energy_kwh AS "nominalEnergyKWh", m.usable_energy_kwh AS "usableEnergyKWh", m.capacity_ah AS "capacityAh",
              m.nominal_voltage_v AS "nominalVoltageV", m.mass_kg AS "massKg", m.expected_cycle_life AS "expectedCycleLife",
              m.warranty_years AS "warrantyYears", m.warranty_km AS "warrantyKm",
              p.name AS "plantName", p.address AS "plantAddress", k.code AS "parkCode", k.name AS "parkName", k.country AS "parkCountry"
         FROM batches b JOIN organizations o ON o.id = b.manufacturer_id JOIN battery_models m ON m.id = b.model_id
         JOIN plants p ON p.id = b.plant_id JOIN parks k ON k.id = p.park_id
        WHERE b.id = $1`, [batchId]);
        if (!rows.length)
            throw (0, errors_1.notFound)('Batch', batchId, 'batchId');
        const b = rows[0];
        const requests = await this.db.query(`SELECT id, certifier_id AS "certifierId", status, footprint_id AS "footprintId", refusal_reasons AS "refusalReasons", created_at AS "createdAt"
           FROM certification_requests WHERE batch_id = $1 ORDER BY created_at`, [batchId]);
        const tier = (0, passport_tier_1.passportTier)(actor, { manufacturerId: b.manufacturerId, certifierIds: requests.map((r) => r.certifierId) });
        const footprints = await this.db.query(`SELECT id, version, status, ruleset_id AS "rulesetId", kg_co2e_per_kwh_lifetime AS "kgCo2ePerKWhLifetime",
              kg_co2e_per_kwh_capacity AS "kgCo2ePerKWhCapacity", kg_co2e_absolute AS "kgCo2eAbsolute",
              result ->> 'performanceClass' AS "performanceClass", inputs_sha256 AS "inputsSha256", declared_at AS "declaredAt"
         FROM footprints WHERE batch_id = $1 ORDER BY version DESC`, [batchId]);
        const declared = footprints.find((f) => f.declaredAt !== null) ?? null;
        const certs = await this.certificates.certificatesOfBatch(batchId);
        const certifierNames = new Map((await this.db.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [
            [...new Set(certs.map((c) => c.certifierId))],
        ])).map((o) => [o.id, o.name]));
        const now = Date.now();
        const publicTier = {
            tier,
            batchId: b.batchId,
            batchNumber: b.batchNumber,
            manufacturer: { id: b.manufacturerId, name: b.manufacturerName, country: b.manufacturerCountry },
            category: b.category,
            vehicleCategory: b.vehicleCategory,
            model: { id: b.modelId, name: b.modelName, chemistry: b.chemistry },
            placeOfManufacture: {
                plant: b.plantName,
                address: b.plantAddress,
                park: { code: b.parkCode, name: b.parkName },
                country: b.parkCountry,
            },
            dateOfManufacture: { from: b.productionStart, to: b.productionEnd },
            packCount: b.packCount,
            massKg: b.massKg,
            capacity: {
                capacityAh: b.capacityAh,
                nominalEnergyKWh: b.nominalEnergyKWh,
                usableEnergyKWh: b.usableEnergyKWh,
                nominalVoltageV: b.nominalVoltageV,
            },
            ratedPerformanceAndLifetime: { expectedCycleLife: b.expectedCycleLife, warrantyYears: b.warrantyYears, warrantyKm: b.warrantyKm },
            carbonFootprint: declared
                ? {
                    footprintId: declared.id,
                    version: declared.version,
                    rulesetId: declared.rulesetId,
                    kgCo2ePerKWhLifetime: declared.kgCo2ePerKWhLifetime,
                    kgCo2ePerKWhCapacity: declared.kgCo2ePerKWhCapacity,
                    kgCo2eAbsolute: declared.kgCo2eAbsolute,
                    performanceClass: declared.performanceClass,
                    declaredAt: declared.declaredAt,
                }
                : null,
            hazardousSubstances: null,
            criticalRawMaterials: null,
            recycledContent: null,
            dueDiligenceReport: null,
            certificates: certs.map((c) => ({
                id: c.id,
                number: c.number,
                certifier: { id: c.certifierId, name: certifierNames.get(c.certifierId) ?? null },
                assurance: c.assurance,
                footprintId: c.footprintId,
                status: c.status,
                expired: new Date(c.validUntil).getTime() <= now,
                validFrom: c.validFrom,
                validUntil: c.validUntil,
                verifyUrl: this.certificates.certificateUrl(c.id),
                bundleUrl: this.certificates.certificateUrl(c.id).replace(/\/verify\/([^/]+)$/, '/certificates/$1/bundle'),
            })),
        };
        if (tier === 'PUBLIC')
            return publicTier;
        const mine = tier === 'CERTIFIER' && actor.type === 'ORGANIZATION' ? requests.filter((r) => r.certifierId === actor.organizationId) : requests;
        const verification = {
            certificationRequests: mine,
            footprints: footprints
                .filter((f) => tier === 'AUTHORITY' || mine.some((r) => r.footprintId === f.id))
                .map((f) => ({
                id: f.id,
                version: f.version,
                status: f.status,
                rulesetId: f.rulesetId,
                inputsSha256: f.inputsSha256,
                declaredAt: f.declaredAt,
            })),
        };
        return { ...publicTier, verification };
    }
};
exports.PassportController = PassportController;
__decorate([
    (0, common_1.Get)('passports/:batchId'),
    access_decorator_1.Access.public(),
    __param(0, (0, access_decorator_1.CurrentActor)()),
    __param(1, (0, common_1.Param)('batchId')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", Promise)
], PassportController.prototype, "passport", null);
exports.PassportController = PassportController = __decorate([
    (0, common_1.Controller)(),
    __param(0, (0, typeorm_1.InjectDataSource)()),
    __metadata("design:paramtypes", [typeorm_2.DataSource,
        certificates_service_1.CertificatesService])
], PassportController);
//# sourceMappingURL=passport.controller.js.map