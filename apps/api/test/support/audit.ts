import type { DataSource } from 'typeorm';
import { AuditEvent } from '../../src/audit/audit-event.entity';

/** Audit events of one action, oldest first. */
export function auditEvents(dataSource: DataSource, action: string): Promise<AuditEvent[]> {
  return dataSource.getRepository(AuditEvent).find({ where: { action }, order: { occurredAt: 'ASC' } });
}

/** Counts rows of the tables a write may touch, to prove a refused write wrote nothing. */
export async function rowCounts(dataSource: DataSource, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = (await dataSource.query(`SELECT COUNT(*) AS count FROM ${dataSource.driver.escape(table)}`)) as { count: string | number }[];
    counts[table] = Number(row?.count);
  }
  return counts;
}
