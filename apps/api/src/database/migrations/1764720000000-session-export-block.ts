import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { disableTenantRowLevelSecuritySql, enableTenantRowLevelSecuritySql } from '../../security/row-level-security';
import { type Dialect, dialectOfDriver } from '../dialect';
import { forEachClinic } from './per-clinic';
import { columnsFor } from './table-columns';

/**
 * session_export_block: per episode with sessions, the sessions file's records of its sessions
 * (their number, and their texts in ordinal order, CRLF-ended, with the plan's study ids and
 * planned frequency, cause and condition as the control characters 1 and 2), kept by
 * refreshEpisodeRollups from now on (see sessionExportBlockRefreshSql). Filled here from
 * session_export for every existing episode: on PostgreSQL clinic by clinic with the clinic set,
 * so row-level security admits the rows to an owner that is not a superuser too. The statement is
 * this migration's own copy of what the refresh computes now. No foreign key: see SessionExport.
 */
export class SessionExportBlock1764720000000 implements MigrationInterface {
  name = 'SessionExportBlock1764720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const dialect = dialectOfDriver(queryRunner.connection.options.type);
    const c = columnsFor(dialect);
    await queryRunner.createTable(
      new Table({
        name: BLOCKS,
        columns: [
          c.uuid('clinic_id', { isPrimary: true }),
          c.uuid('episode_id', { isPrimary: true }),
          c.integer('sessions'),
          { name: 'records', type: 'text' },
        ],
      }),
    );
    const fill = fillSql(dialect);
    if (dialect === 'postgres') {
      for (const statement of enableTenantRowLevelSecuritySql(BLOCKS)) await queryRunner.query(statement);
      await forEachClinic(queryRunner, `${fill} WHERE clinic_id = $1 GROUP BY clinic_id, episode_id`);
    } else {
      await queryRunner.query(`${fill} GROUP BY clinic_id, episode_id`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    if (dialectOfDriver(queryRunner.connection.options.type) === 'postgres') {
      for (const statement of disableTenantRowLevelSecuritySql(BLOCKS)) await queryRunner.query(statement);
    }
    await queryRunner.dropTable(BLOCKS);
  }
}

const BLOCKS = 'session_export_block';

/** The blocks from session_export, up to the WHERE and GROUP BY. */
function fillSql(dialect: Dialect): string {
  const char = (code: number): string => (dialect === 'postgres' ? `chr(${code})` : `char(${code})`);
  const line = [char(1), 'cells_head', char(2), 'cells_tail'].join(" || ',' || ");
  return `INSERT INTO ${BLOCKS} (clinic_id, episode_id, sessions, records)
    SELECT clinic_id, episode_id, COUNT(*), string_agg(${line} || ${char(13)} || ${char(10)}, '' ORDER BY ordinal)
    FROM session_export`;
}
