import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { CodeColumn, DateColumn, FloatColumn, PrimaryUuidColumn } from '../../database/columns';
import { Episode } from '../../episodes/episode.entity';

const episodeRollup = (table: string): ClassDecorator =>
  ForeignKey(() => Episode, ['clinicId', 'episodeId'], ['clinicId', 'id'], { name: `FK_${table}_episode`, onDelete: 'CASCADE' });

/** Every rollup row belongs to one episode of one clinic. */
abstract class EpisodeRollupKey {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  episodeId!: string;
}

/**
 * One row per episode: what the outcome figures need, kept current in the same transaction as
 * every write to the episode's sessions and medication reports (see EpisodeRollups).
 */
@Entity('episode_outcome')
@episodeRollup('episode_outcome')
export class EpisodeOutcome extends EpisodeRollupKey {
  /**
   * The episode's status, planned frequency and start date as of the last refresh: the cohort
   * cube's contributions are computed from rollups alone, so that an episode's previous
   * contribution can be taken back after the episode itself has changed.
   */
  @CodeColumn()
  status!: string;

  @CodeColumn()
  plannedFrequency!: string;

  @DateColumn()
  startDate!: string;

  @Column({ type: 'integer' })
  sessionCount!: number;

  /** Pre-session pain of the first session (by date). */
  @Column({ type: 'integer', nullable: true })
  baselinePain!: number | null;

  /** Pre-session pain of the last session (by date). */
  @Column({ type: 'integer', nullable: true })
  latestPain!: number | null;

  @DateColumn({ nullable: true })
  lastSessionDate!: string | null;

  @Column({ type: 'integer', nullable: true })
  lastDayIndex!: number | null;

  /** Day index of the first session meeting the responder rule against baseline; null if none. */
  @Column({ type: 'integer', nullable: true })
  responseDayIndex!: number | null;

  /** MME/day of the first and the last medication report. */
  @FloatColumn({ nullable: true })
  baselineMme!: number | null;

  @FloatColumn({ nullable: true })
  latestMme!: number | null;

  /** Non-opioid doses per week (all classes) of the first and the last report. */
  @FloatColumn({ nullable: true })
  baselineNonOpioidDoses!: number | null;

  @FloatColumn({ nullable: true })
  latestNonOpioidDoses!: number | null;

  /**
   * How many of the episode's medication reports used each MME factor table, as
   * 'TABLE=count' entries sorted by table and joined by ',' (table codes hold neither); null
   * when the episode has no reports. An export's manifest sums these over its released episodes
   * (see addFactorTableReports) instead of joining every report.
   */
  @Column({ type: 'varchar', length: 255, nullable: true })
  factorTableReports!: string | null;
}

/** Per episode and week since its start: the sum and count of pre-session pain scores. */
@Entity('episode_week_pain')
@episodeRollup('episode_week_pain')
export class EpisodeWeekPain extends EpisodeRollupKey {
  @PrimaryColumn({ type: 'integer' })
  week!: number;

  @Column({ type: 'integer' })
  painSum!: number;

  @Column({ type: 'integer' })
  painCount!: number;
}

/** Per episode and technique: in how many of its sessions the technique was used. */
@Entity('episode_technique')
@episodeRollup('episode_technique')
export class EpisodeTechnique extends EpisodeRollupKey {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  technique!: string;

  @Column({ type: 'integer' })
  sessionCount!: number;
}

/** Per episode and gap length in days between consecutive sessions: how many such gaps. */
@Entity('episode_gap')
@episodeRollup('episode_gap')
export class EpisodeGap extends EpisodeRollupKey {
  @PrimaryColumn({ type: 'integer' })
  gapDays!: number;

  @Column({ type: 'integer' })
  gapCount!: number;
}

/** Per episode and week: the MME/day and non-opioid doses of the week's last medication report. */
@Entity('episode_week_medication')
@episodeRollup('episode_week_medication')
export class EpisodeWeekMedication extends EpisodeRollupKey {
  @PrimaryColumn({ type: 'integer' })
  week!: number;

  @FloatColumn()
  dailyMme!: number;

  @FloatColumn()
  nonOpioidDoses!: number;
}

/**
 * Per episode and cohort dimension: the cohort(s) the episode belongs to (one per dimension, or
 * one per qualifying technique). Kept with the other rollups; the one definition of cohort keys.
 */
@Entity('episode_cohort')
@episodeRollup('episode_cohort')
export class EpisodeCohort extends EpisodeRollupKey {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  dimension!: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  cohort!: string;
}
