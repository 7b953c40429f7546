import { randomUUID } from 'node:crypto';
import { Episode } from '../../src/episodes/episode.entity';
import { createClinicFixture, type ClinicFixture, EpisodeFactory, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/*
 * A small clinic sent through the real API, and every figure compared with values computed here
 * independently: plain arithmetic below, and t quantiles from a printed table (t(0.975, df)).
 *
 * Episodes (all start 2026-01-05); pre-session pain by day index since the start:
 *   E1 piriformis, weekly,   therapist T:  d0 8, d7 6, d14 5, d21 4     → responder (≥ 50 %), responds on day 14
 *   E2 stenosis,   biweekly, therapist T:  d0 6, d14 6, d28 5           → not a responder, censored at 28
 *   E3 piriformis, weekly,   therapist U:  d0 7, d7 5, d8 3 (dropped out) → responder (≥ 50 %), responds on day 8
 *   E4 muscular,   weekly,   therapist T:  d0 5                          → excluded: a single session
 *   E5 disc,       weekly,   therapist T:  d0 1, d7 1, d14 0, d21 1, d28 1 → excluded: baseline below 2
 *   E6 muscular,   weekly,   therapist T:  d0 7, d7 7, d14 6, d21 7 (red flag) → failure to progress, censored at 21
 */
const T_975: Record<number, number> = {
  1: 12.706204736174704,
  2: 4.302652729749464,
  3: 3.182446305284263,
  4: 2.7764451051977934,
  5: 2.5705818356363146,
};

interface Figures {
  n: number;
  mean: number | null;
  sd: number | null;
  median: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

function independently(values: number[]): Figures {
  const n = values.length;
  const mean = values.reduce((sum, value) => sum + value, 0) / n;
  const sorted = [...values].sort((a, b) => a - b);
  const median = n % 2 === 1 ? (sorted[(n - 1) / 2] as number) : ((sorted[n / 2 - 1] as number) + (sorted[n / 2] as number)) / 2;
  if (n < 2) return { n, mean, sd: null, median, ciLow: null, ciHigh: null };
  const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1));
  const half = (T_975[n - 1] as number) * (sd / Math.sqrt(n));
  return { n, mean, sd, median, ciLow: mean - half, ciHigh: mean + half };
}

function expectFigures(actual: Figures | null | undefined, values: number[]): void {
  const expected = independently(values);
  expect(actual?.n).toBe(expected.n);
  for (const key of ['mean', 'sd', 'median', 'ciLow', 'ciHigh'] as const) {
    if (expected[key] === null) expect(actual?.[key]).toBeNull();
    else expect(actual?.[key]).toBeCloseTo(expected[key] as number, 9);
  }
}

const DISTRIBUTION = 'n mean sd median ciLow ciHigh';
const TRAJECTORY = `query($groupBy: CohortDimension!) { trajectory(groupBy: $groupBy) { cohorts { cohort label episodes suppressed
  points { week suppressed pain { ${DISTRIBUTION} } change { ${DISTRIBUTION} } } } } }`;
const SUMMARY = `query($groupBy: CohortDimension!, $filter: AnalyticsFilter) { outcomeSummary(groupBy: $groupBy, filter: $filter) {
  openRedFlags
  total { episodes active discharged droppedOut sessions eligible excludedSingleSession excludedLowBaseline responders responderRate
    substantialResponders substantialRate failureToProgress failureToProgressRate overdue suppressed
    painChange { ${DISTRIBUTION} } percentChange { ${DISTRIBUTION} } adherence { plannedFrequency plannedGapDays gaps medianGapDays } }
  cohorts { cohort label suppressed episodes responders responderRate } } }`;

interface TrajectoryData {
  trajectory: { cohorts: { cohort: string; episodes: number | null; suppressed: boolean; points: { week: number; suppressed: boolean; pain: Figures | null; change: Figures | null }[] }[] };
}
type Outcome = Record<string, unknown> & { painChange: Figures; percentChange: Figures };
interface SummaryData {
  outcomeSummary: { openRedFlags: number | null; total: Outcome; cohorts: (Record<string, unknown> & { cohort: string })[] };
}

describe('outcome analytics through the API', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let owner: GraphQLClient;
  let therapist: GraphQLClient;
  let researcher: GraphQLClient;
  const episodes: Record<string, Episode> = {};

  const record = (client: GraphQLClient, episode: Episode, day: number, painBefore: number, redFlags: string[] = []): Promise<unknown> =>
    client.data('mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }', {
      input: {
        clientRequestId: randomUUID(),
        episodeId: episode.id,
        sessionDate: dateOf(day),
        painBefore,
        techniques: ['DEEP_TISSUE'],
        minutes: 50,
        redFlags,
      },
    });
  const report = (client: GraphQLClient, episode: Episode, day: number, opioids: object[], nonOpioids: object[] = []): Promise<unknown> =>
    client.data('mutation($input: RecordMedicationReportInput!) { recordMedicationReport(input: $input) { id } }', {
      input: { episodeId: episode.id, reportDate: dateOf(day), opioids, nonOpioids },
    });

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    const { therapist: t, otherTherapist: u, patient, otherPatient } = fixture;
    const build = (cause: string, frequency: string, who = t, forPatient = patient): Episode =>
      EpisodeFactory.build(forPatient, who, { suspectedCause: cause as Episode['suspectedCause'], plannedFrequency: frequency as Episode['plannedFrequency'] });
    Object.assign(episodes, {
      e1: build('PIRIFORMIS', 'WEEKLY'),
      e2: build('STENOSIS', 'BIWEEKLY'),
      e3: build('PIRIFORMIS', 'WEEKLY', u, otherPatient),
      e4: build('MUSCULAR', 'WEEKLY'),
      e5: build('DISC_HERNIATION', 'WEEKLY'),
      e6: build('MUSCULAR', 'WEEKLY'),
    });
    // The fixture's own two episodes are removed so that the dataset is exactly the one above.
    await testApp.dataSource.getRepository(Episode).delete({ clinicId: fixture.clinic.id });
    await testApp.dataSource.getRepository(Episode).insert(Object.values(episodes));
    // Rollups are made by the API's writes; an episode inserted directly needs its (empty) rollup too.
    const { refreshEpisodeRollups } = await import('../../src/analytics/episode-rollups');
    await refreshEpisodeRollups(testApp.dataSource.manager, { clinicId: fixture.clinic.id });

    therapist = await testApp.login(t.email, TEST_PASSWORD);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    researcher = await testApp.login(fixture.researcher.email, TEST_PASSWORD);
    const other = await testApp.login(u.email, TEST_PASSWORD);
    const e = episodes as Record<'e1' | 'e2' | 'e3' | 'e4' | 'e5' | 'e6', Episode>;
    for (const [day, pain] of [[0, 8], [7, 6], [14, 5], [21, 4]] as const) await record(therapist, e.e1, day, pain);
    for (const [day, pain] of [[0, 6], [14, 6], [28, 5]] as const) await record(therapist, e.e2, day, pain);
    for (const [day, pain] of [[0, 7], [7, 5], [8, 3]] as const) await record(other, e.e3, day, pain);
    await record(therapist, e.e4, 0, 5);
    for (const [day, pain] of [[0, 1], [7, 1], [14, 0], [21, 1], [28, 1]] as const) await record(therapist, e.e5, day, pain);
    for (const [day, pain] of [[0, 7], [7, 7], [14, 6]] as const) await record(therapist, e.e6, day, pain);
    await record(therapist, e.e6, 21, 7, ['NIGHT_PAIN']);
    await other.data('mutation($input: EndEpisodeInput!) { markEpisodeDroppedOut(input: $input) { id } }', {
      input: { id: e.e3.id, endDate: dateOf(10) },
    });
    // Opioids: E1 oxycodone 10 mg x3 = 45 MME → 5 mg x2 = 15; E2 tramadol 50 mg x4 = 40 → 40; E3 morphine 15 mg x2 = 30 → none.
    await report(therapist, e.e1, 0, [{ drug: 'OXYCODONE', strength: 10, dosesPerDay: 3 }]);
    await report(therapist, e.e1, 21, [{ drug: 'OXYCODONE', strength: 5, dosesPerDay: 2 }]);
    await report(therapist, e.e2, 0, [{ drug: 'TRAMADOL', strength: 50, dosesPerDay: 4 }]);
    await report(therapist, e.e2, 28, [{ drug: 'TRAMADOL', strength: 50, dosesPerDay: 4 }]);
    await report(other, e.e3, 0, [{ drug: 'MORPHINE', strength: 15, dosesPerDay: 2 }]);
    await report(other, e.e3, 8, []);
    // E6 takes no opioid; NSAID 14 → 7 doses a week.
    await report(therapist, e.e6, 0, [], [{ drugClass: 'NSAID', dosesPerWeek: 14 }]);
    await report(therapist, e.e6, 21, [], [{ drugClass: 'NSAID', dosesPerWeek: 7 }]);
  });
  afterAll(() => testApp.close());

  it('gives the weekly trajectory of pre-session pain and of change from baseline', async () => {
    const { trajectory } = await owner.data<TrajectoryData>(TRAJECTORY, { groupBy: 'NONE' });
    const [all] = trajectory.cohorts;
    const point = (week: number) => all?.points.find((candidate) => candidate.week === week);

    expect(all?.episodes).toBe(6);
    expect(all?.points.map((candidate) => candidate.week)).toEqual([0, 1, 2, 3, 4]);
    expectFigures(point(0)?.pain, [8, 6, 7, 5, 1, 7]);
    // Week 1: E3 had two sessions (5 and 3) and counts once, with their mean 4.
    expectFigures(point(1)?.pain, [6, 4, 1, 7]);
    expectFigures(point(2)?.pain, [5, 6, 0, 6]);
    expectFigures(point(3)?.pain, [4, 1, 7]);
    expectFigures(point(4)?.pain, [5, 1]);
    expectFigures(point(0)?.change, [0, 0, 0, 0, 0, 0]);
    expectFigures(point(1)?.change, [-2, -3, 0, 0]);
    expectFigures(point(2)?.change, [-3, 0, -1, -1]);
  });

  it('splits the trajectory into cohorts by cause', async () => {
    const { trajectory } = await owner.data<TrajectoryData>(TRAJECTORY, { groupBy: 'CAUSE' });
    const piriformis = trajectory.cohorts.find((cohort) => cohort.cohort === 'PIRIFORMIS');

    expect(trajectory.cohorts.map((cohort) => cohort.cohort)).toEqual(['DISC_HERNIATION', 'MUSCULAR', 'PIRIFORMIS', 'STENOSIS']);
    expect(piriformis?.episodes).toBe(2);
    expectFigures(piriformis?.points.find((candidate) => candidate.week === 1)?.pain, [6, 4]);
  });

  it('counts responders over eligible episodes and says how many were excluded and why', async () => {
    const { outcomeSummary } = await owner.data<SummaryData>(SUMMARY, { groupBy: 'NONE' });
    const { total } = outcomeSummary;

    expect(total).toMatchObject({
      episodes: 6,
      active: 5,
      discharged: 0,
      droppedOut: 1,
      sessions: 20,
      eligible: 4,
      excludedSingleSession: 1,
      excludedLowBaseline: 1,
      responders: 2,
      responderRate: 0.5,
      substantialResponders: 2,
      substantialRate: 0.5,
      failureToProgress: 1,
      // Over eligible episodes with at least 4 sessions: E1 and E6.
      failureToProgressRate: 0.5,
      // Every active episode's last session is months before today (the dataset is in January 2026).
      overdue: 5,
      suppressed: false,
    });
    expectFigures(total.painChange, [-4, -1, -4, 0]);
    expectFigures(total.percentChange, [(-4 / 8) * 100, (-1 / 6) * 100, (-4 / 7) * 100, 0]);
    expect(total['adherence']).toEqual([
      { plannedFrequency: 'BIWEEKLY', plannedGapDays: 14, gaps: 2, medianGapDays: 14 },
      // E1 7,7,7; E3 7,1; E5 7,7,7,7; E6 7,7,7 → twelve gaps, median 7.
      { plannedFrequency: 'WEEKLY', plannedGapDays: 7, gaps: 12, medianGapDays: 7 },
    ]);
    expect(outcomeSummary.openRedFlags).toBe(1);
  });

  it('gives time to response by Kaplan–Meier, with non-responders and drop-outs censored', async () => {
    const { timeToResponse } = await owner.data<{ timeToResponse: { cohorts: { episodes: number; events: number; censored: number; medianDays: number | null; steps: { day: number; atRisk: number; events: number; survival: number; ciLow: number | null; ciHigh: number | null }[] }[] } }>(
      `{ timeToResponse { cohorts { episodes events censored medianDays steps { day atRisk events survival ciLow ciHigh } } } }`,
    );
    const [all] = timeToResponse.cohorts;

    // Eligible: E1 event day 14, E3 event day 8, E2 censored 28, E6 censored 21.
    expect(all).toMatchObject({ episodes: 4, events: 2, censored: 2, medianDays: 14 });
    // S(8) = 3/4 with Greenwood Σ d/(n(n−d)) = 1/12; S(14) = 3/4 · 2/3 = 1/2 with Σ = 1/12 + 1/6 = 1/4.
    const z = 1.959963984540054;
    expect(all?.steps.map(({ day, atRisk, events }) => ({ day, atRisk, events }))).toEqual([
      { day: 8, atRisk: 4, events: 1 },
      { day: 14, atRisk: 3, events: 1 },
    ]);
    expect(all?.steps[0]?.survival).toBeCloseTo(0.75, 12);
    expect(all?.steps[0]?.ciLow).toBeCloseTo(0.75 * Math.exp(-z * Math.sqrt(1 / 12)), 9);
    expect(all?.steps[1]?.survival).toBeCloseTo(0.5, 12);
    expect(all?.steps[1]?.ciLow).toBeCloseTo(0.5 * Math.exp(-z * 0.5), 9);
    expect(all?.steps[1]?.ciHigh).toBe(1);
  });

  it('gives medication reduction from the first to the last report, and by week, beside the 33 % benchmark', async () => {
    const { medicationTrend } = await owner.data<{ medicationTrend: { benchmark: number; cohorts: { opioids: Record<string, number>; nonOpioids: Record<string, number>; opioidTrend: { week: number; reduction: Figures }[] }[] } }>(
      `{ medicationTrend { benchmark cohorts { opioids { n medianReduction meanReduction shareReducedAtLeast30 shareStopped }
         nonOpioids { n medianReduction meanReduction shareReducedAtLeast30 shareStopped }
         opioidTrend { week reduction { ${DISTRIBUTION} } } } } }`,
    );
    const [all] = medicationTrend.cohorts;

    expect(medicationTrend.benchmark).toBe(0.33);
    // E1 (45 − 15)/45 = 2/3, E2 0, E3 1 (stopped); E6 has no opioid baseline and is left out.
    expect(all?.opioids['n']).toBe(3);
    expect(all?.opioids['medianReduction']).toBeCloseTo(2 / 3, 12);
    expect(all?.opioids['meanReduction']).toBeCloseTo((2 / 3 + 0 + 1) / 3, 12);
    expect(all?.opioids['shareReducedAtLeast30']).toBeCloseTo(2 / 3, 12);
    expect(all?.opioids['shareStopped']).toBeCloseTo(1 / 3, 12);
    expect(all?.nonOpioids).toMatchObject({ n: 1, medianReduction: 0.5, shareStopped: 0 });
    expect(all?.opioidTrend.map((point) => point.week)).toEqual([0, 1, 3, 4]);
    expectFigures(all?.opioidTrend[0]?.reduction, [0, 0, 0]);
    expectFigures(all?.opioidTrend[1]?.reduction, [100]);
    expectFigures(all?.opioidTrend[2]?.reduction, [(200 / 3)]);
  });

  it('limits a therapist to their own episodes, and lists their caseload with flags', async () => {
    const { outcomeSummary } = await therapist.data<SummaryData>(SUMMARY, { groupBy: 'NONE' });
    expect(outcomeSummary.total).toMatchObject({ episodes: 5, eligible: 3, responders: 1 });

    const { caseload } = await therapist.data<{ caseload: { episodeId: string; latestPain: number; painChange: number; sessionCount: number; redFlag: boolean; failureToProgress: boolean; overdue: boolean; weeklyPain: { week: number; meanPain: number }[] }[] }>(
      '{ caseload { episodeId latestPain painChange sessionCount redFlag failureToProgress overdue weeklyPain { week meanPain } } }',
    );
    const e6 = caseload.find((entry) => entry.episodeId === episodes['e6']?.id);
    expect(caseload.map((entry) => entry.episodeId).sort()).toEqual(
      ['e1', 'e2', 'e4', 'e5', 'e6'].map((key) => episodes[key]?.id).sort(),
    );
    expect(e6).toMatchObject({ latestPain: 7, painChange: 0, sessionCount: 4, redFlag: true, failureToProgress: true, overdue: true });
    expect(e6?.weeklyPain).toEqual([
      { week: 0, meanPain: 7 },
      { week: 1, meanPain: 7 },
      { week: 2, meanPain: 6 },
      { week: 3, meanPain: 7 },
    ]);
    await expect(owner.errorCode('{ caseload { episodeId } }')).resolves.toBe('FORBIDDEN');
  });

  it('compares therapists raw, and says when the case mix is too small to adjust', async () => {
    const { therapistComparison } = await owner.data<{ therapistComparison: { therapists: { therapistId: string; episodes: number; rawChange: Figures }[]; adjustmentUnavailable: string | null; n: number } }>(
      `{ therapistComparison { n adjustmentUnavailable therapists { therapistId episodes rawChange { ${DISTRIBUTION} } } } }`,
    );
    const byId = new Map(therapistComparison.therapists.map((entry) => [entry.therapistId, entry]));

    expect(therapistComparison.n).toBe(4);
    expectFigures(byId.get(fixture.therapist.id)?.rawChange, [-4, -1, 0]);
    expectFigures(byId.get(fixture.otherTherapist.id)?.rawChange, [-4]);
    // 4 episodes against intercept, baseline, 2 cause dummies and a therapist dummy: too few to fit.
    expect(therapistComparison.adjustmentUnavailable).toMatch(/too few/i);
    await expect(therapist.errorCode('{ therapistComparison { n } }')).resolves.toBe('FORBIDDEN');
  });

  it('suppresses every cell of n ≤ 10 for a researcher, and refuses therapist cohorts', async () => {
    const { outcomeSummary } = await researcher.data<SummaryData>(SUMMARY, { groupBy: 'CAUSE' });
    expect(outcomeSummary.total).toMatchObject({ suppressed: true, episodes: null, responders: null, painChange: null });
    expect(outcomeSummary.cohorts.every((cohort) => cohort['suppressed'] === true && cohort['responders'] === null)).toBe(true);
    expect(outcomeSummary.openRedFlags).toBeNull();

    const { trajectory } = await researcher.data<TrajectoryData>(TRAJECTORY, { groupBy: 'NONE' });
    expect(trajectory.cohorts[0]).toMatchObject({ suppressed: true, episodes: null });
    await expect(researcher.errorCode(TRAJECTORY, { groupBy: 'THERAPIST' })).resolves.toBe('FORBIDDEN');
  });

  it('shows a session just written in the very next query', async () => {
    await record(therapist, episodes['e2'] as Episode, 42, 3);

    const { outcomeSummary } = await owner.data<SummaryData>(SUMMARY, { groupBy: 'NONE' });
    // E2 is now 6 → 3: 3 ≤ 4 and 30 ≤ 42, a responder (and 3 ≤ 0.5 × 6, substantial).
    expect(outcomeSummary.total).toMatchObject({ responders: 3, substantialResponders: 3, sessions: 21 });
    const { trajectory } = await owner.data<TrajectoryData>(TRAJECTORY, { groupBy: 'NONE' });
    expectFigures(trajectory.cohorts[0]?.points.find((point) => point.week === 6)?.pain, [3]);
  });

  it('filters by frequency, cause, technique and start date', async () => {
    const count = async (filter: Record<string, unknown>): Promise<unknown> =>
      (await owner.data<SummaryData>(SUMMARY, { groupBy: 'NONE', filter })).outcomeSummary.total['episodes'];

    await expect(count({ frequencies: ['BIWEEKLY'] })).resolves.toBe(1);
    await expect(count({ causes: ['PIRIFORMIS', 'MUSCULAR'] })).resolves.toBe(4);
    await expect(count({ techniques: ['DEEP_TISSUE'] })).resolves.toBe(6);
    await expect(count({ techniques: ['HEAT'] })).resolves.toBe(0);
    await expect(count({ startedFrom: '2026-01-06' })).resolves.toBe(0);
    await expect(count({ statuses: ['DROPPED_OUT'] })).resolves.toBe(1);
  });

  it('refuses a malformed filter with a field error', async () => {
    const badId = await owner.send(SUMMARY, { groupBy: 'NONE', filter: { therapistIds: ['not-a-uuid'] } });
    // An impossible date fails GraphQL's own coercion of the LocalDate scalar, before validation.
    const badDate = await owner.send(SUMMARY, { groupBy: 'NONE', filter: { startedFrom: '2026-02-30' } });

    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.therapistIds' }] });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.extensions?.fields?.[0]?.field).toMatch(/startedFrom/);
  });

  it('takes concurrent sessions for one episode without a deadlock, and counts them all', async () => {
    const before = (await owner.data<SummaryData>(SUMMARY, { groupBy: 'NONE' })).outcomeSummary.total['sessions'] as number;
    const days = [43, 44, 45, 46, 47, 48, 49, 50];
    await Promise.all(days.map((day) => record(therapist, episodes['e2'] as Episode, day, 3)));

    const after = (await owner.data<SummaryData>(SUMMARY, { groupBy: 'NONE' })).outcomeSummary.total['sessions'];
    expect(after).toBe(before + days.length);
  });
});


function dateOf(dayIndex: number): string {
  const date = new Date(Date.UTC(2026, 0, 5 + dayIndex));
  return date.toISOString().slice(0, 10);
}
