import { Episode } from '../../src/episodes/episode.entity';
import { rowCounts } from '../support/audit';
import { createClinicFixture, type ClinicFixture, TEST_PASSWORD } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

const OPEN = `mutation($input: OpenEpisodeInput!) {
  openEpisode(input: $input) { id status plannedFrequency startDate therapist { id } patient { id } }
}`;
const DISCHARGE = 'mutation($input: EndEpisodeInput!) { dischargeEpisode(input: $input) { id status endDate } }';
const DROP_OUT = 'mutation($input: EndEpisodeInput!) { markEpisodeDroppedOut(input: $input) { id status endDate } }';
const RECORD_SESSION = 'mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }';
const MEDICATION = `mutation($input: RecordMedicationReportInput!) {
  recordMedicationReport(input: $input) { id dailyMme factorTable dayIndex opioids { drug dailyDose dailyMme } nonOpioids { drugClass dosesPerWeek } }
}`;
const ODI = 'mutation($input: RecordOdiInput!) { recordOdi(input: $input) { id score dayIndex } }';

describe('episodes, medication reports and ODI', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let owner: GraphQLClient;
  let therapist: GraphQLClient;

  const openInput = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    patientId: fixture.patient.id,
    condition: 'SCIATICA',
    suspectedCause: 'DISC_HERNIATION',
    plannedFrequency: 'BIWEEKLY',
    startDate: '2026-03-02',
    symptomDurationWeeks: 10,
    ...overrides,
  });

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    therapist = await testApp.login(fixture.therapist.email, TEST_PASSWORD);
  });
  afterAll(() => testApp.close());

  it('opens an episode for the therapist who opens it, and for the therapist an owner names', async () => {
    const own = await therapist.data<{ openEpisode: Record<string, unknown> }>(OPEN, { input: openInput() });
    expect(own.openEpisode).toMatchObject({ status: 'ACTIVE', plannedFrequency: 'BIWEEKLY', therapist: { id: fixture.therapist.id } });

    const assigned = await owner.data<{ openEpisode: Record<string, unknown> }>(OPEN, {
      input: openInput({ patientId: fixture.otherPatient.id, therapistId: fixture.otherTherapist.id }),
    });
    expect(assigned.openEpisode).toMatchObject({ therapist: { id: fixture.otherTherapist.id }, patient: { id: fixture.otherPatient.id } });
  });

  it.each([
    ['an unknown frequency', { plannedFrequency: 'TWICE_A_WEEK' }, 'input.plannedFrequency'],
    ['a start date in the future', { startDate: '2999-03-02' }, 'input.startDate'],
    ['a negative symptom duration', { symptomDurationWeeks: -1 }, 'input.symptomDurationWeeks'],
  ])('refuses %s and writes nothing', async (_, overrides, field) => {
    const before = await rowCounts(testApp.dataSource, ['episode']);
    const response = await therapist.send(OPEN, { input: openInput(overrides) });

    expect(response.errors?.[0]?.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    await expect(rowCounts(testApp.dataSource, ['episode'])).resolves.toEqual(before);
  });

  it('refuses an episode for another therapist’s patient', async () => {
    await expect(therapist.errorCode(OPEN, { input: openInput({ patientId: fixture.otherPatient.id }) })).resolves.toBe('FORBIDDEN');
  });

  it('updates the plan and lets only an owner reassign the therapist', async () => {
    const update = 'mutation($input: UpdateEpisodeInput!) { updateEpisode(input: $input) { plannedFrequency therapist { id } } }';
    await expect(therapist.data(update, { input: { id: fixture.episode.id, plannedFrequency: 'BIWEEKLY' } })).resolves.toEqual({
      updateEpisode: { plannedFrequency: 'BIWEEKLY', therapist: { id: fixture.therapist.id } },
    });
    await expect(therapist.errorCode(update, { input: { id: fixture.episode.id, therapistId: fixture.otherTherapist.id } })).resolves.toBe('FORBIDDEN');
  });

  it('discharges an episode not before its last session, once', async () => {
    const { openEpisode } = await therapist.data<{ openEpisode: { id: string } }>(OPEN, { input: openInput() });
    await therapist.data(RECORD_SESSION, {
      input: { clientRequestId: 'discharge-test-1', episodeId: openEpisode.id, sessionDate: '2026-03-16', painBefore: 6, techniques: ['SWEDISH'], minutes: 45 },
    });

    const early = await therapist.send(DISCHARGE, { input: { id: openEpisode.id, endDate: '2026-03-10' } });
    expect(early.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.endDate');

    await expect(therapist.data(DISCHARGE, { input: { id: openEpisode.id, endDate: '2026-03-30' } })).resolves.toEqual({
      dischargeEpisode: { id: openEpisode.id, status: 'DISCHARGED', endDate: '2026-03-30' },
    });
    await expect(therapist.errorCode(DROP_OUT, { input: { id: openEpisode.id, endDate: '2026-03-30' } })).resolves.toBe('CONFLICT');
    const late = await therapist.send(RECORD_SESSION, {
      input: { clientRequestId: 'discharge-test-2', episodeId: openEpisode.id, sessionDate: '2026-04-01', painBefore: 3, techniques: [], minutes: 45 },
    });
    expect(late.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.sessionDate');
  });

  it('marks an episode dropped out', async () => {
    const { openEpisode } = await therapist.data<{ openEpisode: { id: string } }>(OPEN, { input: openInput() });
    await therapist.data(DROP_OUT, { input: { id: openEpisode.id, endDate: '2026-04-13' } });

    await expect(testApp.dataSource.getRepository(Episode).findOneByOrFail({ id: openEpisode.id })).resolves.toMatchObject({
      status: 'DROPPED_OUT',
      endDate: '2026-04-13',
    });
  });

  it('computes MME/day from CDC 2022 factors and replaces a same-day report', async () => {
    const input = {
      episodeId: fixture.episode.id,
      reportDate: '2026-01-12',
      // oxycodone 5 mg x 4/day = 20 mg/day x 1.5 = 30 MME; tramadol 50 mg x 2/day = 100 mg/day x 0.2 = 20 MME.
      opioids: [
        { drug: 'OXYCODONE', strength: 5, dosesPerDay: 4 },
        { drug: 'TRAMADOL', strength: 50, dosesPerDay: 2 },
      ],
      nonOpioids: [{ drugClass: 'NSAID', dosesPerWeek: 14 }],
    };
    const first = await therapist.data<{ recordMedicationReport: Record<string, unknown> }>(MEDICATION, { input });
    expect(first.recordMedicationReport).toMatchObject({
      dailyMme: 50,
      factorTable: 'CDC_2022',
      dayIndex: 7,
      opioids: [
        { drug: 'OXYCODONE', dailyDose: 20, dailyMme: 30 },
        { drug: 'TRAMADOL', dailyDose: 100, dailyMme: 20 },
      ],
      nonOpioids: [{ drugClass: 'NSAID', dosesPerWeek: 14 }],
    });

    // A fentanyl patch of 25 mcg/hr is 25 x 2.4 = 60 MME/day.
    const replaced = await therapist.data<{ recordMedicationReport: { dailyMme: number } }>(MEDICATION, {
      input: { ...input, opioids: [{ drug: 'FENTANYL_TRANSDERMAL', strength: 25, dosesPerDay: 1 }], nonOpioids: [] },
    });
    expect(replaced.recordMedicationReport.dailyMme).toBeCloseTo(60, 12);
    await expect(rowCounts(testApp.dataSource, ['medication_report'])).resolves.toEqual({ medication_report: 1 });
  });

  it.each([
    ['a duplicated drug', { opioids: [{ drug: 'MORPHINE', strength: 10, dosesPerDay: 2 }, { drug: 'MORPHINE', strength: 5, dosesPerDay: 1 }] }, 'input.opioids'],
    ['a zero strength', { opioids: [{ drug: 'MORPHINE', strength: 0, dosesPerDay: 2 }] }, 'input.opioids[0].strength'],
    ['a fentanyl patch dosed twice a day', { opioids: [{ drug: 'FENTANYL_TRANSDERMAL', strength: 25, dosesPerDay: 2 }] }, 'input.opioids[0].dosesPerDay'],
    ['an unknown drug', { opioids: [{ drug: 'KRATOM', strength: 1, dosesPerDay: 1 }] }, 'input.opioids[0].drug'],
  ])('refuses a medication report with %s', async (_, overrides, field) => {
    const before = await rowCounts(testApp.dataSource, ['medication_report', 'medication_item']);
    const response = await therapist.send(MEDICATION, {
      input: { episodeId: fixture.episode.id, reportDate: '2026-01-26', nonOpioids: [], ...overrides },
    });

    expect(response.errors?.[0]?.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    await expect(rowCounts(testApp.dataSource, ['medication_report', 'medication_item'])).resolves.toEqual(before);
  });

  it('scores an ODI (sum / (5 x answered) x 100) and refuses one with 3 sections missing', async () => {
    // 4+3+2+3+1+2+3+2 = 20 over 8 answered sections: 20 / 40 x 100 = 50.
    const answers = [4, 3, 2, 3, 1, 2, 3, 2, null, null];
    const { recordOdi } = await therapist.data<{ recordOdi: { score: number; dayIndex: number } }>(ODI, {
      input: { episodeId: fixture.episode.id, measuredOn: '2026-01-05', answers },
    });
    expect(recordOdi).toMatchObject({ score: 50, dayIndex: 0 });

    const missing = await therapist.send(ODI, {
      input: { episodeId: fixture.episode.id, measuredOn: '2026-01-06', answers: [4, 3, 2, 3, 1, 2, 3, null, null, null] },
    });
    expect(missing.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.answers');
    const outOfRange = await therapist.send(ODI, {
      input: { episodeId: fixture.episode.id, measuredOn: '2026-01-06', answers: [6, 3, 2, 3, 1, 2, 3, 1, 1, 1] },
    });
    expect(outOfRange.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads an episode with its sessions, medication and ODI in one query', async () => {
    const { episode } = await owner.data<{ episode: { medicationReports: unknown[]; outcomeMeasures: { score: number }[]; patient: { id: string } } }>(
      'query($id: ID!) { episode(id: $id) { patient { id } sessions { id } medicationReports { dailyMme } outcomeMeasures { score } } }',
      { id: fixture.episode.id },
    );

    expect(episode.patient.id).toBe(fixture.patient.id);
    expect(episode.medicationReports).toHaveLength(1);
    expect(episode.outcomeMeasures.map((measure) => measure.score)).toEqual([50]);
  });
});
