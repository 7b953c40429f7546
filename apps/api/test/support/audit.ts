import type { DataSource } from 'typeorm';
import { AuditEvent } from '../../src/audit/audit-event.entity';

/** Audit events of one action, oldest first. */
export function auditEvents(dataSource: DataSource, action: string): Promise<AuditEvent[]> {
  return dataSource.getRepository(AuditEvent).find({ where: { action }, order: { occurredAt: 'ASC' } });
}

/** Every table the entities map, for proving that a refused or invalid call wrote nothing anywhere. */
/**
 * The cohort cube's cells and deltas change without a request: the compactor folds deltas into
 * cells in the background. Every write that changes them also changes a rollup counted here, and
 * cohort-cube.integration-spec checks their contents.
 */
const BACKGROUND_TABLES = new Set(['cohort_stat', 'cohort_delta', 'cohort_cube_version']);

/** Every entity table a request may write (not those the background compactor rewrites). */
export function entityTables(dataSource: DataSource): string[] {
  return dataSource.entityMetadatas
    .map((metadata) => metadata.tableName)
    .filter((table) => !BACKGROUND_TABLES.has(table))
    .sort();
}

/** Row counts of the given tables (by default every entity table), in one round trip. */
export async function rowCounts(dataSource: DataSource, tables: readonly string[] = entityTables(dataSource)): Promise<Record<string, number>> {
  // Table names come from the code (entity metadata or a test's own list), escaped as identifiers.
  const rows = (await dataSource.query(
    tables.map((table) => `SELECT '${table}' AS name, COUNT(*) AS count FROM ${dataSource.driver.escape(table)}`).join(' UNION ALL '),
  )) as { name: string; count: string | number }[];
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.count)]));
}
