import type { EntityManager } from 'typeorm';

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
