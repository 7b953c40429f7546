import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { disableTenantRowLevelSecuritySql, enableTenantRowLevelSecuritySql } from '../../security/row-level-security';
import { dialectOfDriver } from '../dialect';
import { columnsFor, fk } from './table-columns';

const TABLES = ['export_run', 'export_episode'];

/**
 * Research exports: the run (filter, k, manifest) and its per-episode release plan with the
 * random study ids, kept in the clinic's database so both files of one export share study ids.
 * export_episode has no foreign keys on purpose: a run's rows are written by one bulk INSERT and
 * deleted with the run (see ExportEpisode). On PostgreSQL both tables get the tenant row-level
 * security of every clinic table (the application role's row privileges come from the default
 * privileges the row-level-security migration set).
 */
export class ExportRuns1763942400000 implements MigrationInterface {
  name = 'ExportRuns1763942400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);

    await queryRunner.createTable(
      new Table({
        name: 'export_run',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('id', { isPrimary: true }),
          c.uuid('created_by_id', { isNullable: true }),
          c.timestamp('created_at'),
          c.timestamp('expires_at'),
          c.integer('k'),
          { name: 'filter', type: 'text' },
          { name: 'manifest', type: 'text' },
        ],
        foreignKeys: [fk('FK_export_run_clinic', ['clinic_id'], 'clinic', ['id'])],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'export_episode',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('export_id', { isPrimary: true }),
          c.uuid('episode_id', { isPrimary: true }),
          c.uuid('patient_id'),
          c.uuid('therapist_id'),
          c.code('age_band'),
          c.code('sex'),
          c.code('condition'),
          c.code('suspected_cause'),
          c.code('planned_frequency'),
          c.integer('start_year', { isNullable: true }),
          c.code('release'),
          c.integer('study_patient_id', { isNullable: true }),
          c.integer('study_episode_id', { isNullable: true }),
          c.integer('study_therapist_id', { isNullable: true }),
        ],
        indices: [
          new TableIndex({ name: 'IDX_export_episode_study_episode', columnNames: ['clinic_id', 'export_id', 'study_episode_id'] }),
        ],
      }),
    );
    if (dialect === 'postgres') {
      for (const statement of TABLES.flatMap((table) => enableTenantRowLevelSecuritySql(table))) await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (dialectOfDriver(queryRunner.connection.options.type) === 'postgres') {
      for (const statement of TABLES.flatMap((table) => disableTenantRowLevelSecuritySql(table))) await queryRunner.query(statement);
    }
    await queryRunner.dropTable('export_episode');
    await queryRunner.dropTable('export_run');
  }
}
