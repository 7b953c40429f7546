import { Column, Entity } from 'typeorm';
import { PrimaryUuidColumn } from '../database/columns';

/**
 * One row per episode with sessions: the sessions file's records of its sessions, in the file's
 * order, pre-rendered from their session_export rows with the episode's other rollups (see
 * sessionExportBlockRefreshSql), so an export reads, sorts and sends one row per episode.
 * The plan's parts of each record are slots (SESSION_BLOCK_SLOTS), filled when a file is read.
 * No foreign key, like SessionExport: a derived row, deleted and rewritten with its episode's rollups.
 */
@Entity('session_export_block')
export class SessionExportBlock {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  episodeId!: string;

  /** How many records (sessions) the block holds. */
  @Column({ type: 'integer' })
  sessions!: number;

  /** Each session's record, CRLF-ended, in ordinal order. */
  @Column({ type: 'text' })
  records!: string;
}
