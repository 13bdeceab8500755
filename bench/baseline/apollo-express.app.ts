import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { randomUUID } from 'node:crypto';
import type { GqlContext } from '../../src/graphql/gql-context';
import type { AppConfig } from '../../src/config/env';
import { CoreModule } from '../../src/core.module';
import { DataLoaderFactory } from '../../src/graphql/dataloader.factory';
import { ApiKeyAuthService } from '../../src/organizations/api-key-auth.service';
import { OrganizationsModule } from '../../src/organizations/organizations.module';

@Global()
@Module({ providers: [DataLoaderFactory], exports: [DataLoaderFactory] })
class BaselineLoadersModule {}

/**
 * The baseline of bench/graphql-throughput.bench.ts: a stock NestJS application on Express with
 * Apollo Server (default settings) serving the same resolvers, services, access guard, DataLoaders
 * and database as the API. Only the HTTP adapter and the GraphQL driver differ.
 */
@Module({})
export class ApolloExpressBaselineModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApolloExpressBaselineModule,
      imports: [
        CoreModule.forRoot(config),
        BaselineLoadersModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [OrganizationsModule],
          inject: [ApiKeyAuthService, DataLoaderFactory],
          useFactory: (auth: ApiKeyAuthService, loaders: DataLoaderFactory): ApolloDriverConfig => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            context: async ({ req }: { req: { headers: { authorization?: string } } }): Promise<GqlContext> => ({
              actor: await auth.authenticate(req.headers.authorization),
              loaders: loaders.create(),
              requestId: randomUUID(),
            }),
          }),
        }),
      ],
    };
  }
}
