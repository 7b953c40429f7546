import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { dialectOfDriver } from '../dialect';
import { forEachClinic } from './per-clinic';
import { columnsFor } from './table-columns';

const TABLE = 'export_episode';
const COLUMNS = ['patient_id', 'therapist_id'];

/**
 * export_episode loses its patient and therapist uuids: every plan row wrote them and no query
 * read them (the plan CTEs carry them while grading; the files and the counts read study ids and
 * the episode id, from which both follow). Undone, they come back nullable and filled from each
 * row's episode (on PostgreSQL clinic by clinic with the clinic set, for row-level security).
 */
export class ExportPlanWithoutPeople1764547200000 implements MigrationInterface {
  name = 'ExportPlanWithoutPeople1764547200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns(TABLE, COLUMNS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);
    await queryRunner.addColumns(TABLE, COLUMNS.map((column) => new TableColumn(c.uuid(column, { isNullable: true }))));
    const fill = `UPDATE ${TABLE} SET ${COLUMNS.map(
      (column) => `${column} = (SELECT e.${column} FROM episode e WHERE e.clinic_id = ${TABLE}.clinic_id AND e.id = ${TABLE}.episode_id)`,
    ).join(', ')}`;
    if (dialect !== 'postgres') {
      await queryRunner.query(fill);
      return;
    }
    await forEachClinic(queryRunner, `${fill} WHERE clinic_id = $1`);
  }
}
