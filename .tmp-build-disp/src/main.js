"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const bootstrap_1 = require("./bootstrap");
const logger_1 = require("./common/logger");
const env_1 = require("./config/env");
const migrate_1 = require("./database/migrate");
const admin_key_1 = require("./demo/admin-key");
const demo_world_1 = require("./demo/demo-world");
async function main() {
    let config;
    try {
        config = (0, env_1.loadConfig)();
    }
    catch (err) {
        if (err instanceof env_1.ConfigError) {
            console.error(err.message);
            process.exit(78);
        }
        throw err;
    }
    const logger = (0, logger_1.createLogger)(config, 'api');
    config = { ...config, adminApiKey: (0, admin_key_1.resolveAdminKey)(config, logger) };
    await (0, migrate_1.prepareDatabase)(config.databaseUrl, config.runMigrations, logger);
    const app = await (0, bootstrap_1.createApiApp)(config, logger);
    if (config.seedDemo)
        await (0, demo_world_1.seedDemoWorld)(app, config, logger);
    await app.listen({ port: config.port, host: config.host });
    logger.info({ url: config.publicBaseUrl, graphql: `${config.publicBaseUrl}/graphql`, database: (0, migrate_1.redact)(config.databaseUrl), env: config.nodeEnv }, `battrace API listening on ${config.host}:${config.port}`);
}
main().catch((err) => {
    console.error(err);
    process.exit(1);
});
//# sourceMappingURL=main.js.map