import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
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
 * The release plan of one released episode in one export, and the study-id mapping: which random
 * study ids stand for the patient, the episode and the therapist in this export. It never leaves
 * the database. Suppressed episodes get no study id and no row: the manifest counts them.
 *
 * Keyed by the study episode id, the order both files are read in (no second index to keep), and
 * without foreign keys: a run's rows are bulk-inserted in one statement, in key order (a key
 * check per row would cost more than the rest of the plan), and deleted with the run's expiry.
 */
@Entity('export_episode')
export class ExportEpisode {
  @PrimaryUuidColumn()
  clinicId!: string;

  @PrimaryUuidColumn()
  exportId!: string;

  /** Random per export (a random permutation of the released episodes), never derived from an identifier. */
  @PrimaryColumn({ type: 'integer' })
  studyEpisodeId!: number;

  @UuidColumn()
  episodeId!: string;

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

  /** The episode's start year as released: null when generalized away (NO_YEAR). */
  @Column({ type: 'integer', nullable: true })
  startYear!: number | null;

  /** FULL or NO_YEAR. */
  @CodeColumn()
  release!: EpisodeRelease;

  /** Random per export (a random permutation of the released patients). */
  @Column({ type: 'integer' })
  studyPatientId!: number;

  /** Null when the therapist covers fewer than k released patients in this export. */
  @Column({ type: 'integer', nullable: true })
  studyTherapistId!: number | null;

  /** The sessions file's first cells of the episode's rows (study patient and episode ids), as written (SESSION_RECORD_PARTS). */
  @Column({ type: 'text' })
  recordHead!: string;

  /** Its cells from planned_frequency to condition, likewise. */
  @Column({ type: 'text' })
  recordMiddle!: string;
}
