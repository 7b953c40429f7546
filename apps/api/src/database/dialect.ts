import type { ColumnOptions } from 'typeorm';
import './postgres-dates';

/**
 * The two storage engines. SQLite is the embedded default (a file under ./data); PostgreSQL is
 * chosen by a postgres:// DATABASE_URL. Entities and migrations take their column types from
 * here so that both engines get the same schema, expressed in each one's native types.
 */
export type Dialect = 'postgres' | 'sqlite';

export function dialectOf(databaseUrl: string | undefined): Dialect {
  return databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/** The dialect of this process, fixed at start: entity metadata is built once per process. */
export const processDialect: Dialect = dialectOf(process.env['DATABASE_URL']);

interface NativeType {
  type: ColumnOptions['type'] & string;
  length?: number;
}

const NATIVE: Record<Dialect, Record<'uuid' | 'timestamp' | 'float', NativeType>> = {
  postgres: {
    uuid: { type: 'uuid' },
    timestamp: { type: 'timestamptz' },
    float: { type: 'double precision' },
  },
  sqlite: {
    uuid: { type: 'varchar', length: 36 },
    timestamp: { type: 'datetime' },
    float: { type: 'real' },
  },
};

export function nativeType(kind: keyof (typeof NATIVE)['postgres'], dialect: Dialect = processDialect): NativeType {
  return NATIVE[dialect][kind];
}

/** The dialect of an open connection (migrations use this, not the environment). */
export function dialectOfDriver(driverType: string): Dialect {
  return driverType === 'postgres' ? 'postgres' : 'sqlite';
}
