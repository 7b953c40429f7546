/* eslint-disable */
import type { BodyRegion } from '@outcomes/models';
import type { Condition } from '@outcomes/models';
import type { EpisodeStatus } from '@outcomes/models';
import type { Frequency } from '@outcomes/models';
import type { MmeFactorTable } from '@outcomes/models';
import type { NonOpioidClass } from '@outcomes/models';
import type { OpioidDrug } from '@outcomes/models';
import type { Position } from '@outcomes/models';
import type { RedFlag } from '@outcomes/models';
import type { ReferralDestination } from '@outcomes/models';
import type { Role } from '@outcomes/models';
import type { Sex } from '@outcomes/models';
import type { SuspectedCause } from '@outcomes/models';
import type { Technique } from '@outcomes/models';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** The real gaps between consecutive sessions against the planned gap. */
export type Adherence = {
  __typename?: 'Adherence';
  /** Gaps between consecutive sessions observed. */
  gaps: Scalars['Int']['output'];
  medianGapDays?: Maybe<Scalars['Float']['output']>;
  plannedFrequency: Frequency;
  plannedGapDays: Scalars['Int']['output'];
};

export type AnalyticsFilter = {
  causes?: InputMaybe<Array<SuspectedCause>>;
  conditions?: InputMaybe<Array<Condition>>;
  frequencies?: InputMaybe<Array<Frequency>>;
  /** Episodes that started on or after this date. */
  startedFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Episodes that started on or before this date. */
  startedTo?: InputMaybe<Scalars['LocalDate']['input']>;
  statuses?: InputMaybe<Array<EpisodeStatus>>;
  /** Episodes in any of these techniques’ cohorts (used in at least half the sessions). */
  techniques?: InputMaybe<Array<Technique>>;
  therapistIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actorRole?: Maybe<Scalars['String']['output']>;
  actorUserId?: Maybe<Scalars['ID']['output']>;
  detail?: Maybe<Scalars['JSONObject']['output']>;
  id: Scalars['ID']['output'];
  objectId?: Maybe<Scalars['String']['output']>;
  objectType?: Maybe<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** Actions starting with this, e.g. "login." or "patient". */
  actionPrefix?: InputMaybe<Scalars['String']['input']>;
  /** Events of this user. */
  actorUserId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. patient, episode, treatment_session, user. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  /** Events at or after this instant. */
  occurredFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events before this instant. */
  occurredTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export { BodyRegion };

export type CaseloadEntry = {
  __typename?: 'CaseloadEntry';
  baselinePain?: Maybe<Scalars['Int']['output']>;
  episodeId: Scalars['ID']['output'];
  failureToProgress: Scalars['Boolean']['output'];
  lastSessionDate?: Maybe<Scalars['LocalDate']['output']>;
  latestPain?: Maybe<Scalars['Int']['output']>;
  /** Last session (or the start) + the planned gap. */
  nextDueDate: Scalars['LocalDate']['output'];
  overdue: Scalars['Boolean']['output'];
  /** latest − baseline. */
  painChange?: Maybe<Scalars['Int']['output']>;
  patientId: Scalars['ID']['output'];
  patientName: Scalars['String']['output'];
  plannedFrequency: Frequency;
  redFlag: Scalars['Boolean']['output'];
  sessionCount: Scalars['Int']['output'];
  /** Mean pre-session pain per week, for a sparkline. */
  weeklyPain: Array<WeeklyPain>;
};

/** How analytics split episodes into cohorts. */
export enum CohortDimension {
  CAUSE = 'CAUSE',
  FREQUENCY = 'FREQUENCY',
  NONE = 'NONE',
  SEVERITY = 'SEVERITY',
  SYMPTOM_DURATION = 'SYMPTOM_DURATION',
  TECHNIQUE = 'TECHNIQUE',
  THERAPIST = 'THERAPIST'
}

export type CohortMedication = {
  __typename?: 'CohortMedication';
  cohort: Scalars['String']['output'];
  label: Scalars['String']['output'];
  nonOpioidTrend: Array<ReductionPoint>;
  /** Non-opioid analgesics, in doses per week (all classes). */
  nonOpioids: ReductionSummary;
  /** Opioid reduction by week since the episode started. */
  opioidTrend: Array<ReductionPoint>;
  /** Opioids, in MME/day: first report = baseline, last = latest. */
  opioids: ReductionSummary;
  /** True when its n is 10 or less for a researcher (or it would reveal such a cell): figures are null. */
  suppressed: Scalars['Boolean']['output'];
};

export type CohortOutcome = {
  __typename?: 'CohortOutcome';
  active?: Maybe<Scalars['Int']['output']>;
  adherence?: Maybe<Array<Adherence>>;
  cohort: Scalars['String']['output'];
  discharged?: Maybe<Scalars['Int']['output']>;
  /** Drop-outs are counted, never left out. */
  droppedOut?: Maybe<Scalars['Int']['output']>;
  /** Episodes with at least 2 sessions and a baseline of at least 2: the denominator of the rates. */
  eligible?: Maybe<Scalars['Int']['output']>;
  episodes?: Maybe<Scalars['Int']['output']>;
  /** Excluded: baseline below 2, which cannot show a 2-point improvement. */
  excludedLowBaseline?: Maybe<Scalars['Int']['output']>;
  /** Excluded: fewer than 2 sessions. */
  excludedSingleSession?: Maybe<Scalars['Int']['output']>;
  /** 4 or more sessions and not a responder. */
  failureToProgress?: Maybe<Scalars['Int']['output']>;
  /** Over eligible episodes with 4 or more sessions. */
  failureToProgressRate?: Maybe<Scalars['Float']['output']>;
  label: Scalars['String']['output'];
  /** Active episodes whose last session (or start) is older than the planned gap + 3 days. */
  overdue?: Maybe<Scalars['Int']['output']>;
  /** Latest − baseline, in NPRS points, over eligible episodes. */
  painChange?: Maybe<Distribution>;
  /** (latest − baseline) / baseline × 100, over eligible episodes. */
  percentChange?: Maybe<Distribution>;
  responderRate?: Maybe<Scalars['Float']['output']>;
  /** Latest ≤ baseline − 2 and latest ≤ 0.7 × baseline. */
  responders?: Maybe<Scalars['Int']['output']>;
  sessions?: Maybe<Scalars['Int']['output']>;
  substantialRate?: Maybe<Scalars['Float']['output']>;
  /** Responders with latest ≤ 0.5 × baseline (≥ 50 %). */
  substantialResponders?: Maybe<Scalars['Int']['output']>;
  /** True when its n is 10 or less for a researcher (or it would reveal such a cell): figures are null. */
  suppressed: Scalars['Boolean']['output'];
};

export type CohortTimeToResponse = {
  __typename?: 'CohortTimeToResponse';
  /** Episodes that had not responded by their last session, drop-outs included. */
  censored?: Maybe<Scalars['Int']['output']>;
  cohort: Scalars['String']['output'];
  episodes?: Maybe<Scalars['Int']['output']>;
  events?: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  /** Smallest day with S ≤ 0.5; null if never reached. */
  medianDays?: Maybe<Scalars['Int']['output']>;
  steps: Array<SurvivalStep>;
  /** True when its n is 10 or less for a researcher (or it would reveal such a cell): figures are null. */
  suppressed: Scalars['Boolean']['output'];
};

export type CohortTrajectory = {
  __typename?: 'CohortTrajectory';
  cohort: Scalars['String']['output'];
  /** Episodes with at least one session in this cohort. */
  episodes?: Maybe<Scalars['Int']['output']>;
  label: Scalars['String']['output'];
  points: Array<TrajectoryPoint>;
  /** True when its n is 10 or less for a researcher (or it would reveal such a cell): figures are null. */
  suppressed: Scalars['Boolean']['output'];
};

export { Condition };

export type CreatePatientInput = {
  birthDate: Scalars['LocalDate']['input'];
  name: Scalars['String']['input'];
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Owners choose; a therapist creating a patient becomes theirs. */
  primaryTherapistId?: InputMaybe<Scalars['ID']['input']>;
  sex: Sex;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};

/** n, mean, sample SD, median and the 95 % CI of the mean: mean ± t(0.975, n−1)·SD/√n (null when n < 2). */
export type Distribution = {
  __typename?: 'Distribution';
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  sd?: Maybe<Scalars['Float']['output']>;
};

export type EndEpisodeInput = {
  endDate: Scalars['LocalDate']['input'];
  id: Scalars['ID']['input'];
};

export type Episode = {
  __typename?: 'Episode';
  condition: Condition;
  endDate?: Maybe<Scalars['LocalDate']['output']>;
  id: Scalars['ID']['output'];
  /** Medication reports in date order. */
  medicationReports: Array<MedicationReport>;
  /** Questionnaire scores (ODI) in date order. */
  outcomeMeasures: Array<OutcomeMeasure>;
  patient?: Maybe<Patient>;
  patientId: Scalars['ID']['output'];
  /** WEEKLY, or BIWEEKLY = every other week (every 14 days). */
  plannedFrequency: Frequency;
  /** Sessions in date order. */
  sessions: Array<TreatmentSession>;
  startDate: Scalars['LocalDate']['output'];
  status: EpisodeStatus;
  suspectedCause: SuspectedCause;
  /** How long the symptoms had lasted at intake, in weeks. */
  symptomDurationWeeks: Scalars['Int']['output'];
  therapist?: Maybe<User>;
  therapistId: Scalars['ID']['output'];
};

export { EpisodeStatus };

export type Estimate = {
  __typename?: 'Estimate';
  ciHigh: Scalars['Float']['output'];
  ciLow: Scalars['Float']['output'];
  estimate: Scalars['Float']['output'];
  standardError: Scalars['Float']['output'];
};

export { Frequency };

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type MedicationReport = {
  __typename?: 'MedicationReport';
  /** Total opioid MME/day of the report. */
  dailyMme: Scalars['Float']['output'];
  dayIndex: Scalars['Int']['output'];
  episodeId: Scalars['ID']['output'];
  /** The conversion-factor table dailyMme was computed with. */
  factorTable: MmeFactorTable;
  id: Scalars['ID']['output'];
  nonOpioids: Array<NonOpioidDoses>;
  opioids: Array<OpioidItem>;
  reportDate: Scalars['LocalDate']['output'];
};

export type MedicationTrend = {
  __typename?: 'MedicationTrend';
  /** The field’s headline: about a third less pain medication (0.33). */
  benchmark: Scalars['Float']['output'];
  cohorts: Array<CohortMedication>;
  groupBy: CohortDimension;
};

export { MmeFactorTable };

export type Mutation = {
  __typename?: 'Mutation';
  createPatient: Patient;
  createUser: User;
  deleteSession: Scalars['Boolean']['output'];
  dischargeEpisode: Episode;
  /** Logs in; the session travels in an httpOnly cookie. */
  login: User;
  /** Ends the session: the cookie stops working at once. */
  logout: Scalars['Boolean']['output'];
  /** The patient stopped coming: the episode ends as a drop-out, which analytics count. */
  markEpisodeDroppedOut: Episode;
  openEpisode: Episode;
  /** Records (or replaces) the medication report of an episode for a date. */
  recordMedicationReport: MedicationReport;
  /** Records an Oswestry Disability Index; the score is computed here. */
  recordOdi: OutcomeMeasure;
  /** Records the referral that answers a red-flag alert, closing it. */
  recordReferral: Referral;
  /** Records a session. Idempotent: the same clientRequestId again returns the stored session. */
  recordSession: TreatmentSession;
  updateEpisode: Episode;
  updatePatient: Patient;
  /** Changes a session; CONFLICT when expectedVersion is stale. */
  updateSession: TreatmentSession;
  /** Renames, changes the role of, or deactivates a user. */
  updateUser: User;
};


export type MutationCreatePatientArgs = {
  input: CreatePatientInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDeleteSessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDischargeEpisodeArgs = {
  input: EndEpisodeInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationMarkEpisodeDroppedOutArgs = {
  input: EndEpisodeInput;
};


export type MutationOpenEpisodeArgs = {
  input: OpenEpisodeInput;
};


export type MutationRecordMedicationReportArgs = {
  input: RecordMedicationReportInput;
};


export type MutationRecordOdiArgs = {
  input: RecordOdiInput;
};


export type MutationRecordReferralArgs = {
  input: RecordReferralInput;
};


export type MutationRecordSessionArgs = {
  input: RecordSessionInput;
};


export type MutationUpdateEpisodeArgs = {
  input: UpdateEpisodeInput;
};


export type MutationUpdatePatientArgs = {
  input: UpdatePatientInput;
};


export type MutationUpdateSessionArgs = {
  input: UpdateSessionInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};

export { NonOpioidClass };

export type NonOpioidDoses = {
  __typename?: 'NonOpioidDoses';
  dosesPerWeek: Scalars['Float']['output'];
  drugClass: NonOpioidClass;
};

export type NonOpioidDosesInput = {
  dosesPerWeek: Scalars['Float']['input'];
  drugClass: NonOpioidClass;
};

export type OpenEpisodeInput = {
  condition: Condition;
  patientId: Scalars['ID']['input'];
  plannedFrequency: Frequency;
  startDate: Scalars['LocalDate']['input'];
  suspectedCause: SuspectedCause;
  symptomDurationWeeks: Scalars['Int']['input'];
  /** Owners choose; a therapist opening an episode treats it. */
  therapistId?: InputMaybe<Scalars['ID']['input']>;
};

export { OpioidDrug };

export type OpioidItem = {
  __typename?: 'OpioidItem';
  /** strength x doses per day (mg/day; mcg/hr for fentanyl patches). */
  dailyDose: Scalars['Float']['output'];
  /** Morphine milligram equivalents per day: daily dose x factor. */
  dailyMme: Scalars['Float']['output'];
  dosesPerDay: Scalars['Float']['output'];
  drug: OpioidDrug;
  /** Strength per dose: mg, or mcg/hr for transdermal fentanyl. */
  strength: Scalars['Float']['output'];
};

export type OpioidItemInput = {
  /** Doses per day; 1 for a fentanyl patch. */
  dosesPerDay: Scalars['Float']['input'];
  drug: OpioidDrug;
  /** mg per dose; mcg/hr for transdermal fentanyl. */
  strength: Scalars['Float']['input'];
};

export enum OutcomeInstrument {
  ODI = 'ODI'
}

export type OutcomeMeasure = {
  __typename?: 'OutcomeMeasure';
  /** Section answers 0-5, null where unanswered. */
  answers: Array<Maybe<Scalars['Int']['output']>>;
  dayIndex: Scalars['Int']['output'];
  episodeId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  instrument: OutcomeInstrument;
  measuredOn: Scalars['LocalDate']['output'];
  /** ODI 0-100. */
  score: Scalars['Float']['output'];
};

export type OutcomeSummary = {
  __typename?: 'OutcomeSummary';
  cohorts: Array<CohortOutcome>;
  groupBy: CohortDimension;
  /** Red-flag alerts without a referral among these episodes. */
  openRedFlags?: Maybe<Scalars['Int']['output']>;
  /** All episodes matching the filter. */
  total: CohortOutcome;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type Patient = {
  __typename?: 'Patient';
  birthDate: Scalars['LocalDate']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Episodes in your scope, newest first. */
  episodes: Array<Episode>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  postalCode?: Maybe<Scalars['String']['output']>;
  primaryTherapist?: Maybe<User>;
  primaryTherapistId: Scalars['ID']['output'];
  sex: Sex;
};

export type PatientConnection = {
  __typename?: 'PatientConnection';
  edges: Array<PatientEdge>;
  pageInfo: PageInfo;
};

export type PatientEdge = {
  __typename?: 'PatientEdge';
  cursor: Scalars['String']['output'];
  node: Patient;
};

export { Position };

export type Query = {
  __typename?: 'Query';
  /** The clinic’s audit trail, newest first: who saw and changed what. */
  auditEvents: AuditEventConnection;
  /** Your active episodes, with flags: red flag, failure to progress, overdue. */
  caseload: Array<CaseloadEntry>;
  episode: Episode;
  /** A patient’s episodes in your scope, newest first. */
  episodes: Array<Episode>;
  /** The logged-in user. */
  me: User;
  /** Pain-medication reduction against the 33 % benchmark. */
  medicationTrend: MedicationTrend;
  /** Red-flag alerts still waiting for a referral, oldest first. */
  openRedFlagAlerts: Array<RedFlagAlert>;
  /** Episodes, responders (≥ 30 %, ≥ 50 %), pain change, adherence, overdue and open red flags. */
  outcomeSummary: OutcomeSummary;
  patient: Patient;
  /** Patients in your scope, by name; search matches part of the name. */
  patients: PatientConnection;
  /** Therapists raw and risk-adjusted (OLS on baseline, age, duration, cause). */
  therapistComparison: TherapistComparison;
  /** Kaplan–Meier time to response; drop-outs censored, never discarded. */
  timeToResponse: TimeToResponse;
  /** Pre-session pain by week since the episode started, with 95 % intervals. */
  trajectory: Trajectory;
  /** The clinic’s users. */
  users: Array<User>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEpisodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEpisodesArgs = {
  patientId: Scalars['ID']['input'];
};


export type QueryMedicationTrendArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy?: CohortDimension;
};


export type QueryOutcomeSummaryArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy?: CohortDimension;
};


export type QueryPatientArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPatientsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryTherapistComparisonArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
};


export type QueryTimeToResponseArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy?: CohortDimension;
};


export type QueryTrajectoryArgs = {
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy?: CohortDimension;
};

export type RecordMedicationReportInput = {
  episodeId: Scalars['ID']['input'];
  nonOpioids?: Array<NonOpioidDosesInput>;
  opioids?: Array<OpioidItemInput>;
  reportDate: Scalars['LocalDate']['input'];
};

export type RecordOdiInput = {
  /** The 10 section answers, 0-5; null where unanswered (at most 2). */
  answers: Array<InputMaybe<Scalars['Int']['input']>>;
  episodeId: Scalars['ID']['input'];
  measuredOn: Scalars['LocalDate']['input'];
};

export type RecordReferralInput = {
  alertId: Scalars['ID']['input'];
  destination: ReferralDestination;
  notes?: InputMaybe<Scalars['String']['input']>;
  referredOn: Scalars['LocalDate']['input'];
};

export type RecordSessionInput = {
  /** Generated by the client once per session; a retry with the same id stores nothing new. */
  clientRequestId: Scalars['String']['input'];
  episodeId: Scalars['ID']['input'];
  minutes: Scalars['Int']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  /** NPRS 0-10 after the session. */
  painAfter?: InputMaybe<Scalars['Int']['input']>;
  /** NPRS 0-10 before the session. */
  painBefore: Scalars['Int']['input'];
  position?: InputMaybe<Position>;
  redFlags?: Array<RedFlag>;
  regions?: Array<BodyRegion>;
  sessionDate: Scalars['LocalDate']['input'];
  techniques: Array<Technique>;
};

export { RedFlag };

export type RedFlagAlert = {
  __typename?: 'RedFlagAlert';
  createdAt: Scalars['DateTime']['output'];
  episode?: Maybe<Episode>;
  episodeId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  raisedOn: Scalars['LocalDate']['output'];
  redFlags: Array<RedFlag>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A cauda equina sign: refer the same day. */
  sameDayReferral: Scalars['Boolean']['output'];
  sessionId: Scalars['ID']['output'];
};

export type ReductionPoint = {
  __typename?: 'ReductionPoint';
  /** Reduction from baseline in % (positive = less), per episode with a report that week. */
  reduction?: Maybe<Distribution>;
  suppressed: Scalars['Boolean']['output'];
  week: Scalars['Int']['output'];
};

export type ReductionSummary = {
  __typename?: 'ReductionSummary';
  meanReduction?: Maybe<Scalars['Float']['output']>;
  /** Median of (baseline − latest) / baseline, as a fraction. */
  medianReduction?: Maybe<Scalars['Float']['output']>;
  /** Episodes with a baseline above 0. */
  n?: Maybe<Scalars['Int']['output']>;
  /** Share reduced by at least 30 %. */
  shareReducedAtLeast30?: Maybe<Scalars['Float']['output']>;
  /** Share that stopped (latest = 0). */
  shareStopped?: Maybe<Scalars['Float']['output']>;
};

export type Referral = {
  __typename?: 'Referral';
  alertId: Scalars['ID']['output'];
  destination: ReferralDestination;
  id: Scalars['ID']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  recordedById: Scalars['ID']['output'];
  referredOn: Scalars['LocalDate']['output'];
};

export { ReferralDestination };

export type RegressionCoefficient = {
  __typename?: 'RegressionCoefficient';
  ciHigh: Scalars['Float']['output'];
  ciLow: Scalars['Float']['output'];
  estimate: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  standardError: Scalars['Float']['output'];
};

export { Role };

export { Sex };

export type SurvivalStep = {
  __typename?: 'SurvivalStep';
  atRisk: Scalars['Int']['output'];
  censored: Scalars['Int']['output'];
  ciHigh?: Maybe<Scalars['Float']['output']>;
  ciLow?: Maybe<Scalars['Float']['output']>;
  /** Day since the episode started. */
  day: Scalars['Int']['output'];
  events: Scalars['Int']['output'];
  /** Share not yet responded, S(t). */
  survival: Scalars['Float']['output'];
};

export { SuspectedCause };

export { Technique };

export type TherapistComparison = {
  __typename?: 'TherapistComparison';
  /** Why no adjusted figures could be fitted, when they could not. */
  adjustmentUnavailable?: Maybe<Scalars['String']['output']>;
  /** OLS of change on baseline, age band, symptom duration band, cause and therapist. */
  coefficients: Array<RegressionCoefficient>;
  n: Scalars['Int']['output'];
  rSquared?: Maybe<Scalars['Float']['output']>;
  /** The therapist the adjusted differences are measured from (the one with most eligible episodes). */
  referenceTherapistId?: Maybe<Scalars['ID']['output']>;
  therapists: Array<TherapistOutcome>;
};

export type TherapistOutcome = {
  __typename?: 'TherapistOutcome';
  /** Predicted change for this therapist at the clinic’s average case mix. */
  adjustedChange?: Maybe<Estimate>;
  /** Adjusted difference from the reference therapist. */
  adjustedDifference?: Maybe<Estimate>;
  displayName: Scalars['String']['output'];
  episodes: Scalars['Int']['output'];
  /** Raw latest − baseline over eligible episodes. */
  rawChange: Distribution;
  responderRate?: Maybe<Scalars['Float']['output']>;
  therapistId: Scalars['ID']['output'];
};

export type TimeToResponse = {
  __typename?: 'TimeToResponse';
  cohorts: Array<CohortTimeToResponse>;
  groupBy: CohortDimension;
};

export type Trajectory = {
  __typename?: 'Trajectory';
  cohorts: Array<CohortTrajectory>;
  groupBy: CohortDimension;
};

export type TrajectoryPoint = {
  __typename?: 'TrajectoryPoint';
  /** The same per-episode week value minus the episode’s baseline. */
  change?: Maybe<Distribution>;
  /** Pre-session pain (NPRS 0–10); each episode counts once, with the mean of its sessions that week. */
  pain?: Maybe<Distribution>;
  /** True when n <= 10 for a researcher (or to protect such a cell): figures are null. */
  suppressed: Scalars['Boolean']['output'];
  /** Week since the episode started: floor(dayIndex / 7). */
  week: Scalars['Int']['output'];
};

export type TreatmentSession = {
  __typename?: 'TreatmentSession';
  clientRequestId: Scalars['String']['output'];
  /** Days from the episode start date to the session date. */
  dayIndex: Scalars['Int']['output'];
  episodeId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  minutes: Scalars['Int']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  /** NPRS 0-10 after the session (immediate effect). */
  painAfter?: Maybe<Scalars['Int']['output']>;
  /** NPRS 0-10 before the session. */
  painBefore: Scalars['Int']['output'];
  position?: Maybe<Position>;
  redFlags: Array<RedFlag>;
  regions: Array<BodyRegion>;
  sessionDate: Scalars['LocalDate']['output'];
  techniques: Array<Technique>;
  therapistId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type UpdateEpisodeInput = {
  condition?: InputMaybe<Condition>;
  id: Scalars['ID']['input'];
  plannedFrequency?: InputMaybe<Frequency>;
  suspectedCause?: InputMaybe<SuspectedCause>;
  symptomDurationWeeks?: InputMaybe<Scalars['Int']['input']>;
  /** Owners only. */
  therapistId?: InputMaybe<Scalars['ID']['input']>;
};

export type UpdatePatientInput = {
  birthDate?: InputMaybe<Scalars['LocalDate']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Owners only. */
  primaryTherapistId?: InputMaybe<Scalars['ID']['input']>;
  sex?: InputMaybe<Sex>;
};

export type UpdateSessionInput = {
  /** The version read; a stale version is refused with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  minutes?: InputMaybe<Scalars['Int']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  painAfter?: InputMaybe<Scalars['Int']['input']>;
  painBefore?: InputMaybe<Scalars['Int']['input']>;
  position?: InputMaybe<Position>;
  redFlags?: InputMaybe<Array<RedFlag>>;
  regions?: InputMaybe<Array<BodyRegion>>;
  sessionDate?: InputMaybe<Scalars['LocalDate']['input']>;
  techniques?: InputMaybe<Array<Technique>>;
};

export type UpdateUserInput = {
  /** false deactivates: the user can no longer log in. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
};

export type User = {
  __typename?: 'User';
  active: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  role: Role;
};

export type WeeklyPain = {
  __typename?: 'WeeklyPain';
  meanPain: Scalars['Float']['output'];
  week: Scalars['Int']['output'];
};

export type OutcomeSummaryQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy: CohortDimension;
}>;


export type OutcomeSummaryQuery = { __typename?: 'Query', outcomeSummary: { __typename?: 'OutcomeSummary', groupBy: CohortDimension, openRedFlags?: number | null, total: { __typename?: 'CohortOutcome', cohort: string, label: string, suppressed: boolean, episodes?: number | null, active?: number | null, discharged?: number | null, droppedOut?: number | null, sessions?: number | null, eligible?: number | null, excludedLowBaseline?: number | null, excludedSingleSession?: number | null, responders?: number | null, responderRate?: number | null, substantialResponders?: number | null, substantialRate?: number | null, failureToProgress?: number | null, failureToProgressRate?: number | null, overdue?: number | null, painChange?: { __typename?: 'Distribution', n: number, mean?: number | null, ciLow?: number | null, ciHigh?: number | null } | null, percentChange?: { __typename?: 'Distribution', n: number, mean?: number | null, median?: number | null } | null }, cohorts: Array<{ __typename?: 'CohortOutcome', cohort: string, label: string, suppressed: boolean, episodes?: number | null, active?: number | null, discharged?: number | null, droppedOut?: number | null, sessions?: number | null, eligible?: number | null, excludedLowBaseline?: number | null, excludedSingleSession?: number | null, responders?: number | null, responderRate?: number | null, substantialResponders?: number | null, substantialRate?: number | null, failureToProgress?: number | null, failureToProgressRate?: number | null, overdue?: number | null, painChange?: { __typename?: 'Distribution', n: number, mean?: number | null, ciLow?: number | null, ciHigh?: number | null } | null, percentChange?: { __typename?: 'Distribution', n: number, mean?: number | null, median?: number | null } | null }> } };

export type CohortOutcomeFieldsFragment = { __typename?: 'CohortOutcome', cohort: string, label: string, suppressed: boolean, episodes?: number | null, active?: number | null, discharged?: number | null, droppedOut?: number | null, sessions?: number | null, eligible?: number | null, excludedLowBaseline?: number | null, excludedSingleSession?: number | null, responders?: number | null, responderRate?: number | null, substantialResponders?: number | null, substantialRate?: number | null, failureToProgress?: number | null, failureToProgressRate?: number | null, overdue?: number | null, painChange?: { __typename?: 'Distribution', n: number, mean?: number | null, ciLow?: number | null, ciHigh?: number | null } | null, percentChange?: { __typename?: 'Distribution', n: number, mean?: number | null, median?: number | null } | null };

export type CohortTrajectoryQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy: CohortDimension;
}>;


export type CohortTrajectoryQuery = { __typename?: 'Query', trajectory: { __typename?: 'Trajectory', groupBy: CohortDimension, cohorts: Array<{ __typename?: 'CohortTrajectory', cohort: string, label: string, episodes?: number | null, suppressed: boolean, points: Array<{ __typename?: 'TrajectoryPoint', week: number, suppressed: boolean, pain?: { __typename?: 'Distribution', n: number, mean?: number | null, sd?: number | null, ciLow?: number | null, ciHigh?: number | null } | null }> }> } };

export type MedicationTrendQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy: CohortDimension;
}>;


export type MedicationTrendQuery = { __typename?: 'Query', medicationTrend: { __typename?: 'MedicationTrend', groupBy: CohortDimension, benchmark: number, cohorts: Array<{ __typename?: 'CohortMedication', cohort: string, label: string, suppressed: boolean, opioids: { __typename?: 'ReductionSummary', n?: number | null, medianReduction?: number | null, meanReduction?: number | null, shareReducedAtLeast30?: number | null, shareStopped?: number | null }, nonOpioids: { __typename?: 'ReductionSummary', n?: number | null, medianReduction?: number | null }, opioidTrend: Array<{ __typename?: 'ReductionPoint', week: number, suppressed: boolean, reduction?: { __typename?: 'Distribution', n: number, median?: number | null, mean?: number | null, ciLow?: number | null, ciHigh?: number | null } | null }> }> } };

export type TimeToResponseQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
  groupBy: CohortDimension;
}>;


export type TimeToResponseQuery = { __typename?: 'Query', timeToResponse: { __typename?: 'TimeToResponse', groupBy: CohortDimension, cohorts: Array<{ __typename?: 'CohortTimeToResponse', cohort: string, label: string, suppressed: boolean, episodes?: number | null, events?: number | null, censored?: number | null, medianDays?: number | null, steps: Array<{ __typename?: 'SurvivalStep', day: number, atRisk: number, events: number, censored: number, survival: number, ciLow?: number | null, ciHigh?: number | null }> }> } };

export type TherapistComparisonQueryVariables = Exact<{
  filter?: InputMaybe<AnalyticsFilter>;
}>;


export type TherapistComparisonQuery = { __typename?: 'Query', therapistComparison: { __typename?: 'TherapistComparison', n: number, rSquared?: number | null, adjustmentUnavailable?: string | null, referenceTherapistId?: string | null, therapists: Array<{ __typename?: 'TherapistOutcome', therapistId: string, displayName: string, episodes: number, responderRate?: number | null, rawChange: { __typename?: 'Distribution', n: number, mean?: number | null, ciLow?: number | null, ciHigh?: number | null }, adjustedChange?: { __typename?: 'Estimate', estimate: number, ciLow: number, ciHigh: number } | null, adjustedDifference?: { __typename?: 'Estimate', estimate: number, ciLow: number, ciHigh: number } | null }> } };

export type CaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseloadQuery = { __typename?: 'Query', caseload: Array<{ __typename?: 'CaseloadEntry', episodeId: string, patientId: string, patientName: string, plannedFrequency: Frequency, sessionCount: number, baselinePain?: number | null, latestPain?: number | null, painChange?: number | null, lastSessionDate?: string | null, nextDueDate: string, overdue: boolean, redFlag: boolean, failureToProgress: boolean, weeklyPain: Array<{ __typename?: 'WeeklyPain', week: number, meanPain: number }> }> };

export type TherapistOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type TherapistOptionsQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, role: Role, active: boolean }> };

export type AuditEventsQueryVariables = Exact<{
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', edges: Array<{ __typename?: 'AuditEventEdge', cursor: string, node: { __typename?: 'AuditEvent', id: string, occurredAt: string, actorUserId?: string | null, actorRole?: string | null, action: string, objectType?: string | null, objectId?: string | null, detail?: Record<string, unknown> | null } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, displayName: string, email: string, role: Role } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'User', id: string, displayName: string, email: string, role: Role } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type MedicationReportFieldsFragment = { __typename?: 'MedicationReport', id: string, reportDate: string, dayIndex: number, dailyMme: number, factorTable: MmeFactorTable, opioids: Array<{ __typename?: 'OpioidItem', drug: OpioidDrug, strength: number, dosesPerDay: number, dailyMme: number }>, nonOpioids: Array<{ __typename?: 'NonOpioidDoses', drugClass: NonOpioidClass, dosesPerWeek: number }> };

export type RecordMedicationReportMutationVariables = Exact<{
  input: RecordMedicationReportInput;
}>;


export type RecordMedicationReportMutation = { __typename?: 'Mutation', recordMedicationReport: { __typename?: 'MedicationReport', episodeId: string, id: string, reportDate: string, dayIndex: number, dailyMme: number, factorTable: MmeFactorTable, opioids: Array<{ __typename?: 'OpioidItem', drug: OpioidDrug, strength: number, dosesPerDay: number, dailyMme: number }>, nonOpioids: Array<{ __typename?: 'NonOpioidDoses', drugClass: NonOpioidClass, dosesPerWeek: number }> } };

export type OutcomeMeasureFieldsFragment = { __typename?: 'OutcomeMeasure', id: string, instrument: OutcomeInstrument, measuredOn: string, dayIndex: number, score: number };

export type RecordOdiMutationVariables = Exact<{
  input: RecordOdiInput;
}>;


export type RecordOdiMutation = { __typename?: 'Mutation', recordOdi: { __typename?: 'OutcomeMeasure', episodeId: string, id: string, instrument: OutcomeInstrument, measuredOn: string, dayIndex: number, score: number } };

export type PatientDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PatientDetailQuery = { __typename?: 'Query', patient: { __typename?: 'Patient', id: string, name: string, birthDate: string, sex: Sex, primaryTherapist?: { __typename?: 'User', id: string, displayName: string } | null, episodes: Array<{ __typename?: 'Episode', id: string, condition: Condition, suspectedCause: SuspectedCause, plannedFrequency: Frequency, startDate: string, endDate?: string | null, status: EpisodeStatus, symptomDurationWeeks: number, therapist?: { __typename?: 'User', id: string, displayName: string } | null, sessions: Array<{ __typename?: 'TreatmentSession', id: string, sessionDate: string, dayIndex: number, painBefore: number, painAfter?: number | null, techniques: Array<Technique>, regions: Array<BodyRegion>, position?: Position | null, minutes: number, redFlags: Array<RedFlag>, notes?: string | null, version: number }>, medicationReports: Array<{ __typename?: 'MedicationReport', id: string, reportDate: string, dayIndex: number, dailyMme: number, factorTable: MmeFactorTable, opioids: Array<{ __typename?: 'OpioidItem', drug: OpioidDrug, strength: number, dosesPerDay: number, dailyMme: number }>, nonOpioids: Array<{ __typename?: 'NonOpioidDoses', drugClass: NonOpioidClass, dosesPerWeek: number }> }>, outcomeMeasures: Array<{ __typename?: 'OutcomeMeasure', id: string, instrument: OutcomeInstrument, measuredOn: string, dayIndex: number, score: number }> }> } };

export type PatientsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PatientsQuery = { __typename?: 'Query', patients: { __typename?: 'PatientConnection', edges: Array<{ __typename?: 'PatientEdge', cursor: string, node: { __typename?: 'Patient', id: string, name: string } }>, pageInfo: { __typename?: 'PageInfo', endCursor?: string | null, hasNextPage: boolean } } };

export type OpenRedFlagAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenRedFlagAlertsQuery = { __typename?: 'Query', openRedFlagAlerts: Array<{ __typename?: 'RedFlagAlert', id: string, episodeId: string, sessionId: string, raisedOn: string, redFlags: Array<RedFlag>, sameDayReferral: boolean, episode?: { __typename?: 'Episode', id: string, patient?: { __typename?: 'Patient', id: string, name: string } | null } | null }> };

export type RecordReferralMutationVariables = Exact<{
  input: RecordReferralInput;
}>;


export type RecordReferralMutation = { __typename?: 'Mutation', recordReferral: { __typename?: 'Referral', id: string, alertId: string, destination: ReferralDestination, referredOn: string } };

export type SessionFormEpisodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SessionFormEpisodeQuery = { __typename?: 'Query', episode: { __typename?: 'Episode', id: string, startDate: string, endDate?: string | null, status: EpisodeStatus, plannedFrequency: Frequency, patient?: { __typename?: 'Patient', id: string, name: string } | null, sessions: Array<{ __typename?: 'TreatmentSession', id: string, sessionDate: string, painBefore: number, techniques: Array<Technique>, regions: Array<BodyRegion>, position?: Position | null, minutes: number }> } };

export type TreatmentSessionFieldsFragment = { __typename?: 'TreatmentSession', id: string, sessionDate: string, dayIndex: number, painBefore: number, painAfter?: number | null, techniques: Array<Technique>, regions: Array<BodyRegion>, position?: Position | null, minutes: number, redFlags: Array<RedFlag>, notes?: string | null, version: number };

export type RecordSessionMutationVariables = Exact<{
  input: RecordSessionInput;
}>;


export type RecordSessionMutation = { __typename?: 'Mutation', recordSession: { __typename?: 'TreatmentSession', episodeId: string, id: string, sessionDate: string, dayIndex: number, painBefore: number, painAfter?: number | null, techniques: Array<Technique>, regions: Array<BodyRegion>, position?: Position | null, minutes: number, redFlags: Array<RedFlag>, notes?: string | null, version: number } };

export type UpdateSessionMutationVariables = Exact<{
  input: UpdateSessionInput;
}>;


export type UpdateSessionMutation = { __typename?: 'Mutation', updateSession: { __typename?: 'TreatmentSession', episodeId: string, id: string, sessionDate: string, dayIndex: number, painBefore: number, painAfter?: number | null, techniques: Array<Technique>, regions: Array<BodyRegion>, position?: Position | null, minutes: number, redFlags: Array<RedFlag>, notes?: string | null, version: number } };

export type DeleteSessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSessionMutation = { __typename?: 'Mutation', deleteSession: boolean };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string, email: string, role: Role, active: boolean }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, displayName: string, email: string, role: Role, active: boolean } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, displayName: string, email: string, role: Role, active: boolean } };

export const CohortOutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"discharged"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"excludedLowBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"excludedSingleSession"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"responderRate"}},{"kind":"Field","name":{"kind":"Name","value":"substantialResponders"}},{"kind":"Field","name":{"kind":"Name","value":"substantialRate"}},{"kind":"Field","name":{"kind":"Name","value":"failureToProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failureToProgressRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"painChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}}]}}]}}]} as unknown as DocumentNode<CohortOutcomeFieldsFragment, unknown>;
export const MedicationReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MedicationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMme"}},{"kind":"Field","name":{"kind":"Name","value":"factorTable"}},{"kind":"Field","name":{"kind":"Name","value":"opioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dosesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonOpioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugClass"}},{"kind":"Field","name":{"kind":"Name","value":"dosesPerWeek"}}]}}]}}]} as unknown as DocumentNode<MedicationReportFieldsFragment, unknown>;
export const OutcomeMeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<OutcomeMeasureFieldsFragment, unknown>;
export const TreatmentSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TreatmentSessionFieldsFragment, unknown>;
export const OutcomeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"openRedFlags"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortOutcomeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CohortOutcomeFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CohortOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CohortOutcome"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"discharged"}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"excludedLowBaseline"}},{"kind":"Field","name":{"kind":"Name","value":"excludedSingleSession"}},{"kind":"Field","name":{"kind":"Name","value":"responders"}},{"kind":"Field","name":{"kind":"Name","value":"responderRate"}},{"kind":"Field","name":{"kind":"Name","value":"substantialResponders"}},{"kind":"Field","name":{"kind":"Name","value":"substantialRate"}},{"kind":"Field","name":{"kind":"Name","value":"failureToProgress"}},{"kind":"Field","name":{"kind":"Name","value":"failureToProgressRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"painChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"percentChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"median"}}]}}]}}]} as unknown as DocumentNode<OutcomeSummaryQuery, OutcomeSummaryQueryVariables>;
export const CohortTrajectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortTrajectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trajectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"pain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortTrajectoryQuery, CohortTrajectoryQueryVariables>;
export const MedicationTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MedicationTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicationTrend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"benchmark"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"opioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"medianReduction"}},{"kind":"Field","name":{"kind":"Name","value":"meanReduction"}},{"kind":"Field","name":{"kind":"Name","value":"shareReducedAtLeast30"}},{"kind":"Field","name":{"kind":"Name","value":"shareStopped"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonOpioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"medianReduction"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opioidTrend"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"reduction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"median"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MedicationTrendQuery, MedicationTrendQueryVariables>;
export const TimeToResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TimeToResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"timeToResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"censored"}},{"kind":"Field","name":{"kind":"Name","value":"medianDays"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"censored"}},{"kind":"Field","name":{"kind":"Name","value":"survival"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TimeToResponseQuery, TimeToResponseQueryVariables>;
export const TherapistComparisonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistComparison"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapistComparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"rSquared"}},{"kind":"Field","name":{"kind":"Name","value":"adjustmentUnavailable"}},{"kind":"Field","name":{"kind":"Name","value":"referenceTherapistId"}},{"kind":"Field","name":{"kind":"Name","value":"therapists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"therapistId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"episodes"}},{"kind":"Field","name":{"kind":"Name","value":"responderRate"}},{"kind":"Field","name":{"kind":"Name","value":"rawChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"n"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustedChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustedDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"ciLow"}},{"kind":"Field","name":{"kind":"Name","value":"ciHigh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TherapistComparisonQuery, TherapistComparisonQueryVariables>;
export const CaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episodeId"}},{"kind":"Field","name":{"kind":"Name","value":"patientId"}},{"kind":"Field","name":{"kind":"Name","value":"patientName"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"baselinePain"}},{"kind":"Field","name":{"kind":"Name","value":"latestPain"}},{"kind":"Field","name":{"kind":"Name","value":"painChange"}},{"kind":"Field","name":{"kind":"Name","value":"lastSessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"redFlag"}},{"kind":"Field","name":{"kind":"Name","value":"failureToProgress"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyPain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"meanPain"}}]}}]}}]}}]} as unknown as DocumentNode<CaseloadQuery, CaseloadQueryVariables>;
export const TherapistOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TherapistOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<TherapistOptionsQuery, TherapistOptionsQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const RecordMedicationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMedicationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMedicationReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMedicationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MedicationReportFields"}},{"kind":"Field","name":{"kind":"Name","value":"episodeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MedicationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMme"}},{"kind":"Field","name":{"kind":"Name","value":"factorTable"}},{"kind":"Field","name":{"kind":"Name","value":"opioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dosesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonOpioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugClass"}},{"kind":"Field","name":{"kind":"Name","value":"dosesPerWeek"}}]}}]}}]} as unknown as DocumentNode<RecordMedicationReportMutation, RecordMedicationReportMutationVariables>;
export const RecordOdiDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOdi"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOdiInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOdi"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeMeasureFields"}},{"kind":"Field","name":{"kind":"Name","value":"episodeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<RecordOdiMutation, RecordOdiMutationVariables>;
export const PatientDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PatientDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"primaryTherapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"episodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedCause"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"symptomDurationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"therapist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentSessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medicationReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MedicationReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomeMeasures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeMeasureFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MedicationReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MedicationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMme"}},{"kind":"Field","name":{"kind":"Name","value":"factorTable"}},{"kind":"Field","name":{"kind":"Name","value":"opioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drug"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"dosesPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"dailyMme"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonOpioids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"drugClass"}},{"kind":"Field","name":{"kind":"Name","value":"dosesPerWeek"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instrument"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]} as unknown as DocumentNode<PatientDetailQuery, PatientDetailQueryVariables>;
export const PatientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Patients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]} as unknown as DocumentNode<PatientsQuery, PatientsQueryVariables>;
export const OpenRedFlagAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenRedFlagAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openRedFlagAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"episodeId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"raisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"sameDayReferral"}},{"kind":"Field","name":{"kind":"Name","value":"episode"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenRedFlagAlertsQuery, OpenRedFlagAlertsQueryVariables>;
export const RecordReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertId"}},{"kind":"Field","name":{"kind":"Name","value":"destination"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}}]}}]} as unknown as DocumentNode<RecordReferralMutation, RecordReferralMutationVariables>;
export const SessionFormEpisodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionFormEpisode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"episode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"plannedFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}}]}}]}}]}}]} as unknown as DocumentNode<SessionFormEpisodeQuery, SessionFormEpisodeQueryVariables>;
export const RecordSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentSessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"episodeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<RecordSessionMutation, RecordSessionMutationVariables>;
export const UpdateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatmentSessionFields"}},{"kind":"Field","name":{"kind":"Name","value":"episodeId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatmentSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatmentSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"dayIndex"}},{"kind":"Field","name":{"kind":"Name","value":"painBefore"}},{"kind":"Field","name":{"kind":"Name","value":"painAfter"}},{"kind":"Field","name":{"kind":"Name","value":"techniques"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"redFlags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateSessionMutation, UpdateSessionMutationVariables>;
export const DeleteSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSessionMutation, DeleteSessionMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;