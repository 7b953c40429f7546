import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { disableTenantRowLevelSecuritySql, enableTenantRowLevelSecuritySql } from '../../security/row-level-security';
import { dialectOfDriver } from '../dialect';
import { columnsFor } from './table-columns';

/**
 * The sessions export's rollup: session_export, one row per treatment session with its code lists
 * joined and the medication report in effect on its day, kept by refreshEpisodeRollups from now
 * on (see sessionExportRefreshSql). Filled here for every existing session, clinic by clinic (on
 * PostgreSQL with the clinic set, so row-level security admits the rows to an owner that is not a
 * superuser too). The statement is this migration's own copy, as it was when the table was made.
 * No foreign key: see SessionExport.
 */
export class SessionExport1764201600000 implements MigrationInterface {
  name = 'SessionExport1764201600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);
    await queryRunner.createTable(
      new Table({
        name: 'session_export',
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('episode_id', { isPrimary: true }),
          c.date('session_date', { isPrimary: true }),
          c.uuid('session_id', { isPrimary: true }),
          c.integer('day_index'),
          c.integer('pain_before'),
          c.integer('pain_after', { isNullable: true }),
          c.code('position', { isNullable: true }),
          c.integer('minutes'),
          { name: 'techniques', type: 'text', isNullable: true },
          { name: 'regions', type: 'text', isNullable: true },
          { name: 'red_flags', type: 'text', isNullable: true },
          c.float('daily_mme', { isNullable: true }),
          c.float('non_opioid_doses', { isNullable: true }),
          c.code('factor_table', { isNullable: true }),
        ],
      }),
    );
    if (dialect === 'postgres') {
      for (const statement of enableTenantRowLevelSecuritySql('session_export')) await queryRunner.query(statement);
    }
    const clinics = (await queryRunner.query('SELECT id FROM clinic ORDER BY id')) as { id: string }[];
    for (const { id } of clinics) {
      if (dialect === 'postgres') {
        await queryRunner.query(`SELECT set_config('app.clinic_id', $1, true)`, [id]);
        await queryRunner.query(BACKFILL_SQL, [id]);
      } else {
        // SQLite's placeholders are positional: one value per '?'.
        const places = BACKFILL_SQL.split('$1');
        await queryRunner.query(places.join('?'), places.slice(1).map(() => id));
      }
    }
    if (dialect === 'postgres') await queryRunner.query(`SELECT set_config('app.clinic_id', '', true)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (dialectOfDriver(queryRunner.connection.options.type) === 'postgres') {
      for (const statement of disableTenantRowLevelSecuritySql('session_export')) await queryRunner.query(statement);
    }
    await queryRunner.dropTable('session_export');
  }
}

/** One clinic's sessions (the clinic id is $1). */
const BACKFILL_SQL = `
  INSERT INTO session_export (clinic_id, episode_id, session_date, session_id, day_index, pain_before, pain_after, position,
    minutes, techniques, regions, red_flags, daily_mme, non_opioid_doses, factor_table)
  SELECT s.clinic_id, s.episode_id, s.session_date, s.id, s.day_index, s.pain_before, s.pain_after, s.position,
    s.minutes, t.codes, g.codes, f.codes, m.daily_mme, m.non_opioid_doses, m.factor_table
  FROM treatment_session s
  LEFT JOIN (
    SELECT c.session_id, string_agg(c.technique, ';' ORDER BY c.technique) AS codes
    FROM treatment_session cs JOIN session_technique c ON c.clinic_id = cs.clinic_id AND c.session_id = cs.id
    WHERE cs.clinic_id = $1 GROUP BY c.session_id
  ) t ON t.session_id = s.id
  LEFT JOIN (
    SELECT c.session_id, string_agg(c.region, ';' ORDER BY c.region) AS codes
    FROM treatment_session cs JOIN session_region c ON c.clinic_id = cs.clinic_id AND c.session_id = cs.id
    WHERE cs.clinic_id = $1 GROUP BY c.session_id
  ) g ON g.session_id = s.id
  LEFT JOIN (
    SELECT c.session_id, string_agg(c.red_flag, ';' ORDER BY c.red_flag) AS codes
    FROM treatment_session cs JOIN session_red_flag c ON c.clinic_id = cs.clinic_id AND c.session_id = cs.id
    WHERE cs.clinic_id = $1 GROUP BY c.session_id
  ) f ON f.session_id = s.id
  LEFT JOIN (
    SELECT r.episode_id, r.report_date AS from_date, r.daily_mme, r.factor_table, COALESCE(n.doses, 0) AS non_opioid_doses,
      LEAD(r.report_date) OVER (PARTITION BY r.episode_id ORDER BY r.report_date) AS to_date
    FROM medication_report r
    LEFT JOIN (
      SELECT u.report_id, SUM(u.doses_per_week) AS doses
      FROM medication_report ur JOIN non_opioid_use u ON u.clinic_id = ur.clinic_id AND u.report_id = ur.id
      WHERE ur.clinic_id = $1 GROUP BY u.report_id
    ) n ON n.report_id = r.id
    WHERE r.clinic_id = $1
  ) m ON m.episode_id = s.episode_id AND s.session_date >= m.from_date AND (m.to_date IS NULL OR s.session_date < m.to_date)
  WHERE s.clinic_id = $1`;
