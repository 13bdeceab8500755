"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var ApolloExpressBaselineModule_1;
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApolloExpressBaselineModule = void 0;
const apollo_1 = require("@nestjs/apollo");
const common_1 = require("@nestjs/common");
const graphql_1 = require("@nestjs/graphql");
const node_crypto_1 = require("node:crypto");
const core_module_1 = require("../../src/core.module");
const dataloader_factory_1 = require("../../src/graphql/dataloader.factory");
const api_key_auth_service_1 = require("../../src/organizations/api-key-auth.service");
const organizations_module_1 = require("../../src/organizations/organizations.module");
let BaselineLoadersModule = class BaselineLoadersModule {
};
BaselineLoadersModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({ providers: [dataloader_factory_1.DataLoaderFactory], exports: [dataloader_factory_1.DataLoaderFactory] })
], BaselineLoadersModule);
/**
 * The baseline of bench/graphql-throughput.bench.ts: a stock NestJS application on Express with
 * Apollo Server (default settings) serving the same resolvers, services, access guard, DataLoaders
 * and database as the API. Only the HTTP adapter and the GraphQL driver differ.
 */
let ApolloExpressBaselineModule = ApolloExpressBaselineModule_1 = class ApolloExpressBaselineModule {
    static forRoot(config) {
        return {
            module: ApolloExpressBaselineModule_1,
            imports: [
                core_module_1.CoreModule.forRoot(config),
                BaselineLoadersModule,
                graphql_1.GraphQLModule.forRootAsync({
                    driver: apollo_1.ApolloDriver,
                    imports: [organizations_module_1.OrganizationsModule],
                    inject: [api_key_auth_service_1.ApiKeyAuthService, dataloader_factory_1.DataLoaderFactory],
                    useFactory: (auth, loaders) => ({
                        autoSchemaFile: true,
                        sortSchema: true,
                        path: '/graphql',
                        context: async ({ req }) => ({
                            actor: await auth.authenticate(req.headers.authorization),
                            loaders: loaders.create(),
                            requestId: (0, node_crypto_1.randomUUID)(),
                        }),
                    }),
                }),
            ],
        };
    }
};
exports.ApolloExpressBaselineModule = ApolloExpressBaselineModule;
exports.ApolloExpressBaselineModule = ApolloExpressBaselineModule = ApolloExpressBaselineModule_1 = __decorate([
    (0, common_1.Module)({})
], ApolloExpressBaselineModule);
//# sourceMappingURL=apollo-express.app.js.map