import 'reflect-metadata';
import { createApiApp } from './bootstrap';
import { PlatformKeyService } from './certificates/platform-key.service';
import { createLogger } from './common/logger';
import { ConfigError, loadConfig } from './config/env';
import { prepareDatabase, redact } from './database/migrate';
import { resolveAdminKey } from './demo/admin-key';
import { seedDemoWorld } from './demo/demo-world';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const logger = createLogger(config, 'api');
  config = { ...config, adminApiKey: resolveAdminKey(config, logger) };
  await prepareDatabase(config.databaseUrl, config.runMigrations, logger);
  const app = await createApiApp(config, logger);
  if (config.seedDemo) await seedDemoWorld(app, config, logger);
  await app.listen({ port: config.port, host: config.host });
  const platformKey = (await app.get(PlatformKeyService).current()).thumbprint;
  logger.info(
    { platformKey, trustList: `${config.publicBaseUrl}/trust/issuers.json` },
    `battrace platform key (RFC 7638 thumbprint, pin it with npm run verify -- --platform-key): ${platformKey}`,
  );
  logger.info(
    {
      url: config.publicBaseUrl,
      graphql: `${config.publicBaseUrl}/graphql`,
      database: redact(config.databaseUrl),
      env: config.nodeEnv,
      workers: config.runWorkers ? 'in this process' : 'off (RUN_WORKERS=false): run npm run start:worker',
    },
    `battrace API listening on ${config.host}:${config.port}`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
