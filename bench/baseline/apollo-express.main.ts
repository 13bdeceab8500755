import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../src/config/env';
import { ApolloExpressBaselineModule } from './apollo-express.app';

/**
 * Starts the Apollo + Express baseline on PORT with the API's own configuration variables
 * (DATABASE_URL, REDIS_URL, ADMIN_API_KEY). It neither migrates nor seeds: the bench points it
 * at a database the API has already prepared.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create<NestExpressApplication>(ApolloExpressBaselineModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
