"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
require("reflect-metadata");
const typeorm_1 = require("typeorm");
const env_1 = require("../config/env");
const data_source_options_1 = require("./data-source-options");
/** For the TypeORM CLI (`npm run migration:run`, `migration:revert`, `migration:show`). */
exports.default = new typeorm_1.DataSource((0, data_source_options_1.buildDataSourceOptions)((0, env_1.loadConfig)().databaseUrl));
//# sourceMappingURL=data-source.js.map