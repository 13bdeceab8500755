import { Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { join } from 'node:path';
import { ANONYMOUS } from '../access/actor';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/env';
import type { GqlContext } from './gql-context';
import { DataLoaderFactory } from './dataloader.factory';
import { MetricsService } from '../metrics/metrics.service';
import { graphqlErrorFormatter } from './graphql-errors';
import { queryLimitRules, variableCostCheck } from './graphql-protection';
import { withoutSuggestions } from './graphql-suggestions';
import { literalPathsRule, StrictDateTimeScalar, variableInputCheck } from './input-values';

@Global()
@Module({ providers: [DataLoaderFactory], exports: [DataLoaderFactory] })
export class DataLoaderModule {}

/**
 * GraphQL at /graphql on Mercurius (Fastify), chosen over Apollo + Express by the side-by-side
 * measurement in bench/graphql-throughput.bench.ts. Query limits run as validation rules (and
 * per request for page sizes given as variables), the token limit in the parser; outside production GraphiQL is served at /graphiql and the schema is
 * written to schema.gql (committed, so that its diff is reviewed).
 */
export const GraphqlApiModule = GraphQLModule.forRootAsync<MercuriusDriverConfig>({
  driver: MercuriusDriver,
  inject: [APP_CONFIG, DataLoaderFactory, MetricsService],
  useFactory: (config: AppConfig, loaders: DataLoaderFactory, metrics: MetricsService): MercuriusDriverConfig => ({
    autoSchemaFile: config.nodeEnv === 'production' ? true : join(process.cwd(), 'schema.gql'),
    sortSchema: true,
    // `@Field() x: Date` is the strict DateTime (same name and output as Nest's): input-values.ts.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTimeScalar }] },
    path: '/graphql',
    graphiql: config.nodeEnv !== 'production',
    jit: 1,
    cache: 1024,
    graphql: { parseOptions: { maxTokens: config.graphql.maxTokens } },
    validationRules: [
      literalPathsRule,
      ...queryLimitRules(config.graphql),
      ...(config.nodeEnv === 'production' ? [NoSchemaIntrospectionCustomRule] : []),
    ],
    // The cost of a document whose page sizes are variables is checked again per request; every
    // variable is checked for lone surrogates and off-calendar or out-of-range DateTimes.
    hooks: { preExecution: [variableCostCheck(config.graphql.maxCost, config.graphql.validationBudgetMs), variableInputCheck()] },
    // Each answered error is counted by code; in production graphql-js's "Did you mean …?" is cut.
    errorFormatter: ((execution: Parameters<typeof graphqlErrorFormatter>[0], context: Parameters<typeof graphqlErrorFormatter>[1]) => {
      const formatted = graphqlErrorFormatter(execution, context);
      for (const e of formatted.response.errors ?? []) metrics.graphqlErrors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN') });
      if (config.nodeEnv !== 'production') return formatted;
      const errors = formatted.response.errors?.map((e) => ({ ...e, message: withoutSuggestions(e.message) }));
      return { ...formatted, response: { ...formatted.response, errors } };
    }) as MercuriusDriverConfig['errorFormatter'],
    context: (req: FastifyRequest, _reply: FastifyReply): GqlContext => ({
      actor: req.actor ?? ANONYMOUS,
      loaders: loaders.create(),
      requestId: String(req.id),
    }),
  }),
});
