"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var AppModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppModule = void 0;
const common_1 = require("@nestjs/common");
const core_module_1 = require("./core.module");
const graphql_api_module_1 = require("./graphql/graphql-api.module");
const health_module_1 = require("./health/health.module");
/** The API process: the core plus GraphQL and the public HTTP routes. */
let AppModule = AppModule_1 = class AppModule {
    static forRoot(config) {
        return { module: AppModule_1, imports: [core_module_1.CoreModule.forRoot(config), graphql_api_module_1.DataLoaderModule, graphql_api_module_1.GraphqlApiModule, health_module_1.HealthModule] };
    }
};
exports.AppModule = AppModule;
exports.AppModule = AppModule = AppModule_1 = __decorate([
    (0, common_1.Module)({})
], AppModule);
//# sourceMappingURL=app.module.js.map