// Builders for fixtures and for the mocked GraphQL responses the specs need.
import type { OperationVariables } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import { MME_FACTORS, MmeFactorTable } from '@outcomes/models';
import {
  BodyRegion,
  Condition,
  EpisodeStatus,
  Frequency,
  Position,
  RedFlag,
  Role,
  Sex,
  SuspectedCause,
  Technique,
} from '@outcomes/models';
import {
  CohortDimension,
  OutcomeInstrument,
  type AnalyticsFilter,
  type CaseloadQuery,
  type CohortTrajectoryQuery,
  type MedicationTrendQuery,
  type OutcomeSummaryQuery,
  type TherapistComparisonQuery,
  type TimeToResponseQuery,
} from '../gql/graphql';
import type {
  LoginInput,
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  MeQuery,
  MeQueryVariables,
  OpenRedFlagAlertsQuery,
  OpenRedFlagAlertsQueryVariables,
  PatientDetailQuery,
  PatientDetailQueryVariables,
  PatientsQuery,
  PatientsQueryVariables,
  DeleteSessionMutation,
  DeleteSessionMutationVariables,
  RecordMedicationReportInput,
  RecordMedicationReportMutation,
  RecordMedicationReportMutationVariables,
  RecordOdiInput,
  RecordOdiMutation,
  RecordOdiMutationVariables,
  RecordSessionInput,
  RecordSessionMutation,
  RecordSessionMutationVariables,
  SessionFormEpisodeQuery,
  SessionFormEpisodeQueryVariables,
  UpdateSessionInput,
  UpdateSessionMutation,
  UpdateSessionMutationVariables,
  UsersQuery,
  UsersQueryVariables,
} from '../gql/graphql';
import {
  CASELOAD_QUERY,
  MEDICATION_TREND_QUERY,
  OUTCOME_SUMMARY_QUERY,
  THERAPIST_COMPARISON_QUERY,
  THERAPIST_OPTIONS_QUERY,
  TIME_TO_RESPONSE_QUERY,
  TRAJECTORY_QUERY,
} from '../modules/analytics/graphql/analytics';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY } from '../modules/auth/graphql/auth';
import type { SignedInUser } from '../modules/auth/signedInUser';
import { PATIENT_DETAIL_QUERY } from '../modules/patients/graphql/patient';
import { PATIENTS_QUERY } from '../modules/patients/graphql/patients';
import { OPEN_RED_FLAG_ALERTS_QUERY } from '../modules/red-flags/graphql/redFlags';
import { RECORD_MEDICATION_REPORT_MUTATION } from '../modules/medications/graphql/medications';
import { RECORD_ODI_MUTATION } from '../modules/outcome-measures/graphql/outcomeMeasures';
import {
  DELETE_SESSION_MUTATION,
  RECORD_SESSION_MUTATION,
  SESSION_FORM_EPISODE_QUERY,
  UPDATE_SESSION_MUTATION,
} from '../modules/sessions/graphql/sessions';
import { USERS_QUERY } from '../modules/team/graphql/team';
import type { PatientSummary } from '../modules/patients/hooks/usePatientList';

type Me = SignedInUser;

let sequence = 0;
const nextId = (): string => String(++sequence);

export const MeFactory = {
  build(overrides: Partial<Me> = {}): Me {
    const id = nextId();
    return {
      __typename: 'User',
      id: `user-${id}`,
      displayName: `Dana Kim ${id}`,
      email: `dana.kim.${id}@clinic.example`,
      role: Role.THERAPIST,
      ...overrides,
    };
  },
};

export const PatientFactory = {
  build(overrides: Partial<PatientSummary> = {}): PatientSummary {
    const id = nextId();
    return { __typename: 'Patient', id: `patient-${id}`, name: `Patient ${id}`, ...overrides };
  },
  buildList(count: number): PatientSummary[] {
    return Array.from({ length: count }, () => PatientFactory.build());
  },
};

export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, extensions: { code, ...extensions } };
}

export function meMock(me: Me): MockLink.MockedResponse<MeQuery, MeQueryVariables> {
  return { request: { query: ME_QUERY }, result: { data: { me } } };
}

/** What the API answers a visitor without a session (or with an expired one). */
export function meUnauthenticatedMock(): MockLink.MockedResponse<MeQuery, MeQueryVariables> {
  return {
    request: { query: ME_QUERY },
    result: { data: null, errors: [apiError('UNAUTHENTICATED', 'Log in first.')] },
  };
}

export function patientsMock(
  patients: PatientSummary[],
  options: { hasNextPage?: boolean } = {},
): MockLink.MockedResponse<PatientsQuery, PatientsQueryVariables> {
  return {
    request: { query: PATIENTS_QUERY, variables: { first: 20 } },
    result: {
      data: {
        patients: {
          __typename: 'PatientConnection',
          edges: patients.map((node) => ({ __typename: 'PatientEdge', cursor: `cursor-${node.id}`, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: patients.length > 0 ? `cursor-${patients[patients.length - 1]?.id}` : null,
            hasNextPage: options.hasNextPage ?? false,
          },
        },
      },
    },
  };
}

export function patientsErrorMock(
  error: GraphQLFormattedError,
): MockLink.MockedResponse<PatientsQuery, PatientsQueryVariables> {
  return {
    request: { query: PATIENTS_QUERY, variables: { first: 20 } },
    result: { data: null, errors: [error] },
  };
}

export function loginMock(
  input: LoginInput,
  outcome: { me: Me } | { errors: GraphQLFormattedError[] },
): MockLink.MockedResponse<LoginMutation, LoginMutationVariables> {
  return {
    request: { query: LOGIN_MUTATION, variables: { input } },
    result: 'me' in outcome ? { data: { login: outcome.me } } : { data: null, errors: outcome.errors },
  };
}

export function logoutMock(): MockLink.MockedResponse<LogoutMutation, LogoutMutationVariables> {
  return { request: { query: LOGOUT_MUTATION }, result: { data: { logout: true } } };
}

// Patient page, session form, red flags and team.

type PatientDetail = PatientDetailQuery['patient'];
type PatientEpisode = PatientDetail['episodes'][number];
type EpisodeSession = PatientEpisode['sessions'][number];
type OpenAlert = OpenRedFlagAlertsQuery['openRedFlagAlerts'][number];
type TeamMember = UsersQuery['users'][number];

export const SessionFactory = {
  build(overrides: Partial<EpisodeSession> = {}): EpisodeSession {
    const id = nextId();
    return {
      __typename: 'TreatmentSession',
      id: `session-${id}`,
      sessionDate: '2025-03-03',
      dayIndex: 0,
      painBefore: 7,
      painAfter: null,
      techniques: [Technique.DEEP_TISSUE],
      regions: [BodyRegion.GLUTEALS],
      position: Position.PRONE,
      minutes: 60,
      redFlags: [],
      notes: null,
      version: 1,
      ...overrides,
    };
  },
};

export const EpisodeFactory = {
  build(overrides: Partial<PatientEpisode> = {}): PatientEpisode {
    const id = nextId();
    return {
      __typename: 'Episode',
      id: `episode-${id}`,
      condition: Condition.SCIATICA,
      suspectedCause: SuspectedCause.PIRIFORMIS,
      plannedFrequency: Frequency.WEEKLY,
      startDate: '2025-03-03',
      endDate: null,
      status: EpisodeStatus.ACTIVE,
      symptomDurationWeeks: 6,
      therapist: { __typename: 'User', id: 'user-therapist', displayName: 'Ana Silva' },
      sessions: [],
      medicationReports: [],
      outcomeMeasures: [],
      ...overrides,
    };
  },
};

export const PatientDetailFactory = {
  build(overrides: Partial<PatientDetail> = {}): PatientDetail {
    const id = nextId();
    return {
      __typename: 'Patient',
      id: `patient-${id}`,
      name: `Patient ${id}`,
      birthDate: '1970-06-15',
      sex: Sex.FEMALE,
      primaryTherapist: { __typename: 'User', id: 'user-therapist', displayName: 'Ana Silva' },
      episodes: [],
      ...overrides,
    };
  },
};

export const AlertFactory = {
  build(overrides: Partial<OpenAlert> = {}): OpenAlert {
    const id = nextId();
    return {
      __typename: 'RedFlagAlert',
      id: `alert-${id}`,
      episodeId: `episode-${id}`,
      sessionId: `session-${id}`,
      raisedOn: '2025-03-10',
      redFlags: [RedFlag.NIGHT_PAIN],
      sameDayReferral: false,
      episode: null,
      ...overrides,
    };
  },
};

export const TeamMemberFactory = {
  build(overrides: Partial<TeamMember> = {}): TeamMember {
    const id = nextId();
    return {
      __typename: 'User',
      id: `user-${id}`,
      displayName: `Member ${id}`,
      email: `member.${id}@clinic.example`,
      role: Role.THERAPIST,
      active: true,
      ...overrides,
    };
  },
};

export function patientDetailMock(patient: PatientDetail): MockLink.MockedResponse<PatientDetailQuery, PatientDetailQueryVariables> {
  return { request: { query: PATIENT_DETAIL_QUERY, variables: { id: patient.id } }, result: { data: { patient } } };
}

export function openAlertsMock(alerts: OpenAlert[]): MockLink.MockedResponse<OpenRedFlagAlertsQuery, OpenRedFlagAlertsQueryVariables> {
  return { request: { query: OPEN_RED_FLAG_ALERTS_QUERY }, result: { data: { openRedFlagAlerts: alerts } } };
}

export function usersMock(users: TeamMember[]): MockLink.MockedResponse<UsersQuery, UsersQueryVariables> {
  return { request: { query: USERS_QUERY }, result: { data: { users } } };
}

export function sessionFormEpisodeMock(
  episode: PatientEpisode,
  patient: { id: string; name: string },
): MockLink.MockedResponse<SessionFormEpisodeQuery, SessionFormEpisodeQueryVariables> {
  return {
    request: { query: SESSION_FORM_EPISODE_QUERY, variables: { id: episode.id } },
    result: {
      data: {
        episode: {
          __typename: 'Episode',
          id: episode.id,
          startDate: episode.startDate,
          endDate: episode.endDate,
          status: episode.status,
          plannedFrequency: episode.plannedFrequency,
          patient: { __typename: 'Patient', ...patient },
          sessions: episode.sessions.map(({ id, sessionDate, painBefore, techniques, regions, position, minutes }) => ({
            __typename: 'TreatmentSession' as const,
            id,
            sessionDate,
            painBefore,
            techniques,
            regions,
            position,
            minutes,
          })),
        },
      },
    },
  };
}

export function recordSessionMock(
  input: RecordSessionInput,
  outcome: { sessionId: string; dayIndex?: number } | { errors: GraphQLFormattedError[] } | { networkError: Error },
): MockLink.MockedResponse<RecordSessionMutation, RecordSessionMutationVariables> {
  const request = { query: RECORD_SESSION_MUTATION, variables: { input } };
  if ('networkError' in outcome) return { request, error: outcome.networkError };
  if ('errors' in outcome) return { request, result: { data: null, errors: outcome.errors } };
  return {
    request,
    result: {
      data: {
        recordSession: {
          __typename: 'TreatmentSession',
          id: outcome.sessionId,
          episodeId: input.episodeId,
          sessionDate: input.sessionDate,
          dayIndex: outcome.dayIndex ?? 0,
          painBefore: input.painBefore,
          painAfter: input.painAfter ?? null,
          techniques: input.techniques,
          regions: input.regions ?? [],
          position: input.position ?? null,
          minutes: input.minutes,
          redFlags: input.redFlags ?? [],
          notes: input.notes ?? null,
          version: 1,
        },
      },
    },
  };
}

/** What a mutation mock answers: its result, the API's errors, or a failed request. */
export type MockOutcome<Success> = Success | { errors: GraphQLFormattedError[] } | { networkError: Error };

function mutationMock<Data, Variables extends OperationVariables, Success extends object>(
  request: { query: MockLink.MockedResponse<Data, Variables>['request']['query']; variables: Variables },
  outcome: MockOutcome<Success>,
  answer: (success: Success) => Data,
): MockLink.MockedResponse<Data, Variables> {
  if ('networkError' in outcome) return { request, error: outcome.networkError };
  if ('errors' in outcome) return { request, result: { data: null, errors: outcome.errors } };
  return { request, result: { data: answer(outcome as Success) } };
}

export function recordMedicationReportMock(
  input: RecordMedicationReportInput,
  outcome: MockOutcome<{ reportId: string; dayIndex?: number }>,
): MockLink.MockedResponse<RecordMedicationReportMutation, RecordMedicationReportMutationVariables> {
  const factors = MME_FACTORS[MmeFactorTable.CDC_2022];
  const opioids = (input.opioids ?? []).map((item) => ({
    __typename: 'OpioidItem' as const,
    ...item,
    dailyMme: item.strength * item.dosesPerDay * factors[item.drug],
  }));
  return mutationMock({ query: RECORD_MEDICATION_REPORT_MUTATION, variables: { input } }, outcome, ({ reportId, dayIndex }) => ({
    recordMedicationReport: {
      __typename: 'MedicationReport',
      id: reportId,
      episodeId: input.episodeId,
      reportDate: input.reportDate,
      dayIndex: dayIndex ?? 0,
      dailyMme: opioids.reduce((total, item) => total + item.dailyMme, 0),
      factorTable: MmeFactorTable.CDC_2022,
      opioids,
      nonOpioids: (input.nonOpioids ?? []).map((use) => ({ __typename: 'NonOpioidDoses' as const, ...use })),
    },
  }));
}

export function recordOdiMock(
  input: RecordOdiInput,
  outcome: MockOutcome<{ measureId: string; score: number; dayIndex?: number }>,
): MockLink.MockedResponse<RecordOdiMutation, RecordOdiMutationVariables> {
  return mutationMock({ query: RECORD_ODI_MUTATION, variables: { input } }, outcome, ({ measureId, score, dayIndex }) => ({
    recordOdi: {
      __typename: 'OutcomeMeasure',
      id: measureId,
      episodeId: input.episodeId,
      instrument: OutcomeInstrument.ODI,
      measuredOn: input.measuredOn,
      dayIndex: dayIndex ?? 0,
      score,
    },
  }));
}

/** The API's answer to an update: the stored session with the input applied and its version one up. */
export function updateSessionMock(
  input: UpdateSessionInput,
  outcome: MockOutcome<{ stored: EpisodeSession; episodeId: string }>,
): MockLink.MockedResponse<UpdateSessionMutation, UpdateSessionMutationVariables> {
  return mutationMock({ query: UPDATE_SESSION_MUTATION, variables: { input } }, outcome, ({ stored, episodeId }) => {
    const { id: _id, expectedVersion, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined));
    return { updateSession: { ...stored, ...defined, episodeId, version: expectedVersion + 1 } as UpdateSessionMutation['updateSession'] };
  });
}

export function deleteSessionMock(
  id: string,
  outcome: MockOutcome<{ deleted: true }>,
): MockLink.MockedResponse<DeleteSessionMutation, DeleteSessionMutationVariables> {
  return mutationMock({ query: DELETE_SESSION_MUTATION, variables: { id } }, outcome, () => ({ deleteSession: true }));
}

// Analytics.

type Summary = OutcomeSummaryQuery['outcomeSummary'];
type CohortOutcome = Summary['total'];
type TrajectoryCohort = CohortTrajectoryQuery['trajectory']['cohorts'][number];
type MedicationCohort = MedicationTrendQuery['medicationTrend']['cohorts'][number];
type SurvivalCohort = TimeToResponseQuery['timeToResponse']['cohorts'][number];
type Comparison = TherapistComparisonQuery['therapistComparison'];
type CaseloadRow = CaseloadQuery['caseload'][number];

export const CohortOutcomeFactory = {
  build(overrides: Partial<CohortOutcome> = {}): CohortOutcome {
    return {
      __typename: 'CohortOutcome',
      cohort: 'ALL',
      label: 'All episodes',
      suppressed: false,
      episodes: 40,
      active: 20,
      discharged: 12,
      droppedOut: 8,
      sessions: 200,
      eligible: 36,
      excludedLowBaseline: 1,
      excludedSingleSession: 3,
      responders: 18,
      responderRate: 0.5,
      substantialResponders: 9,
      substantialRate: 0.25,
      failureToProgress: 6,
      failureToProgressRate: 0.2,
      overdue: 2,
      painChange: { __typename: 'Distribution', n: 36, mean: -2.5, ciLow: -3, ciHigh: -2 },
      percentChange: { __typename: 'Distribution', n: 36, mean: -35, median: -33 },
      ...overrides,
    };
  },
  /** A cohort withheld from a researcher: every figure null. */
  suppressed(cohort: string, label: string): CohortOutcome {
    return {
      __typename: 'CohortOutcome',
      cohort,
      label,
      suppressed: true,
      episodes: null,
      active: null,
      discharged: null,
      droppedOut: null,
      sessions: null,
      eligible: null,
      excludedLowBaseline: null,
      excludedSingleSession: null,
      responders: null,
      responderRate: null,
      substantialResponders: null,
      substantialRate: null,
      failureToProgress: null,
      failureToProgressRate: null,
      overdue: null,
      painChange: null,
      percentChange: null,
    };
  },
};

export interface AnalyticsAnswers {
  total?: CohortOutcome;
  cohorts?: CohortOutcome[];
  openRedFlags?: number | null;
  trajectory?: TrajectoryCohort[];
  medication?: MedicationCohort[];
  survival?: SurvivalCohort[];
}

/** The four cohort queries of the overview and research pages, for one filter and split. */
export function analyticsMocks(
  variables: { filter: AnalyticsFilter | null; groupBy: CohortDimension },
  answers: AnalyticsAnswers = {},
): MockLink.MockedResponse[] {
  const total = answers.total ?? CohortOutcomeFactory.build();
  return [
    {
      request: { query: OUTCOME_SUMMARY_QUERY, variables },
      result: {
        data: {
          outcomeSummary: {
            __typename: 'OutcomeSummary',
            groupBy: variables.groupBy,
            openRedFlags: answers.openRedFlags === undefined ? 1 : answers.openRedFlags,
            total,
            cohorts: answers.cohorts ?? [total],
          },
        },
      },
    },
    {
      request: { query: TRAJECTORY_QUERY, variables },
      result: { data: { trajectory: { __typename: 'Trajectory', groupBy: variables.groupBy, cohorts: answers.trajectory ?? [] } } },
    },
    {
      request: { query: MEDICATION_TREND_QUERY, variables },
      result: {
        data: { medicationTrend: { __typename: 'MedicationTrend', groupBy: variables.groupBy, benchmark: 0.33, cohorts: answers.medication ?? [] } },
      },
    },
    {
      request: { query: TIME_TO_RESPONSE_QUERY, variables },
      result: { data: { timeToResponse: { __typename: 'TimeToResponse', groupBy: variables.groupBy, cohorts: answers.survival ?? [] } } },
    },
  ];
}

export function therapistComparisonMock(filter: AnalyticsFilter | null, comparison: Partial<Comparison> = {}): MockLink.MockedResponse {
  return {
    request: { query: THERAPIST_COMPARISON_QUERY, variables: { filter } },
    result: {
      data: {
        therapistComparison: {
          __typename: 'TherapistComparison',
          n: 0,
          rSquared: null,
          adjustmentUnavailable: null,
          referenceTherapistId: null,
          therapists: [],
          ...comparison,
        },
      },
    },
  };
}

export function therapistOptionsMock(users: Array<{ id: string; displayName: string; role?: Role }> = []): MockLink.MockedResponse {
  return {
    request: { query: THERAPIST_OPTIONS_QUERY },
    result: {
      data: {
        users: users.map((user) => ({ __typename: 'User' as const, active: true, role: Role.THERAPIST, ...user })),
      },
    },
  };
}

export const CaseloadEntryFactory = {
  build(overrides: Partial<CaseloadRow> = {}): CaseloadRow {
    const id = nextId();
    return {
      __typename: 'CaseloadEntry',
      episodeId: `episode-${id}`,
      patientId: `patient-${id}`,
      patientName: `Patient ${id}`,
      plannedFrequency: Frequency.WEEKLY,
      sessionCount: 3,
      baselinePain: 7,
      latestPain: 5,
      painChange: -2,
      lastSessionDate: '2025-03-10',
      nextDueDate: '2025-03-17',
      overdue: false,
      redFlag: false,
      failureToProgress: false,
      weeklyPain: [
        { __typename: 'WeeklyPain', week: 0, meanPain: 7 },
        { __typename: 'WeeklyPain', week: 1, meanPain: 5 },
      ],
      ...overrides,
    };
  },
};

export function caseloadMock(entries: CaseloadRow[]): MockLink.MockedResponse<CaseloadQuery> {
  return { request: { query: CASELOAD_QUERY }, result: { data: { caseload: entries } } };
}

/** Everything the owner's overview asks for with no filter and no split, answered with little. */
export function overviewMocks(): MockLink.MockedResponse[] {
  return [
    ...analyticsMocks({ filter: null, groupBy: CohortDimension.NONE }),
    therapistComparisonMock(null),
    therapistOptionsMock(),
    openAlertsMock([]),
    patientsMock([]),
  ];
}

/** Everything the therapist's caseload page asks for. */
export function caseloadPageMocks(entries: CaseloadRow[] = []): MockLink.MockedResponse[] {
  return [
    openAlertsMock([]),
    caseloadMock(entries),
    ...analyticsMocks({ filter: null, groupBy: CohortDimension.NONE }).slice(0, 1),
    patientsMock([]),
  ];
}

/** Everything the researcher's page asks for with no filter and no split. */
export function researchMocks(answers: AnalyticsAnswers = {}): MockLink.MockedResponse[] {
  return analyticsMocks({ filter: null, groupBy: CohortDimension.NONE }, answers);
}
