"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const core_1 = require("@nestjs/core");
const env_1 = require("../../src/config/env");
const apollo_express_app_1 = require("./apollo-express.app");
/**
 * Starts the Apollo + Express baseline on PORT with the API's own configuration variables
 * (DATABASE_URL, REDIS_URL, ADMIN_API_KEY). It neither migrates nor seeds: the bench points it
 * at a database the API has already prepared.
 */
async function main() {
    const config = (0, env_1.loadConfig)();
    const app = await core_1.NestFactory.create(apollo_express_app_1.ApolloExpressBaselineModule.forRoot(config), {
        logger: ['error', 'warn'],
    });
    app.enableShutdownHooks();
    await app.listen(config.port, config.host);
}
main().catch((err) => {
    console.error(err);
    process.exit(1);
});
//# sourceMappingURL=apollo-express.main.js.map