import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { type Dialect, dialectOfDriver } from '../dialect';
import { forEachClinic } from './per-clinic';
import { columnsFor } from './table-columns';

/**
 * The sessions file's records, pre-rendered in parts (see SESSION_RECORD_PARTS): session_export
 * gains each session's ordinal in its episode (by date, then id) and the texts of its cells from
 * day_offset to minutes (cells_head) and from daily_mme to mme_factor_table (cells_tail);
 * export_episode gains the texts of a plan row's study ids (record_head) and of its planned
 * frequency, cause and condition (record_middle), so the plans of exports not yet expired stay
 * downloadable. Decimals are written rounded to 6 places without trailing zeros, as the export
 * writes them from now on.
 *
 * The columns are added nullable, filled, then made NOT NULL (SQLite rebuilds the table for
 * each of the two steps). On PostgreSQL clinic by clinic with the clinic set, so row-level
 * security admits the rows to an owner that is not a superuser too. The statements are this
 * migration's own copies of what the rollup refresh and the plan compute now.
 */
export class ExportRecordParts1764633600000 implements MigrationInterface {
  name = 'ExportRecordParts1764633600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);
    const text = (name: string): TableColumn => new TableColumn({ name, type: 'text', isNullable: true });
    await queryRunner.addColumns(SESSIONS, [new TableColumn(c.integer('ordinal', { isNullable: true })), text('cells_head'), text('cells_tail')]);
    await queryRunner.addColumns(PLAN, [text('record_head'), text('record_middle')]);

    const fillSessions = `UPDATE ${SESSIONS} SET
      ordinal = (SELECT COUNT(*) FROM ${SESSIONS} o
        WHERE o.clinic_id = ${SESSIONS}.clinic_id AND o.episode_id = ${SESSIONS}.episode_id
          AND (o.session_date < ${SESSIONS}.session_date OR (o.session_date = ${SESSIONS}.session_date AND o.session_id <= ${SESSIONS}.session_id))),
      cells_head = ${cells(['day_index', 'day_index / 7', 'pain_before', 'pain_after', 'techniques', 'regions', 'position', 'minutes'])},
      cells_tail = ${cells([decimal(dialect, 'daily_mme'), decimal(dialect, 'non_opioid_doses'), 'red_flags', 'factor_table'])}`;
    const fillPlan = `UPDATE ${PLAN} SET
      record_head = ${cells(["'P' || study_patient_id", "'E' || study_episode_id"])},
      record_middle = ${cells(['planned_frequency', 'suspected_cause', 'condition'])}`;
    if (dialect === 'postgres') {
      await forEachClinic(queryRunner, `${fillSessions} WHERE clinic_id = $1`);
      await forEachClinic(queryRunner, `${fillPlan} WHERE clinic_id = $1`);
    } else {
      await queryRunner.query(fillSessions);
      await queryRunner.query(fillPlan);
    }

    const required = async (table: string, names: string[]): Promise<void> => {
      const current = await queryRunner.getTable(table);
      if (!current) throw new Error(`Table ${table} is missing`);
      await queryRunner.changeColumns(
        current,
        names.map((name) => {
          const column = current.findColumnByName(name);
          if (!column) throw new Error(`Column ${table}.${name} is missing`);
          const notNull = column.clone();
          notNull.isNullable = false;
          return { oldColumn: column, newColumn: notNull };
        }),
      );
    };
    await required(SESSIONS, ['ordinal', 'cells_head', 'cells_tail']);
    await required(PLAN, ['record_head', 'record_middle']);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns(PLAN, ['record_head', 'record_middle']);
    await queryRunner.dropColumns(SESSIONS, ['ordinal', 'cells_head', 'cells_tail']);
  }
}

const SESSIONS = 'session_export';
const PLAN = 'export_episode';

/** Cells as one text: each as text, empty for NULL, joined by commas. */
const cells = (expressions: string[]): string => `concat_ws(',', ${expressions.map((expression) => `COALESCE(CAST((${expression}) AS text), '')`).join(', ')})`;

/** A decimal rounded to 6 places, trailing zeros and point dropped; NULL stays NULL. */
function decimal(dialect: Dialect, value: string): string {
  const trim = (fixed: string): string => `rtrim(rtrim(${fixed}, '0'), '.')`;
  return dialect === 'postgres'
    ? trim(`CAST(round(CAST(${value} AS numeric), 6) AS text)`)
    : `CASE WHEN ${value} IS NULL THEN NULL ELSE ${trim(`printf('%.6f', ${value})`)} END`;
}
