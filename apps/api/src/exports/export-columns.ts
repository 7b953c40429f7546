import {
  BodyRegion,
  Condition,
  EpisodeStatus,
  Frequency,
  MmeFactorTable,
  PAIN_MAX,
  PAIN_MIN,
  Position,
  RedFlag,
  Sex,
  SESSION_MINUTES_MAX,
  SESSION_MINUTES_MIN,
  SuspectedCause,
  Technique,
} from '@outcomes/models';
import { ExportFile } from './export-manifest';
import { AGE_BANDS, CODE_LIST_SEPARATOR, type QueryContext } from './export-sql';

/** What kind of value a column holds, as the codebook names it. */
export type ExportColumnType = 'study id' | 'integer' | 'decimal' | 'code' | 'code list';

/**
 * One column of an export file: its codebook entry and the SQL that produces it. The arrays below
 * are the one source of the files' column order, their headers, the SELECT lists and the
 * codebook, so the three cannot drift apart.
 */
export interface ExportColumn {
  name: string;
  type: ExportColumnType;
  unit: string | null;
  /** The codes a code or code-list column may hold; for a code list, any subset joined by ';'. */
  allowedValues: readonly string[] | null;
  /** Inclusive range of a number; max null when unbounded. */
  range: { min: number; max: number | null } | null;
  /** What an empty cell means, or null when the column is never empty. */
  whenEmpty: string | null;
  description: string;
  derivation: string;
  /**
   * The SELECT expression. Aliases: x export_episode (the release plan); r session_export (the
   * sessions file: one row per session, its code lists and the medication report in effect
   * already joined, see sessionExportRefreshSql); e episode and o episode_outcome (episodes file).
   */
  sql(context: Pick<QueryContext, 'dialect'>): string;
}

const codes = (values: Record<string, string>): string[] => Object.values(values).sort();

const STUDY_PATIENT: ExportColumn = {
  name: 'study_patient_id',
  type: 'study id',
  unit: null,
  allowedValues: null,
  range: null,
  whenEmpty: null,
  description: 'The patient, as a study id of this export: the same patient has the same id in both files of one export.',
  derivation:
    "'P' followed by a number from a random permutation drawn for this export by the database's random generator " +
    '(seeded from the operating system’s cryptographic source). Never derived from any identifier; a new export gives new ids. The mapping stays in the clinic’s ' +
    'database and is deleted when the export expires.',
  sql: () => `'P' || x.study_patient_id`,
};

const STUDY_EPISODE: ExportColumn = {
  name: 'study_episode_id',
  type: 'study id',
  unit: null,
  allowedValues: null,
  range: null,
  whenEmpty: null,
  description: 'The episode (one course of care for one complaint), as a study id of this export; joins the two files.',
  derivation: "'E' followed by a number from a random permutation drawn for this export, like study_patient_id.",
  sql: () => `'E' || x.study_episode_id`,
};

const CONDITION: ExportColumn = {
  name: 'condition',
  type: 'code',
  unit: null,
  allowedValues: codes(Condition),
  range: null,
  whenEmpty: null,
  description: 'The complaint treated in the episode. A quasi-identifier.',
  derivation: 'As recorded on the episode when the export was made.',
  sql: () => 'x.condition',
};

const CAUSE: ExportColumn = {
  name: 'suspected_cause',
  type: 'code',
  unit: null,
  allowedValues: codes(SuspectedCause),
  range: null,
  whenEmpty: null,
  description: 'The suspected cause of the sciatica or back pain (UNKNOWN: not yet known). A quasi-identifier.',
  derivation: 'As recorded on the episode when the export was made.',
  sql: () => 'x.suspected_cause',
};

const FREQUENCY: ExportColumn = {
  name: 'planned_frequency',
  type: 'code',
  unit: null,
  allowedValues: codes(Frequency),
  range: null,
  whenEmpty: null,
  description: 'The planned frequency of care: WEEKLY, or BIWEEKLY = every other week (every 14 days), never twice a week.',
  derivation: 'As recorded on the episode when the export was made.',
  sql: () => 'x.planned_frequency',
};

const NON_NEGATIVE = { min: 0, max: null };

/**
 * The sessions file's columns in runs by where they come from: the release plan (x, one row per
 * episode) or the session's rollup row (r). Each run's cells are also kept pre-rendered as one
 * text (cellsTextSql) in its table's `stored` column, written with the row (the plan when the
 * export is made, session_export with the episode's other rollups), so a row of the file is its
 * four stored texts joined by commas: nothing is formatted per session when the file is read.
 */
export interface RecordPart {
  table: 'export_episode' | 'session_export';
  stored: string;
  columns: readonly ExportColumn[];
}

export const SESSION_RECORD_PARTS: readonly RecordPart[] = [
  { table: 'export_episode', stored: 'record_head', columns: [STUDY_PATIENT, STUDY_EPISODE] },
  {
    table: 'session_export',
    stored: 'cells_head',
    columns: [
      {
        name: 'day_offset',
        type: 'integer',
        unit: 'days',
        allowedValues: null,
        range: NON_NEGATIVE,
        whenEmpty: null,
        description: 'When the session took place, in days from the episode start (0 = the start day). No calendar dates are exported.',
        derivation: 'Session date minus episode start date, in days.',
        sql: () => 'r.day_index',
      },
      {
        name: 'week',
        type: 'integer',
        unit: 'weeks',
        allowedValues: null,
        range: NON_NEGATIVE,
        whenEmpty: null,
        description: 'Week of the episode the session falls in (0 = days 0-6).',
        derivation: 'floor(day_offset / 7).',
        sql: () => 'r.day_index / 7',
      },
      {
        name: 'pain_before',
        type: 'integer',
        unit: 'NPRS points (0-10)',
        allowedValues: null,
        range: { min: PAIN_MIN, max: PAIN_MAX },
        whenEmpty: null,
        description: 'Pain before the session on the Numeric Pain Rating Scale (LOINC 72514-3): 0 no pain, 10 worst imaginable.',
        derivation: 'As recorded.',
        sql: () => 'r.pain_before',
      },
      {
        name: 'pain_after',
        type: 'integer',
        unit: 'NPRS points (0-10)',
        allowedValues: null,
        range: { min: PAIN_MIN, max: PAIN_MAX },
        whenEmpty: 'Not recorded (it is optional).',
        description: 'Pain right after the session (the immediate effect), NPRS 0-10.',
        derivation: 'As recorded.',
        sql: () => 'r.pain_after',
      },
      {
        name: 'techniques',
        type: 'code list',
        unit: null,
        allowedValues: codes(Technique),
        range: null,
        whenEmpty: 'No technique recorded.',
        description: 'Techniques used in the session.',
        derivation: `The session's technique codes, sorted alphabetically, joined by '${CODE_LIST_SEPARATOR}'.`,
        sql: () => 'r.techniques',
      },
      {
        name: 'regions',
        type: 'code list',
        unit: null,
        allowedValues: codes(BodyRegion),
        range: null,
        whenEmpty: 'No region recorded.',
        description: 'Body regions worked in the session.',
        derivation: `The session's region codes, sorted alphabetically, joined by '${CODE_LIST_SEPARATOR}'.`,
        sql: () => 'r.regions',
      },
      {
        name: 'position',
        type: 'code',
        unit: null,
        allowedValues: codes(Position),
        range: null,
        whenEmpty: 'Not recorded.',
        description: 'Position of the patient during the session.',
        derivation: 'As recorded.',
        sql: () => 'r.position',
      },
      {
        name: 'minutes',
        type: 'integer',
        unit: 'minutes',
        allowedValues: null,
        range: { min: SESSION_MINUTES_MIN, max: SESSION_MINUTES_MAX },
        whenEmpty: null,
        description: 'Length of the session.',
        derivation: 'As recorded.',
        sql: () => 'r.minutes',
      },
    ],
  },
  { table: 'export_episode', stored: 'record_middle', columns: [FREQUENCY, CAUSE, CONDITION] },
  {
    table: 'session_export',
    stored: 'cells_tail',
    columns: [
      {
        name: 'daily_mme',
        type: 'decimal',
        unit: 'MME/day (morphine milligram equivalents per day)',
        allowedValues: null,
        range: NON_NEGATIVE,
        whenEmpty: 'No medication report on or before the session day in this episode.',
        description: 'Opioid intake in effect at the session: 0 when the patient reported no opioid.',
        derivation:
          'From the latest medication report of the episode dated on or before the session day: the sum over its opioids of ' +
          'daily dose x conversion factor of the table named in mme_factor_table.',
        sql: ({ dialect }) => dialect.decimalText('r.daily_mme'),
      },
      {
        name: 'non_opioid_doses_per_week',
        type: 'decimal',
        unit: 'doses/week',
        allowedValues: null,
        range: NON_NEGATIVE,
        whenEmpty: 'No medication report on or before the session day in this episode.',
        description: 'Non-opioid analgesic doses per week (NSAIDs, acetaminophen, gabapentinoids, muscle relaxants), all classes together.',
        derivation: 'From the same medication report as daily_mme: the sum of the doses per week of its non-opioid classes (0 when none).',
        sql: ({ dialect }) => dialect.decimalText('r.non_opioid_doses'),
      },
      {
        name: 'red_flags',
        type: 'code list',
        unit: null,
        allowedValues: codes(RedFlag),
        range: null,
        whenEmpty: 'No red flag recorded.',
        description: 'Red flags recorded in the session (signs that call for a medical referral).',
        derivation: `The session's red-flag codes, sorted alphabetically, joined by '${CODE_LIST_SEPARATOR}'.`,
        sql: () => 'r.red_flags',
      },
      {
        name: 'mme_factor_table',
        type: 'code',
        unit: null,
        allowedValues: codes(MmeFactorTable),
        range: null,
        whenEmpty: 'No medication report on or before the session day.',
        description: 'The opioid conversion-factor table daily_mme was computed with (CDC_2022, or the older VON_KORFF_2008).',
        derivation: 'Stored with the medication report daily_mme comes from.',
        sql: () => 'r.factor_table',
      },
    ],
  },
];

/** Sessions file: one row per treatment session of a released episode, in this order. */
export const SESSION_COLUMNS: readonly ExportColumn[] = SESSION_RECORD_PARTS.flatMap((part) => part.columns);

/** Episodes file: one row per released episode, in this order. */
export const EPISODE_COLUMNS: readonly ExportColumn[] = [
  STUDY_PATIENT,
  STUDY_EPISODE,
  {
    name: 'study_therapist_id',
    type: 'study id',
    unit: null,
    allowedValues: null,
    range: null,
    whenEmpty: 'Withheld: the therapist treats fewer than k of the patients in this export.',
    description: 'The treating therapist, as a study id of this export.',
    derivation:
      "'T' followed by a number from a random permutation drawn for this export; given only to therapists with at least " +
      'k distinct released patients in this export.',
    sql: () => `CASE WHEN x.study_therapist_id IS NULL THEN NULL ELSE 'T' || x.study_therapist_id END`,
  },
  {
    name: 'age_band',
    type: 'code',
    unit: 'years',
    allowedValues: AGE_BANDS,
    range: null,
    whenEmpty: null,
    description: "The patient's age at the episode start, in 5-year bands; everyone 90 or older is '90+'. A quasi-identifier.",
    derivation: 'Whole years from the birth date to the episode start date, then banded. The birth date is not exported.',
    sql: () => 'x.age_band',
  },
  {
    name: 'sex',
    type: 'code',
    unit: null,
    allowedValues: codes(Sex),
    range: null,
    whenEmpty: null,
    description: 'Sex as recorded for the patient. A quasi-identifier.',
    derivation: 'As recorded.',
    sql: () => 'x.sex',
  },
  CONDITION,
  CAUSE,
  {
    name: 'start_year',
    type: 'integer',
    unit: 'calendar year',
    allowedValues: null,
    range: null,
    whenEmpty: 'Generalized away: with its year, the episode would be in a class of fewer than k patients.',
    description: 'Calendar year the episode started: the only calendar information exported. A quasi-identifier.',
    derivation: 'Year of the episode start date; dropped where k-anonymity needs it (see the manifest).',
    sql: () => 'x.start_year',
  },
  FREQUENCY,
  {
    name: 'status',
    type: 'code',
    unit: null,
    allowedValues: codes(EpisodeStatus),
    range: null,
    whenEmpty: null,
    description: 'ACTIVE (in care), DISCHARGED (care completed) or DROPPED_OUT (stopped early): drop-outs are data.',
    derivation: 'As recorded when the file was made.',
    sql: () => 'e.status',
  },
  {
    name: 'symptom_duration_weeks',
    type: 'integer',
    unit: 'weeks',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: null,
    description: 'How long the symptoms had lasted at intake.',
    derivation: 'As recorded at intake.',
    sql: () => 'e.symptom_duration_weeks',
  },
  {
    name: 'end_day_offset',
    type: 'integer',
    unit: 'days',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'The episode has no end date (still active).',
    description: 'When the episode ended, in days from its start.',
    derivation: 'End date minus start date, in days.',
    sql: ({ dialect }) => `CASE WHEN e.end_date IS NULL THEN NULL ELSE ${dialect.daysBetween('e.start_date', 'e.end_date')} END`,
  },
  {
    name: 'session_count',
    type: 'integer',
    unit: 'sessions',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: null,
    description: 'Treatment sessions recorded in the episode (its rows in the sessions file).',
    derivation: 'Count of the episode’s sessions.',
    sql: () => 'COALESCE(o.session_count, 0)',
  },
  {
    name: 'last_session_day_offset',
    type: 'integer',
    unit: 'days',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'No session yet.',
    description: 'Day offset of the last session.',
    derivation: 'day_offset of the last session by date.',
    sql: () => 'o.last_day_index',
  },
  {
    name: 'baseline_pain',
    type: 'integer',
    unit: 'NPRS points (0-10)',
    allowedValues: null,
    range: { min: PAIN_MIN, max: PAIN_MAX },
    whenEmpty: 'No session yet.',
    description: 'Baseline pain: pain_before of the first session.',
    derivation: 'pain_before of the first session by date.',
    sql: () => 'o.baseline_pain',
  },
  {
    name: 'latest_pain',
    type: 'integer',
    unit: 'NPRS points (0-10)',
    allowedValues: null,
    range: { min: PAIN_MIN, max: PAIN_MAX },
    whenEmpty: 'No session yet.',
    description: 'Latest pain: pain_before of the last session.',
    derivation: 'pain_before of the last session by date.',
    sql: () => 'o.latest_pain',
  },
  {
    name: 'response_day_offset',
    type: 'integer',
    unit: 'days',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'No response (yet): censored at last_session_day_offset.',
    description: 'When the episode first met the responder rule: pain at least 2 points and at least 30 % below baseline.',
    derivation: 'day_offset of the first session with pain_before <= baseline - 2 and pain_before <= 0.7 x baseline.',
    sql: () => 'o.response_day_index',
  },
  {
    name: 'baseline_daily_mme',
    type: 'decimal',
    unit: 'MME/day',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'No medication report in the episode.',
    description: 'Opioid intake at the first medication report of the episode.',
    derivation: 'daily MME of the first report by date (its conversion table: see the manifest, mmeFactorTables).',
    sql: ({ dialect }) => dialect.decimalText('o.baseline_mme'),
  },
  {
    name: 'latest_daily_mme',
    type: 'decimal',
    unit: 'MME/day',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'No medication report in the episode.',
    description: 'Opioid intake at the last medication report of the episode.',
    derivation: 'daily MME of the last report by date.',
    sql: ({ dialect }) => dialect.decimalText('o.latest_mme'),
  },
  {
    name: 'baseline_non_opioid_doses_per_week',
    type: 'decimal',
    unit: 'doses/week',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'No medication report in the episode.',
    description: 'Non-opioid analgesic doses per week at the first medication report, all classes together.',
    derivation: 'Sum over classes of the first report by date.',
    sql: ({ dialect }) => dialect.decimalText('o.baseline_non_opioid_doses'),
  },
  {
    name: 'latest_non_opioid_doses_per_week',
    type: 'decimal',
    unit: 'doses/week',
    allowedValues: null,
    range: NON_NEGATIVE,
    whenEmpty: 'No medication report in the episode.',
    description: 'Non-opioid analgesic doses per week at the last medication report, all classes together.',
    derivation: 'Sum over classes of the last report by date.',
    sql: ({ dialect }) => dialect.decimalText('o.latest_non_opioid_doses'),
  },
];

export const FILE_COLUMNS: Readonly<Record<ExportFile, readonly ExportColumn[]>> = {
  [ExportFile.SESSIONS]: SESSION_COLUMNS,
  [ExportFile.EPISODES]: EPISODE_COLUMNS,
};

/** The quasi-identifiers checked for k-anonymity, as column names of the episodes file. */
export const QUASI_IDENTIFIERS: readonly string[] = ['age_band', 'sex', 'condition', 'suspected_cause', 'start_year'];
