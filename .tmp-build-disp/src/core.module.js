"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var CoreModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.CoreModule = void 0;
const common_1 = require("@nestjs/common");
const core_1 = require("@nestjs/core");
const typeorm_1 = require("@nestjs/typeorm");
const access_guard_1 = require("./access/access.guard");
const audit_module_1 = require("./audit/audit.module");
const batches_module_1 = require("./batches/batches.module");
const battery_models_module_1 = require("./battery-models/battery-models.module");
const certificates_module_1 = require("./certificates/certificates.module");
const config_module_1 = require("./config/config.module");
const data_source_options_1 = require("./database/data-source-options");
const displacement_module_1 = require("./displacement/displacement.module");
const emission_factors_module_1 = require("./emission-factors/emission-factors.module");
const energy_module_1 = require("./energy/energy.module");
const footprints_module_1 = require("./footprints/footprints.module");
const app_error_filter_1 = require("./http/app-error.filter");
const jobs_module_1 = require("./jobs/jobs.module");
const metrics_module_1 = require("./metrics/metrics.module");
const organizations_module_1 = require("./organizations/organizations.module");
const parks_module_1 = require("./parks/parks.module");
const provenance_module_1 = require("./provenance/provenance.module");
const redis_module_1 = require("./redis/redis.module");
const shipments_module_1 = require("./shipments/shipments.module");
/** What both processes share: configuration, PostgreSQL, Redis, metrics and the domain features. */
let CoreModule = CoreModule_1 = class CoreModule {
    static forRoot(config) {
        return {
            module: CoreModule_1,
            imports: [
                config_module_1.ConfigModule.forRoot(config),
                typeorm_1.TypeOrmModule.forRootAsync({ inject: [config_module_1.APP_CONFIG], useFactory: (c) => (0, data_source_options_1.buildDataSourceOptions)(c.databaseUrl) }),
                redis_module_1.RedisModule,
                metrics_module_1.MetricsModule,
                audit_module_1.AuditModule,
                organizations_module_1.OrganizationsModule,
                parks_module_1.ParksModule,
                battery_models_module_1.BatteryModelsModule,
                batches_module_1.BatchesModule,
                emission_factors_module_1.EmissionFactorsModule,
                energy_module_1.EnergyModule,
                footprints_module_1.FootprintsModule,
                shipments_module_1.ShipmentsModule,
                jobs_module_1.JobsModule,
                displacement_module_1.DisplacementModule,
                provenance_module_1.ProvenanceModule,
                certificates_module_1.CertificatesModule,
            ],
            providers: [
                { provide: core_1.APP_GUARD, useClass: access_guard_1.AccessGuard },
                { provide: core_1.APP_FILTER, useClass: app_error_filter_1.AppErrorFilter },
            ],
            exports: [organizations_module_1.OrganizationsModule, parks_module_1.ParksModule, battery_models_module_1.BatteryModelsModule, batches_module_1.BatchesModule, audit_module_1.AuditModule, emission_factors_module_1.EmissionFactorsModule, energy_module_1.EnergyModule, footprints_module_1.FootprintsModule],
        };
    }
};
exports.CoreModule = CoreModule;
exports.CoreModule = CoreModule = CoreModule_1 = __decorate([
    (0, common_1.Module)({})
], CoreModule);
//# sourceMappingURL=core.module.js.map