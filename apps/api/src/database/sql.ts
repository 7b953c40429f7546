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
  return sql.replace(/\$(\d+)/g, (_, position: string) => uuidLiteral(values, Number(position)));
}

/** The SQL literal of the uuid at $position of `values`; anything but a uuid throws. */
function uuidLiteral(values: readonly unknown[], position: number): string {
  const value = values[position - 1];
  if (typeof value !== 'string' || !UUID.test(value)) throw new Error(`Parameter $${position} is not a uuid`);
  return `'${value}'`;
}

/** Per connection, the statements PREPAREd on it; `unknown` after a batch failed half-way. */
const preparedOn = new WeakMap<PoolClient, Set<string> | 'unknown'>();

/**
 * PostgreSQL: statements run in order, in ONE round trip, each from a plan the connection keeps.
 * Each statement is PREPAREd once per connection (SQL-level, named by a hash of its text) and run
 * by EXECUTE with generic plans, all in one simple-protocol message on the manager's open
 * transaction's connection. For a write's rollup statements: planning them cost more than
 * running them on one episode, and each round trip to the server costs both processes system
 * time. Parameters must all be uuids (see inlineUuids). Returns each statement's rows.
 *
 * PREPARE outlives a transaction that fails; when a batch fails, the connection's statements
 * are dropped (DEALLOCATE ALL) before its next batch and prepared again. Nothing else here uses
 * named statements.
 */
export async function postgresPrepared(
  manager: EntityManager,
  statements: readonly string[],
  parameters: Record<string, unknown>,
): Promise<Record<string, SqlValue>[][]> {
  const runner = manager.queryRunner as PostgresQueryRunner | undefined;
  if (!runner) throw new Error('postgresPrepared needs the manager of an open transaction');
  const client = (await runner.connect()) as PoolClient;
  const known = preparedOn.get(client);
  const prepared = known instanceof Set ? known : new Set<string>();
  const commands: string[] = known === 'unknown' ? ['DEALLOCATE ALL'] : [];
  const toPrepare: string[] = [];
  // Generic plans from the first execution on, until the transaction ends.
  commands.push(`SELECT set_config('plan_cache_mode', 'force_generic_plan', true)`);
  const executes = statements.map((sql) => {
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters, {});
    // The name stands for the text: the same text always gets the same name, another text another.
    const name = `statement_${createHash('sha1').update(text).digest('hex')}`;
    if (!prepared.has(name) && !toPrepare.includes(name)) {
      commands.push(`PREPARE ${name} AS ${text}`);
      toPrepare.push(name);
    }
    const literals = (values as unknown[]).map((_, index) => uuidLiteral(values as unknown[], index + 1));
    return literals.length > 0 ? `EXECUTE ${name}(${literals.join(', ')})` : `EXECUTE ${name}`;
  });
  const first = commands.length;
  let results: QueryResult<Record<string, SqlValue>>[];
  try {
    results = (await client.query([...commands, ...executes].join(';\n'))) as unknown as QueryResult<Record<string, SqlValue>>[];
  } catch (error) {
    preparedOn.set(client, 'unknown');
    throw error;
  }
  for (const name of toPrepare) prepared.add(name);
  preparedOn.set(client, prepared);
  return results.slice(first).map((result) => result.rows);
}
