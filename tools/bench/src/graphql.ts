/** The operations the bench sends, and a minimal GraphQL-over-HTTP client for setting them up. */

export const PASSWORD = 'demo-password-2026';

const DISTRIBUTION = 'n mean sd median ciLow ciHigh';
const OUTCOME = `cohort label suppressed episodes active discharged droppedOut sessions eligible excludedSingleSession
  excludedLowBaseline responders responderRate substantialResponders substantialRate failureToProgress failureToProgressRate
  overdue painChange { ${DISTRIBUTION} } percentChange { ${DISTRIBUTION} }
  adherence { plannedFrequency plannedGapDays gaps medianGapDays }`;
const REDUCTION = 'n medianReduction meanReduction shareReducedAtLeast30 shareStopped';
const TRAJECTORY = `groupBy cohorts { cohort label episodes suppressed
  points { week suppressed pain { ${DISTRIBUTION} } change { ${DISTRIBUTION} } } }`;

/**
 * The owner's overview in ONE request: the three figures the overview draws (outcome summary,
 * pain trajectory, medication trend), each grouped by planned frequency, with every field.
 */
export const OWNER_OVERVIEW = `query BenchOwnerOverview {
  outcomeSummary(groupBy: FREQUENCY) { groupBy openRedFlags total { ${OUTCOME} } cohorts { ${OUTCOME} } }
  trajectory(groupBy: FREQUENCY) { ${TRAJECTORY} }
  medicationTrend(groupBy: FREQUENCY) { groupBy benchmark cohorts { cohort label suppressed
    opioids { ${REDUCTION} } nonOpioids { ${REDUCTION} }
    opioidTrend { week suppressed reduction { ${DISTRIBUTION} } }
    nonOpioidTrend { week suppressed reduction { ${DISTRIBUTION} } } } }
}`;

/** A clinic's whole trajectory, ungrouped. */
export const CLINIC_TRAJECTORY = `query BenchTrajectory { trajectory(groupBy: NONE) { ${TRAJECTORY} } }`;

export const CASELOAD = `query BenchCaseload {
  caseload { patientId patientName episodeId plannedFrequency sessionCount baselinePain latestPain painChange
    lastSessionDate nextDueDate redFlag failureToProgress overdue weeklyPain { week meanPain } }
}`;

export const RECORD_SESSION = `mutation BenchRecordSession($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;

export const SESSION_COUNT = `query BenchSessionCount { outcomeSummary { total { sessions } } }`;

export interface GraphQLReply<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The request autocannon sends for an operation: its JSON body (Apollo's CSRF check wants the content type). */
export function graphQLBody(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

export async function login(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: graphQLBody('mutation($input: LoginInput!) { login(input: $input) { id } }', { input: { email, password: PASSWORD } }),
  });
  const cookie = response.headers.getSetCookie().map((value) => value.split(';')[0] ?? '')[0];
  if (!cookie || response.status !== 200) throw new Error(`Login failed for ${email}: HTTP ${response.status} ${await response.text()}`);
  return cookie;
}

/** The data of an operation that must succeed. */
export async function graphQL<Data>(baseUrl: string, cookie: string, query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: graphQLBody(query, variables),
  });
  const reply = (await response.json()) as GraphQLReply<Data>;
  if (response.status !== 200 || reply.errors?.length || !reply.data) {
    throw new Error(`GraphQL ${query.slice(0, 40)}… failed: HTTP ${response.status} ${JSON.stringify(reply.errors ?? reply)}`);
  }
  return reply.data;
}
