import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { disableTenantRowLevelSecuritySql, enableTenantRowLevelSecuritySql } from '../../security/row-level-security';
import { dialectOfDriver } from '../dialect';
import { columnsFor, fk } from './table-columns';

const DERIVED_TABLES = ['episode_outcome', 'episode_week_pain', 'episode_technique', 'episode_gap', 'episode_week_medication'];
const NEW_TABLES = ['episode_cohort', 'cohort_stat', 'cohort_delta', 'cohort_cube_pending'];

/**
 * The cohort cube: episode_cohort (each episode's cohorts), cohort_stat (per clinic, dimension,
 * measure and part — the week of a weekly measure: its cells as one JSON document), cohort_delta (signed changes appended by writes) and
 * cohort_cube_pending (clinics whose cube is not built yet). episode_outcome gains the status,
 * planned frequency and start date it was computed with.
 *
 * The rollups are derived data: this migration empties them and marks every existing clinic
 * pending, and the API rebuilds each such clinic's rollups and cube when it starts (before it
 * serves), so no figure is read from a half-built cube. TRUNCATE, not DELETE: row-level security
 * does not apply to it, so the table owner empties every clinic's rows.
 */
export class CohortCube1764115200000 implements MigrationInterface {
  name = 'CohortCube1764115200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);
    for (const table of DERIVED_TABLES) {
      await queryRunner.query(dialect === 'postgres' ? `TRUNCATE ${table}` : `DELETE FROM ${table}`);
    }
    await queryRunner.addColumns('episode_outcome', [
      new TableColumn(c.code('status')),
      new TableColumn(c.code('planned_frequency')),
      new TableColumn(c.date('start_date')),
    ]);

    const cell = [
      c.code('dimension'),
      c.text('cohort', 40),
      c.text('measure', 16),
      ...['k1', 'k2', 'k3', 'k4'].map((name) => c.text(name, 40)),
      c.integer('n'),
      c.integer('total'),
    ];
    await queryRunner.createTable(
      new Table({
        name: 'episode_cohort',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('episode_id', { isPrimary: true }),
          c.code('dimension', { isPrimary: true }),
          c.text('cohort', 40, { isPrimary: true }),
        ],
        foreignKeys: [fk('FK_episode_cohort_episode', ['clinic_id', 'episode_id'], 'episode', ['clinic_id', 'id'], 'CASCADE')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'cohort_stat',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.code('dimension', { isPrimary: true }),
          c.text('measure', 16, { isPrimary: true }),
          c.text('part', 40, { isPrimary: true }),
          { name: 'cells', type: 'text' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: 'cohort_delta', columns: [c.uuid('clinic_id', { isPrimary: true }), c.uuid('id', { isPrimary: true }), ...cell] }),
    );
    await queryRunner.createTable(
      new Table({ name: 'cohort_cube_pending', columns: [c.uuid('clinic_id', { isPrimary: true }), c.timestamp('since')] }),
    );
    await queryRunner.query(`INSERT INTO cohort_cube_pending (clinic_id, since) SELECT id, CURRENT_TIMESTAMP FROM clinic`);
    if (dialect === 'postgres') {
      for (const statement of NEW_TABLES.flatMap((table) => enableTenantRowLevelSecuritySql(table))) await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    if (dialect === 'postgres') {
      for (const statement of NEW_TABLES.flatMap((table) => disableTenantRowLevelSecuritySql(table))) await queryRunner.query(statement);
    }
    for (const table of [...NEW_TABLES].reverse()) await queryRunner.dropTable(table);
    await queryRunner.dropColumns('episode_outcome', ['status', 'planned_frequency', 'start_date']);
  }
}
