import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { dialectOfDriver } from '../dialect';
import { forEachClinic } from './per-clinic';
import { columnsFor } from './table-columns';

const TABLE = 'episode_outcome';
const COLUMN = 'factor_table_reports';

/**
 * episode_outcome.factor_table_reports: the episode's medication reports counted per MME factor
 * table ('TABLE=count' entries sorted by table, joined by ','; NULL without reports), so that an
 * export's manifest sums the rollup instead of joining every report. Filled here for existing
 * episodes; the rollup refresh keeps it current from then on. On PostgreSQL clinic by clinic with
 * the clinic set, so row-level security admits the rows to an owner that is not a superuser too.
 * The statement is a frozen copy of what the refresh computes (common SQL; SQLite 3.44+ has
 * string_agg with ORDER BY).
 */
export class EpisodeFactorTableReports1764460800000 implements MigrationInterface {
  name = 'EpisodeFactorTableReports1764460800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    await queryRunner.addColumn(TABLE, new TableColumn(columnsFor(dialect).text(COLUMN, 255, { isNullable: true })));
    const fill = `UPDATE ${TABLE} SET ${COLUMN} = (
      SELECT string_agg(t.factor_table || '=' || t.reports, ',' ORDER BY t.factor_table)
      FROM (
        SELECT r.factor_table, COUNT(*) AS reports FROM medication_report r
        WHERE r.clinic_id = ${TABLE}.clinic_id AND r.episode_id = ${TABLE}.episode_id
        GROUP BY r.factor_table
      ) t)`;
    if (dialect !== 'postgres') {
      await queryRunner.query(fill);
      return;
    }
    await forEachClinic(queryRunner, `${fill} WHERE clinic_id = $1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn(TABLE, COLUMN);
  }
}
