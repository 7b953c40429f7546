import type { Condition, EpisodeStatus, Frequency, SuspectedCause, Technique } from '@outcomes/models';

/** The two files of an export. */
export enum ExportFile {
  SESSIONS = 'sessions',
  EPISODES = 'episodes',
}

/**
 * The filter an export was made with, as the requester gave it (therapist ids included). Kept on
 * the run and in the audit event; the manifest shows it without the ids (ManifestFilter).
 */
export interface ExportFilterRecord {
  startedFrom: string | null;
  startedTo: string | null;
  conditions: Condition[];
  causes: SuspectedCause[];
  frequencies: Frequency[];
  techniques: Technique[];
  therapistIds: string[];
  statuses: EpisodeStatus[];
}

/**
 * The filter as the manifest shows it: start years rather than dates (exports select whole
 * years), and how many therapists were selected rather than who.
 */
export interface ManifestFilter {
  startYearFrom: number | null;
  startYearTo: number | null;
  conditions: Condition[];
  causes: SuspectedCause[];
  frequencies: Frequency[];
  techniques: Technique[];
  /** 0 when the filter does not select therapists. */
  therapistsSelected: number;
  statuses: EpisodeStatus[];
}

export interface ManifestFileEntry {
  /** File name in the CLI's output folder; the HTTP route is /exports/<name>?exportId=... */
  name: string;
  /** Rows the file holds (without the header), counted when the export was made. */
  rows: number;
  /** Column names in file order (the codebook describes each). */
  columns: string[];
}

/**
 * What an export holds and how it was made: counts, the filter and k, no identities and no
 * patient's date. Computed when the run is made; the files are streamed from the same plan.
 */
export interface ExportManifest {
  format: 'outcomes-research-export';
  formatVersion: 1;
  /** Random id of this export run (not of a person). */
  exportId: string;
  /** When the export was made (an instant of the export, not of a patient). */
  createdAt: string;
  /** After this the files can no longer be downloaded and the study-id mapping is deleted. */
  expiresAt: string;
  k: number;
  filter: ManifestFilter;
  quasiIdentifiers: string[];
  episodes: {
    /** Episodes the filter selected. */
    selected: number;
    /** Released with every quasi-identifier. */
    releasedFull: number;
    /** Released with the start year dropped (generalized) to reach k. */
    releasedWithoutStartYear: number;
    /** Left out, with their sessions: still in a class of fewer than k patients. */
    suppressed: number;
  };
  sessions: {
    /** Sessions of the selected episodes. */
    selected: number;
    suppressed: number;
  };
  patients: {
    /** Distinct patients with at least one released episode (each has one study id in both files). */
    released: number;
    /** Selected patients none of whose episodes is released; one with some released counts as released. */
    suppressed: number;
  };
  therapists: {
    /** Therapists with a study id: each covers at least k released patients. */
    withStudyId: number;
    /** Therapists of released episodes whose study id is withheld (fewer than k patients). */
    withheld: number;
  };
  /** Total rows suppressed over both files (episode rows + session rows). */
  rowsSuppressed: number;
  /** MME conversion-factor tables of the medication reports behind the MME figures, with report counts. */
  mmeFactorTables: { table: string; reports: number }[];
  files: Record<ExportFile, ManifestFileEntry>;
  codebook: { json: string; markdown: string };
}
