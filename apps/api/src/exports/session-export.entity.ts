import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CodeColumn, FloatColumn, PrimaryUuidColumn } from '../database/columns';

/**
 * One row per treatment session, as the research export's sessions file shows it: the session's
 * own values, its code lists joined, and the medication report in effect on its day. A rollup,
 * rebuilt with the episode's other rollups in the same transaction as every write to the episode
 * (refreshEpisodeRollups, by sessionExportRefreshSql), so nothing is looked up per session when a
 * file is made: each session's cells are rendered here (cellsHead, cellsTail) and joined per episode
 * into session_export_block, which the sessions file reads. The key orders an episode's rows as the file
 * does (date, then id).
 *
 * No foreign key: a derived row per session, deleted and rewritten with its episode's rollups; a
 * key checked on each of a bulk load's million rows cost more than the rest of the insert (8.5 of
 * 34 s for 1.2M sessions).
 */
@Entity('session_export')
export class SessionExport {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  episodeId!: string;

  @PrimaryColumn({ type: 'date' })
  sessionDate!: string;

  @PrimaryUuidColumn()
  sessionId!: string;

  /** Its place in the episode, 1, 2, ... by date, then id: the file's order within an episode, as one integer to sort by. */
  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'integer' })
  dayIndex!: number;

  @Column({ type: 'integer' })
  painBefore!: number;

  @Column({ type: 'integer', nullable: true })
  painAfter!: number | null;

  @CodeColumn({ nullable: true })
  position!: string | null;

  @Column({ type: 'integer' })
  minutes!: number;

  /** The session's codes, sorted and joined by ';'; null when none. */
  @Column({ type: 'text', nullable: true })
  techniques!: string | null;

  @Column({ type: 'text', nullable: true })
  regions!: string | null;

  @Column({ type: 'text', nullable: true })
  redFlags!: string | null;

  /** From the latest medication report of the episode dated on or before the session; null when none. */
  @FloatColumn({ nullable: true })
  dailyMme!: number | null;

  /** Non-opioid doses per week of that report, all classes together (0 when it lists none). */
  @FloatColumn({ nullable: true })
  nonOpioidDoses!: number | null;

  @CodeColumn({ nullable: true })
  factorTable!: string | null;

  /** The cells of the sessions file from day_offset to minutes, as the file writes them (SESSION_RECORD_PARTS). */
  @Column({ type: 'text' })
  cellsHead!: string;

  /** The cells from daily_mme to mme_factor_table, likewise. */
  @Column({ type: 'text' })
  cellsTail!: string;
}
