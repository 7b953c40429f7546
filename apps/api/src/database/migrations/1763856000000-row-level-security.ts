import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  CLINIC_TABLES_SQL,
  createAppRoleSql,
  disableTenantRowLevelSecuritySql,
  enableTenantRowLevelSecuritySql,
  grantAppRoleSql,
  revokeAppRoleSql,
} from '../../security/row-level-security';
import { dialectOfDriver } from '../dialect';

/**
 * PostgreSQL only (SQLite has no roles or policies: a no-op there). Creates the application role
 * (no ownership, no BYPASSRLS), grants it row privileges, and enables and forces row-level
 * security on every table with a clinic_id, admitting only the rows of the clinic set for the
 * transaction. The role is cluster-wide and shared by every database of the cluster: down()
 * revokes this database's grants and leaves the role.
 */
export class RowLevelSecurity1763856000000 implements MigrationInterface {
  name = 'RowLevelSecurity1763856000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    if (dialectOfDriver(queryRunner.connection.options.type) !== 'postgres') return;
    const tables = await clinicTables(queryRunner);
    for (const statement of [
      ...createAppRoleSql(),
      ...grantAppRoleSql(tables),
      ...tables.flatMap((table) => enableTenantRowLevelSecuritySql(table)),
    ]) {
      await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (dialectOfDriver(queryRunner.connection.options.type) !== 'postgres') return;
    const tables = await clinicTables(queryRunner);
    for (const statement of [...tables.flatMap((table) => disableTenantRowLevelSecuritySql(table)), ...revokeAppRoleSql()]) {
      await queryRunner.query(statement);
    }
  }
}

async function clinicTables(queryRunner: QueryRunner): Promise<string[]> {
  const rows = (await queryRunner.query(CLINIC_TABLES_SQL)) as { table_name: string }[];
  return rows.map((row) => row.table_name);
}
