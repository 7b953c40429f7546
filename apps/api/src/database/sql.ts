import { createHash } from 'node:crypto';
import type { PoolClient, QueryResult } from 'pg';
import type { EntityManager } from 'typeorm';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';

/** A raw SQL value as the drivers return it: PostgreSQL gives COUNT and SUM of integers as strings. */
export type SqlValue = string | number | null;

/**
 * Runs SQL written with named parameters (`:name`, `:...list`), turned into the engine's own
 * placeholders by TypeORM: values are never spliced into the text.
 */
export async function queryRows<Row extends Record<string, SqlValue>>(
  manager: EntityManager,
  sql: string,
  parameters: Record<string, unknown>,
): Promise<Row[]> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {});
  return (await manager.query(query, values)) as Row[];
}

export function toNumber(value: SqlValue): number {
  return Number(value);
}

export function toNumberOrNull(value: SqlValue): number | null {
  return value === null ? null : Number(value);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * PostgreSQL SQL with its $n placeholders replaced by their values, for COPY, which cannot bind
 * parameters. Only uuids — ids the product made, checked here against the uuid pattern — are
 * ever inlined; anything else throws.
 */
export function inlineUuids(sql: string, values: readonly unknown[]): string {
  return sql.replace(/\$(\d+)/g, (_, position: string) => {
    const value = values[Number(position) - 1];
    if (typeof value !== 'string' || !UUID.test(value)) throw new Error(`Parameter $${position} is not a uuid`);
    return `'${value}'`;
  });
}

/**
 * PostgreSQL: statements run in order as named prepared statements on the manager's open
 * transaction's connection, so each connection plans each statement once (a generic plan)
 * instead of at every call. For a write's rollup statements,
 * whose planning costs more than running them on one episode. Returns each statement's rows.
 */
export async function postgresPrepared(
  manager: EntityManager,
  statements: readonly string[],
  parameters: Record<string, unknown>,
): Promise<Record<string, SqlValue>[][]> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) throw new Error('postgresPrepared needs the manager of an open transaction');
  const client = (await runner.connect()) as PoolClient;
  // Generic plans from the first execution on (PostgreSQL would otherwise plan each of the first
  // five executions per connection, and may keep doing so); until the transaction ends.
  await client.query(`SELECT set_config('plan_cache_mode', 'force_generic_plan', true)`);
  const results: Record<string, SqlValue>[][] = [];
  for (const sql of statements) {
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {});
    // The name stands for the text: the same text always gets the same name, another text another.
    const name = `prepared_${createHash('sha1').update(text).digest('hex')}`;
    const result: QueryResult<Record<string, SqlValue>> = await client.query({ name, text, values: values as unknown[] });
    results.push(result.rows);
  }
  return results;
}
