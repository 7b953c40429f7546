import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { dialectOfDriver } from '../dialect';
import { forEachClinic } from './per-clinic';
import { columnsFor } from './table-columns';

const TABLE = 'export_episode';
const OLD_KEY = ['clinic_id', 'export_id', 'episode_id'];
const NEW_KEY = ['clinic_id', 'export_id', 'study_episode_id'];
/** Every column, in both versions of the table (SQLite copies rows between them). */
const COLUMNS = ['clinic_id', 'export_id', 'study_episode_id', 'episode_id', 'patient_id', 'therapist_id', 'age_band', 'sex', 'condition',
  'suspected_cause', 'planned_frequency', 'start_year', 'release', 'study_patient_id', 'study_therapist_id'].join(', ');

/**
 * A release plan keeps its released episodes only, keyed by their study episode id: suppressed
 * episodes had a row with no study id, and the study id had an index of its own beside a key on
 * the episode. One index fewer to fill makes an export's plan cheaper (see ExportEpisode).
 * Existing plans keep their released rows; on PostgreSQL the suppressed rows are deleted clinic by
 * clinic with the clinic set, so row-level security admits them to an owner that is not a
 * superuser too. SQLite cannot change a primary key in place: there the table is made anew and
 * the released rows copied. The DDL names its table, columns and constraints in the text (DDL takes
 * no bound parameters); they are this file's constants and TypeORM's names, never input.
 */
export class ExportPlanReleased1764374400000 implements MigrationInterface {
  name = 'ExportPlanReleased1764374400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const naming = queryRunner.connection.namingStrategy;
    if (dialectOfDriver(queryRunner.connection.options.type) === 'postgres') {
      await forEachClinic(queryRunner, `DELETE FROM ${TABLE} WHERE clinic_id = $1 AND release = 'SUPPRESSED'`);
      await queryRunner.query(`DROP INDEX "IDX_export_episode_study_episode"`);
      await queryRunner.query(`ALTER TABLE ${TABLE} DROP CONSTRAINT "${naming.primaryKeyName(TABLE, OLD_KEY)}"`);
      await queryRunner.query(`ALTER TABLE ${TABLE} ALTER COLUMN study_episode_id SET NOT NULL, ALTER COLUMN study_patient_id SET NOT NULL`);
      await queryRunner.query(`ALTER TABLE ${TABLE} ADD CONSTRAINT "${naming.primaryKeyName(TABLE, NEW_KEY)}" PRIMARY KEY (${NEW_KEY.join(', ')})`);
      return;
    }
    await queryRunner.createTable(sqlitePlanTable('export_episode_released', NEW_KEY));
    await queryRunner.query(`INSERT INTO export_episode_released (${COLUMNS}) SELECT ${COLUMNS} FROM ${TABLE} WHERE release <> 'SUPPRESSED'`);
    await queryRunner.dropTable(TABLE);
    await queryRunner.renameTable('export_episode_released', TABLE);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const naming = queryRunner.connection.namingStrategy;
    if (dialectOfDriver(queryRunner.connection.options.type) === 'postgres') {
      await queryRunner.query(`ALTER TABLE ${TABLE} DROP CONSTRAINT "${naming.primaryKeyName(TABLE, NEW_KEY)}"`);
      await queryRunner.query(`ALTER TABLE ${TABLE} ALTER COLUMN study_episode_id DROP NOT NULL, ALTER COLUMN study_patient_id DROP NOT NULL`);
      await queryRunner.query(`ALTER TABLE ${TABLE} ADD CONSTRAINT "${naming.primaryKeyName(TABLE, OLD_KEY)}" PRIMARY KEY (${OLD_KEY.join(', ')})`);
      await queryRunner.query(`CREATE INDEX "IDX_export_episode_study_episode" ON ${TABLE} (${NEW_KEY.join(', ')})`);
      return;
    }
    await queryRunner.createTable(sqlitePlanTable('export_episode_by_episode', OLD_KEY));
    await queryRunner.query(`INSERT INTO export_episode_by_episode (${COLUMNS}) SELECT ${COLUMNS} FROM ${TABLE}`);
    await queryRunner.dropTable(TABLE);
    await queryRunner.renameTable('export_episode_by_episode', TABLE);
    await queryRunner.query(`CREATE INDEX "IDX_export_episode_study_episode" ON ${TABLE} (${NEW_KEY.join(', ')})`);
  }
}

/**
 * export_episode on SQLite keyed by `key`: the old key (by episode) leaves the study ids nullable,
 * the new one (by study episode id) makes the patient's and the episode's study ids required.
 */
function sqlitePlanTable(name: string, key: string[]): Table {
  const c = columnsFor('sqlite');
  const released = key === NEW_KEY;
  const ids = { isNullable: !released };
  return new Table({
    name,
    columns: [
      ...key.map((column) => (column === 'study_episode_id' ? c.integer(column, { isPrimary: true }) : c.uuid(column, { isPrimary: true }))),
      ...(released ? [c.uuid('episode_id')] : []),
      c.uuid('patient_id'),
      c.uuid('therapist_id'),
      c.code('age_band'),
      c.code('sex'),
      c.code('condition'),
      c.code('suspected_cause'),
      c.code('planned_frequency'),
      c.integer('start_year', { isNullable: true }),
      c.code('release'),
      c.integer('study_patient_id', ids),
      ...(released ? [] : [c.integer('study_episode_id', ids)]),
      c.integer('study_therapist_id', { isNullable: true }),
    ],
  });
}
