import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { loadConfig } from '../config';
import { dialectOf } from './dialect';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabaseTarget {
  databaseUrl: string | undefined;
  sqlitePath: string;
}

/** The one place a DataSource's options are built, for the app, the tools, the tests and the CLI. */
export function dataSourceOptions(target: DatabaseTarget, logger?: Logger): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsTransactionMode: 'each' as const,
    ...(logger ? { logger, logging: true as const } : {}),
  };
  if (dialectOf(target.databaseUrl) === 'postgres') {
    // A connection that cannot be opened in 5 s fails the request instead of queueing it forever
    // (PostgreSQL restarting); the pool drops broken connections and opens new ones.
    return { ...common, type: 'postgres', url: target.databaseUrl, extra: { max: 20, connectionTimeoutMillis: 5000 } };
  }
  if (target.sqlitePath !== ':memory:') fs.mkdirSync(path.dirname(target.sqlitePath), { recursive: true });
  return { ...common, type: 'better-sqlite3', database: target.sqlitePath, enableWAL: true };
}

/** For the TypeORM CLI (`typeorm migration:generate -d dist/.../data-source.js`). */
export default new DataSource(dataSourceOptions(loadConfig()));
