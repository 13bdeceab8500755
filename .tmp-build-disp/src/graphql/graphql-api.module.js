"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GraphqlApiModule = exports.DataLoaderModule = void 0;
const common_1 = require("@nestjs/common");
const graphql_1 = require("@nestjs/graphql");
const mercurius_1 = require("@nestjs/mercurius");
const graphql_2 = require("graphql");
const node_path_1 = require("node:path");
const actor_1 = require("../access/actor");
const config_module_1 = require("../config/config.module");
const dataloader_factory_1 = require("./dataloader.factory");
const graphql_errors_1 = require("./graphql-errors");
const graphql_protection_1 = require("./graphql-protection");
let DataLoaderModule = class DataLoaderModule {
};
exports.DataLoaderModule = DataLoaderModule;
exports.DataLoaderModule = DataLoaderModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({ providers: [dataloader_factory_1.DataLoaderFactory], exports: [dataloader_factory_1.DataLoaderFactory] })
], DataLoaderModule);
/**
 * GraphQL at /graphql on Mercurius (Fastify), chosen over Apollo + Express by the side-by-side
 * measurement in bench/graphql-throughput.bench.ts. Query limits run as validation rules, the
 * token limit in the parser; outside production GraphiQL is served at /graphiql and the schema is
 * written to schema.gql (committed, so that its diff is reviewed).
 */
exports.GraphqlApiModule = graphql_1.GraphQLModule.forRootAsync({
    driver: mercurius_1.MercuriusDriver,
    inject: [config_module_1.APP_CONFIG, dataloader_factory_1.DataLoaderFactory],
    useFactory: (config, loaders) => ({
        autoSchemaFile: config.nodeEnv === 'production' ? true : (0, node_path_1.join)(process.cwd(), 'schema.gql'),
        sortSchema: true,
        path: '/graphql',
        graphiql: config.nodeEnv !== 'production',
        jit: 1,
        cache: 1024,
        graphql: { parseOptions: { maxTokens: config.graphql.maxTokens } },
        validationRules: [...(0, graphql_protection_1.queryLimitRules)(config.graphql), ...(config.nodeEnv === 'production' ? [graphql_2.NoSchemaIntrospectionCustomRule] : [])],
        errorFormatter: graphql_errors_1.graphqlErrorFormatter,
        context: (req, _reply) => ({
            actor: req.actor ?? actor_1.ANONYMOUS,
            loaders: loaders.create(),
            requestId: String(req.id),
        }),
    }),
});
//# sourceMappingURL=graphql-api.module.js.map