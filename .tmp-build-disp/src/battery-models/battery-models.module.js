"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.BatteryModelsModule = void 0;
const common_1 = require("@nestjs/common");
const audit_module_1 = require("../audit/audit.module");
const battery_models_resolver_1 = require("./battery-models.resolver");
const battery_models_service_1 = require("./battery-models.service");
let BatteryModelsModule = class BatteryModelsModule {
};
exports.BatteryModelsModule = BatteryModelsModule;
exports.BatteryModelsModule = BatteryModelsModule = __decorate([
    (0, common_1.Module)({
        imports: [audit_module_1.AuditModule],
        providers: [battery_models_service_1.BatteryModelsService, battery_models_resolver_1.BatteryModelsResolver],
        exports: [battery_models_service_1.BatteryModelsService],
    })
], BatteryModelsModule);
//# sourceMappingURL=battery-models.module.js.map