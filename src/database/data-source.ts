import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/env';
import { buildDataSourceOptions } from './data-source-options';

/** For the TypeORM CLI (`npm run migration:run`, `migration:revert`, `migration:show`). */
export default new DataSource(buildDataSourceOptions(loadConfig().databaseUrl));
