import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { disableTenantRowLevelSecuritySql, enableTenantRowLevelSecuritySql } from '../../security/row-level-security';
import { dialectOfDriver } from '../dialect';
import { columnsFor } from './table-columns';

/**
 * cohort_cube_version: per clinic, a generation number that the cube's writers of documents (the
 * compactor and rebuilds) raise whenever cohort_stat changes. Every clinic starts at 1; a clinic
 * without a row is at 0.
 */
export class CohortCubeVersion1764288000000 implements MigrationInterface {
  name = 'CohortCubeVersion1764288000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);
    await queryRunner.createTable(
      new Table({ name: 'cohort_cube_version', columns: [c.uuid('clinic_id', { isPrimary: true }), c.integer('generation')] }),
    );
    await queryRunner.query('INSERT INTO cohort_cube_version (clinic_id, generation) SELECT id, 1 FROM clinic');
    if (dialect === 'postgres') {
      for (const statement of enableTenantRowLevelSecuritySql('cohort_cube_version')) await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (dialectOfDriver(queryRunner.connection.options.type) === 'postgres') {
      for (const statement of disableTenantRowLevelSecuritySql('cohort_cube_version')) await queryRunner.query(statement);
    }
    await queryRunner.dropTable('cohort_cube_version');
  }
}
