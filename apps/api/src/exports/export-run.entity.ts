import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { CodeColumn, PrimaryUuidColumn, TimestampColumn, UuidColumn } from '../database/columns';
import type { ExportFilterRecord, ExportManifest } from './export-manifest';

/**
 * One research export: the filter and k it was made with, and its manifest (counts only). Its
 * files are produced from it, so the sessions and the episodes file of one export share study ids.
 * A run can be downloaded until it expires; then its study-id mapping (export_episode) is deleted.
 */
@Entity('export_run')
@ForeignKey(() => Clinic, ['clinicId'], ['id'], { name: 'FK_export_run_clinic' })
export class ExportRun {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  id!: string;

  /** The user who made it; null when made with the tools/export command (database access). */
  @UuidColumn({ nullable: true })
  createdById!: string | null;

  @TimestampColumn()
  createdAt!: Date;

  /** After this, the files can no longer be downloaded and the study-id mapping is gone. */
  @TimestampColumn()
  expiresAt!: Date;

  @Column({ type: 'integer' })
  k!: number;

  @Column({ type: 'simple-json' })
  filter!: ExportFilterRecord;

  @Column({ type: 'simple-json' })
  manifest!: ExportManifest;
}

/** How an episode's quasi-identifiers were released (k-anonymity). */
export enum EpisodeRelease {
  /** Its class (age band, sex, condition, cause, start year) covers at least k patients. */
  FULL = 'FULL',
  /** Start year dropped: its class without the year covers at least k patients. */
  NO_YEAR = 'NO_YEAR',
  /** Left out of the export, with its sessions. */
  SUPPRESSED = 'SUPPRESSED',
}

/**
 * The release plan of one episode in one export, and the study-id mapping: which random study ids
 * stand for the patient, the episode and the therapist in this export. It never leaves the database.
 *
 * No foreign keys: a run's rows are bulk-inserted in one statement (a key check per row would
 * cost more than the rest of the plan) and deleted explicitly with the run's expiry. The index on
 * the study episode id gives the files their order without sorting.
 */
@Entity('export_episode')
@Index('IDX_export_episode_study_episode', ['clinicId', 'exportId', 'studyEpisodeId'])
export class ExportEpisode {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  exportId!: string;

  @PrimaryUuidColumn()
  episodeId!: string;

  @UuidColumn()
  patientId!: string;

  @UuidColumn()
  therapistId!: string;

  /** Age at the episode start, in 5-year bands ('40-44'), and '90+' from 90 on. */
  @CodeColumn()
  ageBand!: string;

  @CodeColumn()
  sex!: string;

  @CodeColumn()
  condition!: string;

  @CodeColumn()
  suspectedCause!: string;

  /** Not a quasi-identifier; kept with the plan so both files show the same value. */
  @CodeColumn()
  plannedFrequency!: string;

  /** The episode's start year as released: null when generalized away or suppressed. */
  @Column({ type: 'integer', nullable: true })
  startYear!: number | null;

  @CodeColumn()
  release!: EpisodeRelease;

  /** Random per export (a random permutation), never derived from an identifier; null when suppressed. */
  @Column({ type: 'integer', nullable: true })
  studyPatientId!: number | null;

  @Column({ type: 'integer', nullable: true })
  studyEpisodeId!: number | null;

  /** Null when suppressed, or when the therapist covers fewer than k patients in this export. */
  @Column({ type: 'integer', nullable: true })
  studyTherapistId!: number | null;
}
