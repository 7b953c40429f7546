import {
  BodyRegion,
  Condition,
  DEFAULT_K_ANONYMITY,
  EpisodeStatus,
  MmeFactorTable,
  NonOpioidClass,
  Position,
  RedFlag,
  Role,
  Sex,
  SuspectedCause,
  Technique,
} from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { refreshEpisodeRollups } from '../../src/analytics/episode-rollups';
import { AuditEvent } from '../../src/audit/audit-event.entity';
import { Episode } from '../../src/episodes/episode.entity';
import { buildCodebook, type Codebook, CODEBOOK_CSV_HEADER, codebookMarkdown } from '../../src/exports/codebook';
import { EPISODE_COLUMNS, SESSION_COLUMNS } from '../../src/exports/export-columns';
import { ExportFile, type ExportManifest } from '../../src/exports/export-manifest';
import { fileQuery } from '../../src/exports/export-queries';
import { ExportEpisode, ExportRun } from '../../src/exports/export-run.entity';
import { exportDialect, type RowShape } from '../../src/exports/export-sql';
import { ExportsService } from '../../src/exports/exports.service';
import { dialectOfDriver } from '../../src/database/dialect';
import { MedicationReport, NonOpioidUse } from '../../src/medications/medication-report.entity';
import { Patient } from '../../src/patients/patient.entity';
import { SessionRedFlag, SessionRegion, SessionTechnique, TreatmentSession } from '../../src/sessions/treatment-session.entity';
import { User } from '../../src/users/user.entity';
import { parseCsvTable } from '../support/csv';
import { createClinicFixture, type ClinicFixture, EpisodeFactory, PatientFactory, TEST_PASSWORD, UserFactory } from '../support/factories';
import { type GraphQLClient, startTestApp, type TestApp } from '../support/test-app';

/**
 * The research export over HTTP, on a clinic built so that every rule shows (k = 5):
 * - class F (female, 40-44, sciatica, piriformis, 2025): 6 patients, one with two episodes → released as is;
 * - class M (male, 60-64, low back pain, disc herniation): 3 patients from 2024 and 3 from 2025 → each
 *   year alone is too small, together they are 6 → released without the start year;
 * - class S (female, 30-34, sciatica, muscular, 2025): 5 episodes of only 4 patients → suppressed
 *   (k counts patients, not episodes);
 * - one patient aged 93 ('90+', alone) and the fixture's two patients (2026) → suppressed.
 * Therapists: A treats 5 released patients, B 5, C 2 → C has no study id.
 * Every patient, therapist and note carries distinctive identifiable strings the files must not hold.
 */

const K = 5;

interface Seeded {
  patients: Patient[];
  episodes: Episode[];
  sessions: TreatmentSession[];
  users: User[];
  /** Strings that are identifiable and must appear in no export file. */
  secrets: string[];
  /** Every calendar date stored for the clinic. */
  dates: string[];
  /** Episode id → what the sessions file must say about it. */
  detailed: { episodeId: string; minutes: number };
  /** Episode ids by class. */
  classes: Record<'F' | 'M' | 'S' | 'O' | 'FIXTURE', string[]>;
}

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function seedClinic(testApp: TestApp, fixture: ClinicFixture): Promise<Seeded> {
  const therapistA = fixture.therapist;
  const therapistB = fixture.otherTherapist;
  const therapistC = UserFactory.build(fixture.clinic, {
    role: Role.THERAPIST,
    displayName: 'Cassius Xylophonewright',
    email: 'cassius.xylophonewright@leaky-mail.example',
  });
  // Distinctive identities on the fixture's logins too.
  await testApp.dataSource.getRepository(User).update(
    { clinicId: fixture.clinic.id, id: therapistA.id },
    { displayName: 'Theodora Quillfeather', email: 'theodora.quillfeather@leaky-mail.example' },
  );
  await testApp.dataSource.getRepository(User).update(
    { clinicId: fixture.clinic.id, id: therapistB.id },
    { displayName: 'Barnaby Wolfsbanecroft', email: 'barnaby.wolfsbanecroft@leaky-mail.example' },
  );
  await testApp.dataSource.getRepository(Patient).update(
    { clinicId: fixture.clinic.id, id: fixture.patient.id },
    { name: 'Persephone Gallowglass', postalCode: 'QX7 9ZZ' },
  );
  await testApp.dataSource.getRepository(Patient).update(
    { clinicId: fixture.clinic.id, id: fixture.otherPatient.id },
    { name: 'Quentin Marchbanks-Oyelaran', postalCode: 'QX8 1ZZ' },
  );

  const patients: Patient[] = [];
  const episodes: Episode[] = [];
  const classes: Seeded['classes'] = { F: [], M: [], S: [], O: [], FIXTURE: [fixture.episode.id, fixture.otherEpisode.id] };
  const patient = (label: string, birthDate: string, sex: Sex, therapist: User): Patient => {
    const created = PatientFactory.build(therapist, {
      name: `Zebediah ${label} Featherstonehaugh`,
      birthDate,
      sex,
      postalCode: `ZQ${patients.length + 10} ${label}X`,
    });
    patients.push(created);
    return created;
  };
  const episode = (group: keyof Seeded['classes'], owner: Patient, therapist: User, overrides: Partial<Episode>): Episode => {
    const created = EpisodeFactory.build(owner, therapist, overrides);
    episodes.push(created);
    classes[group].push(created.id);
    return created;
  };

  // Class F: 6 patients (A treats F1-F5, B treats F6); F1 has two episodes.
  for (let index = 1; index <= 6; index += 1) {
    const therapist = index <= 5 ? therapistA : therapistB;
    const owner = patient(`F${index}`, `1983-0${index}-1${index}`, Sex.FEMALE, therapist);
    const startDate = `2025-0${index}-0${index + 2}`;
    const shared = { condition: Condition.SCIATICA, suspectedCause: SuspectedCause.PIRIFORMIS, startDate };
    episode('F', owner, therapist, index === 6 ? { ...shared, status: EpisodeStatus.DISCHARGED, endDate: addDays(startDate, 40) } : shared);
    if (index === 1) episode('F', owner, therapist, { ...shared, startDate: '2025-09-15' });
  }
  // Class M: 3 patients starting in 2024 and 3 in 2025; B treats M1-M4, C treats M5 and M6.
  for (let index = 1; index <= 6; index += 1) {
    const therapist = index <= 4 ? therapistB : therapistC;
    const owner = patient(`M${index}`, `1962-0${index}-2${index}`, Sex.MALE, therapist);
    episode('M', owner, therapist, {
      condition: Condition.LOW_BACK_PAIN,
      suspectedCause: SuspectedCause.DISC_HERNIATION,
      startDate: index <= 3 ? `2024-1${index - 1}-1${index}` : `2025-1${index - 4}-1${index}`,
    });
  }
  // Class S: 4 patients, S1 with two episodes.
  for (let index = 1; index <= 4; index += 1) {
    const owner = patient(`S${index}`, `1993-0${index}-0${index + 4}`, Sex.FEMALE, therapistA);
    const shared = { condition: Condition.SCIATICA, suspectedCause: SuspectedCause.MUSCULAR, startDate: `2025-0${index}-2${index}` };
    episode('S', owner, therapistA, shared);
    if (index === 1) episode('S', owner, therapistA, { ...shared, startDate: '2025-08-08' });
  }
  // The oldest: 93 at the start of care.
  episode('O', patient('O1', '1931-08-09', Sex.MALE, therapistB), therapistB, { startDate: '2025-04-01' });

  await testApp.dataSource.transaction(async (manager) => {
    await manager.insert(User, therapistC);
    await manager.insert(Patient, patients);
    await manager.insert(Episode, episodes);
  });
  const allEpisodes = [...episodes, fixture.episode, fixture.otherEpisode];

  const sessions: TreatmentSession[] = [];
  const details: (SessionTechnique | SessionRegion | SessionRedFlag)[][] = [[], [], []];
  const reports: MedicationReport[] = [];
  const nonOpioids: NonOpioidUse[] = [];
  const detailedEpisode = episodes[1] as Episode; // F2
  const session = (
    owner: Episode,
    day: number,
    values: { painBefore: number; painAfter: number | null; minutes: number; techniques: Technique[]; regions: BodyRegion[]; redFlags: RedFlag[] },
  ): void => {
    const created: TreatmentSession = Object.assign(new TreatmentSession(), {
      clinicId: owner.clinicId,
      id: randomUUID(),
      episodeId: owner.id,
      therapistId: owner.therapistId,
      sessionDate: addDays(owner.startDate, day),
      dayIndex: day,
      painBefore: values.painBefore,
      painAfter: values.painAfter,
      position: Position.PRONE,
      minutes: values.minutes,
      notes: `Zebediah said to call 555-0199 or write to zebediah.secret@leaky-mail.example; lives at 12 Quincunx Lane`,
      clientRequestId: randomUUID(),
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    sessions.push(created);
    const key = { clinicId: owner.clinicId, sessionId: created.id };
    details[0]?.push(...values.techniques.map((technique) => Object.assign(new SessionTechnique(), { ...key, technique })));
    details[1]?.push(...values.regions.map((region) => Object.assign(new SessionRegion(), { ...key, region })));
    details[2]?.push(...values.redFlags.map((redFlag) => Object.assign(new SessionRedFlag(), { ...key, redFlag })));
  };
  const report = (owner: Episode, day: number, dailyMme: number, factorTable: MmeFactorTable, doses: [NonOpioidClass, number][]): void => {
    const created: MedicationReport = Object.assign(new MedicationReport(), {
      clinicId: owner.clinicId,
      id: randomUUID(),
      episodeId: owner.id,
      reportDate: addDays(owner.startDate, day),
      dayIndex: day,
      dailyMme,
      factorTable,
      createdAt: new Date(),
    });
    reports.push(created);
    for (const [drugClass, dosesPerWeek] of doses) {
      nonOpioids.push(Object.assign(new NonOpioidUse(), { clinicId: owner.clinicId, reportId: created.id, drugClass, dosesPerWeek }));
    }
  };

  // The detailed episode: three sessions, two medication reports.
  const detailedMinutes = 47;
  session(detailedEpisode, 0, {
    painBefore: 8,
    painAfter: 6,
    minutes: detailedMinutes,
    techniques: [Technique.TRIGGER_POINT, Technique.DEEP_TISSUE],
    regions: [BodyRegion.PIRIFORMIS_DEEP_ROTATORS, BodyRegion.GLUTEALS],
    redFlags: [],
  });
  session(detailedEpisode, 9, {
    painBefore: 6,
    painAfter: null,
    minutes: detailedMinutes,
    techniques: [Technique.SWEDISH],
    regions: [],
    redFlags: [RedFlag.SADDLE_NUMBNESS, RedFlag.NIGHT_PAIN],
  });
  session(detailedEpisode, 21, {
    painBefore: 4,
    painAfter: 3,
    minutes: detailedMinutes,
    techniques: [],
    regions: [BodyRegion.LUMBAR],
    redFlags: [],
  });
  report(detailedEpisode, 0, 30, MmeFactorTable.CDC_2022, [
    [NonOpioidClass.NSAID, 7],
    [NonOpioidClass.ACETAMINOPHEN, 14],
  ]);
  report(detailedEpisode, 20, 15, MmeFactorTable.CDC_2022, []);
  // One report with the older factor table, for the manifest.
  report(episodes[7] as Episode, 3, 12, MmeFactorTable.VON_KORFF_2008, [[NonOpioidClass.GABAPENTINOID, 2.5]]);
  // Every other episode: sessions whose minutes tell the episode apart in the files.
  allEpisodes.forEach((owner, index) => {
    if (owner === detailedEpisode) return;
    for (const day of [0, 7 + (index % 3), 15 + index]) {
      session(owner, day, {
        painBefore: 7 - Math.floor(Math.min(day, 14) / 7),
        painAfter: 5,
        minutes: 60 + index,
        techniques: [Technique.MYOFASCIAL_RELEASE],
        regions: [BodyRegion.HAMSTRINGS, BodyRegion.CALVES],
        redFlags: [],
      });
    }
  });

  await testApp.dataSource.transaction(async (manager: EntityManager) => {
    for (let start = 0; start < sessions.length; start += 50) await manager.insert(TreatmentSession, sessions.slice(start, start + 50));
    await manager.insert(SessionTechnique, details[0] as SessionTechnique[]);
    await manager.insert(SessionRegion, details[1] as SessionRegion[]);
    await manager.insert(SessionRedFlag, details[2] as SessionRedFlag[]);
    await manager.insert(MedicationReport, reports);
    await manager.insert(NonOpioidUse, nonOpioids);
    await refreshEpisodeRollups(manager, { clinicId: fixture.clinic.id });
  });

  const users = [fixture.owner, therapistA, therapistB, therapistC, fixture.researcher];
  const allPatients = [...patients, fixture.patient, fixture.otherPatient];
  return {
    patients: allPatients,
    episodes: allEpisodes,
    sessions,
    users,
    secrets: [
      ...allPatients.map((one) => one.name),
      'Zebediah',
      'Featherstonehaugh',
      'Persephone Gallowglass',
      'Quentin Marchbanks-Oyelaran',
      ...allPatients.flatMap((one) => (one.postalCode ? [one.postalCode] : [])),
      'Cassius Xylophonewright',
      'Theodora Quillfeather',
      'Barnaby Wolfsbanecroft',
      'Olivia Owner',
      'Rae Researcher',
      'leaky-mail',
      '@',
      fixture.owner.email,
      fixture.researcher.email,
      '555-0199',
      'Quincunx',
      fixture.clinic.name,
    ],
    dates: [
      ...allPatients.map((one) => one.birthDate),
      ...allEpisodes.flatMap((one) => [one.startDate, ...(one.endDate ? [one.endDate] : [])]),
      ...sessions.map((one) => one.sessionDate),
      ...reports.map((one) => one.reportDate),
    ],
    detailed: { episodeId: detailedEpisode.id, minutes: detailedMinutes },
    classes,
  };
}

interface Download {
  status: number;
  text: string;
  headers: Record<string, string>;
}

/** Fingerprint of an episode in the sessions file: its minutes and day offsets (unique by construction). */
const fingerprint = (rows: Record<string, string>[], studyEpisodeId: string): string =>
  rows
    .filter((row) => row['study_episode_id'] === studyEpisodeId)
    .map((row) => `${row['minutes']}@${row['day_offset']}`)
    .join(' ');

describe('research export', () => {
  let testApp: TestApp;
  let fixture: ClinicFixture;
  let seeded: Seeded;
  let researcher: GraphQLClient;
  let owner: GraphQLClient;
  let therapist: GraphQLClient;

  const download = async (client: GraphQLClient, path: string): Promise<Download> => {
    const call = request(testApp.server).get(path).buffer(true);
    if (client.cookie) call.set('Cookie', client.cookie);
    const response = await call;
    return { status: response.status, text: response.text, headers: response.headers as Record<string, string> };
  };

  /** Both files of one export, made by the first download. */
  const exportBoth = async (client: GraphQLClient, query = ''): Promise<{ id: string; sessions: Download; episodes: Download }> => {
    const sessions = await download(client, `/exports/sessions.csv${query ? `?${query}` : ''}`);
    expect(sessions.status).toBe(200);
    const id = sessions.headers['x-export-id'] as string;
    const episodes = await download(client, `/exports/episodes.csv?exportId=${id}`);
    expect(episodes.status).toBe(200);
    return { id, sessions, episodes };
  };

  const exportAudits = (): Promise<AuditEvent[]> =>
    testApp.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .where('event.action LIKE :pattern', { pattern: 'export.%' })
      .orderBy('event.occurredAt', 'ASC')
      .getMany();

  beforeAll(async () => {
    testApp = await startTestApp();
    fixture = await createClinicFixture(testApp.dataSource);
    seeded = await seedClinic(testApp, fixture);
    researcher = await testApp.login(fixture.researcher.email, TEST_PASSWORD);
    owner = await testApp.login(fixture.owner.email, TEST_PASSWORD);
    therapist = await testApp.login(
      (await testApp.dataSource.getRepository(User).findOneByOrFail({ id: fixture.therapist.id })).email,
      TEST_PASSWORD,
    );
  });
  afterAll(() => testApp.close());

  it('refuses a therapist (403) and an anonymous caller (401), and neither leaves an export audit event', async () => {
    const before = await exportAudits();
    const paths = [
      '/exports/sessions.csv',
      '/exports/episodes.csv',
      '/exports/sessions.csv?k=5&conditions=SCIATICA',
      '/exports/codebook.json',
      '/exports/codebook.csv',
      `/exports/${randomUUID()}/manifest.json`,
    ];
    for (const path of paths) {
      await expect(download(therapist, path)).resolves.toMatchObject({ status: 403 });
      await expect(download(testApp.anonymous, path)).resolves.toMatchObject({ status: 401 });
    }
    await expect(exportAudits()).resolves.toHaveLength(before.length);
    await expect(testApp.dataSource.getRepository(ExportRun).count()).resolves.toBe(0);
  });

  it('writes both files as RFC 4180 CSV with the documented columns, and the counts of the k-anonymity plan', async () => {
    const { id, sessions, episodes } = await exportBoth(researcher);

    expect(sessions.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(sessions.text.endsWith('\r\n')).toBe(true);
    const sessionTable = parseCsvTable(sessions.text);
    const episodeTable = parseCsvTable(episodes.text);
    expect(sessionTable.header).toEqual(SESSION_COLUMNS.map((column) => column.name));
    expect(episodeTable.header).toEqual(EPISODE_COLUMNS.map((column) => column.name));
    expect(sessionTable.header.slice(0, 17)).toEqual([
      'study_patient_id',
      'study_episode_id',
      'day_offset',
      'week',
      'pain_before',
      'pain_after',
      'techniques',
      'regions',
      'position',
      'minutes',
      'planned_frequency',
      'suspected_cause',
      'condition',
      'daily_mme',
      'non_opioid_doses_per_week',
      'red_flags',
      'mme_factor_table',
    ]);

    const run = await testApp.dataSource.getRepository(ExportRun).findOneByOrFail({ id });
    expect(run.manifest.episodes).toEqual({ selected: 21, releasedFull: 7, releasedWithoutStartYear: 6, suppressed: 8 });
    expect(run.manifest.patients).toEqual({ released: 12, suppressed: 7 });
    expect(run.manifest.therapists).toEqual({ withStudyId: 2, withheld: 1 });
    // 13 released episodes: the detailed one has 3 sessions, the other 12 have 3 each; 8 suppressed with 3 each.
    expect(run.manifest.sessions).toEqual({ selected: 63, suppressed: 24 });
    expect(run.manifest.rowsSuppressed).toBe(8 + 24);
    expect(run.manifest.mmeFactorTables).toEqual([
      { table: 'CDC_2022', reports: 2 },
      { table: 'VON_KORFF_2008', reports: 1 },
    ]);
    expect(episodeTable.rows).toHaveLength(13);
    expect(sessionTable.rows).toHaveLength(39);
    expect(sessions.headers['x-export-rows']).toBe('39');
    expect(sessions.headers['x-export-rows-suppressed']).toBe('24');
    expect(episodes.headers['x-export-rows']).toBe('13');
  });

  it('reads sessions as day offsets and weeks, with sorted code lists and the medication in effect at each session', async () => {
    const { sessions, episodes } = await exportBoth(researcher);
    const sessionRows = parseCsvTable(sessions.text).rows;
    const detailed = sessionRows.filter((row) => row['minutes'] === String(seeded.detailed.minutes));
    const episodeRow = parseCsvTable(episodes.text).rows.find((row) => row['study_episode_id'] === detailed[0]?.['study_episode_id']);

    expect(detailed.map((row) => [row['day_offset'], row['week'], row['pain_before'], row['pain_after']])).toEqual([
      ['0', '0', '8', '6'],
      ['9', '1', '6', ''],
      ['21', '3', '4', '3'],
    ]);
    expect(detailed.map((row) => [row['techniques'], row['regions'], row['red_flags']])).toEqual([
      ['DEEP_TISSUE;TRIGGER_POINT', 'GLUTEALS;PIRIFORMIS_DEEP_ROTATORS', ''],
      ['SWEDISH', '', 'NIGHT_PAIN;SADDLE_NUMBNESS'],
      ['', 'LUMBAR', ''],
    ]);
    // Report of day 0 (30 MME, 7 + 14 doses) holds until the report of day 20 (15 MME, none).
    expect(detailed.map((row) => [row['daily_mme'], row['non_opioid_doses_per_week'], row['mme_factor_table']])).toEqual([
      ['30', '21', 'CDC_2022'],
      ['30', '21', 'CDC_2022'],
      ['15', '0', 'CDC_2022'],
    ]);
    expect(detailed[0]).toMatchObject({ position: 'PRONE', planned_frequency: 'WEEKLY', suspected_cause: 'PIRIFORMIS', condition: 'SCIATICA' });
    expect(episodeRow).toMatchObject({
      age_band: '40-44',
      sex: 'FEMALE',
      start_year: '2025',
      session_count: '3',
      last_session_day_offset: '21',
      baseline_pain: '8',
      latest_pain: '4',
      response_day_offset: '21',
      baseline_daily_mme: '30',
      latest_daily_mme: '15',
      baseline_non_opioid_doses_per_week: '21',
      latest_non_opioid_doses_per_week: '0',
    });
    // An episode without any medication report has empty medication cells.
    expect(sessionRows.filter((row) => row['daily_mme'] === '').length).toBeGreaterThan(0);
    expect(sessionRows.filter((row) => row['daily_mme'] === '').every((row) => row['mme_factor_table'] === '')).toBe(true);
  });

  it('leaks no name, email, postal code, note, user name, identifier or full date into any file', async () => {
    const { id, sessions, episodes } = await exportBoth(researcher);
    const run = await testApp.dataSource.getRepository(ExportRun).findOneByOrFail({ id });
    const manifest = JSON.stringify(run.manifest);
    const codebook = JSON.stringify(buildCodebook(run.k));
    const markdown = codebookMarkdown(buildCodebook(run.k));
    const served = {
      manifestJson: await download(researcher, `/exports/${id}/manifest.json`),
      codebookJson: await download(researcher, `/exports/codebook.json?k=${run.k}`),
      codebookCsv: await download(researcher, `/exports/codebook.csv?k=${run.k}`),
    };
    expect(Object.values(served).map((answer) => answer.status)).toEqual([200, 200, 200]);
    const files = {
      sessions: sessions.text,
      episodes: episodes.text,
      manifest,
      codebook,
      markdown,
      ...Object.fromEntries(Object.entries(served).map(([name, answer]) => [name, answer.text])),
    };

    const ids = [
      fixture.clinic.id,
      ...seeded.users.map((user) => user.id),
      ...seeded.patients.map((one) => one.id),
      ...seeded.episodes.map((one) => one.id),
      ...seeded.sessions.map((one) => one.id),
    ];
    const birthYears = seeded.patients.map((one) => one.birthDate.slice(0, 4));
    for (const [name, text] of Object.entries(files)) {
      for (const secret of [...seeded.secrets, ...ids, ...seeded.dates]) {
        expect({ file: name, found: text.includes(secret) ? secret : null }).toEqual({ file: name, found: null });
      }
    }
    for (const [name, text] of Object.entries({ sessions: sessions.text, episodes: episodes.text })) {
      // No date in any notation, no uuid, no birth year in any cell.
      expect({ file: name, dates: text.match(/\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/g) }).toEqual({ file: name, dates: null });
      expect({ file: name, uuids: text.match(/[0-9a-f]{8}-[0-9a-f]{4}-/gi) }).toEqual({ file: name, uuids: null });
      const cells = new Set(parseCsvTable(text).rows.flatMap((row) => Object.values(row)));
      expect(birthYears.filter((year) => cells.has(year))).toEqual([]);
    }
    // The manifest's only full dates are the instants of the export itself.
    const { createdAt, expiresAt, ...rest } = run.manifest;
    expect([createdAt, expiresAt].every((instant) => !Number.isNaN(Date.parse(instant)))).toBe(true);
    expect(JSON.stringify(rest).match(/\d{4}-\d{2}-\d{2}/g)).toBeNull();
    expect(`${codebook}${markdown}`.match(/\d{4}-\d{2}-\d{2}/g)).toBeNull();
  });

  it('releases every combination of quasi-identifiers for at least k patients, drops the start year first, and suppresses the rest', async () => {
    const { id, sessions, episodes } = await exportBoth(researcher);
    const episodeRows = parseCsvTable(episodes.text).rows;
    const classes = new Map<string, { episodes: number; patients: Set<string> }>();
    for (const row of episodeRows) {
      const key = ['age_band', 'sex', 'condition', 'suspected_cause', 'start_year'].map((column) => row[column]).join('|');
      const entry = classes.get(key) ?? { episodes: 0, patients: new Set<string>() };
      entry.episodes += 1;
      entry.patients.add(row['study_patient_id'] as string);
      classes.set(key, entry);
    }

    for (const [key, entry] of classes) {
      expect({ key, episodes: entry.episodes >= K, patients: entry.patients.size >= K }).toEqual({ key, episodes: true, patients: true });
    }
    expect([...classes.keys()].sort()).toEqual(['40-44|FEMALE|SCIATICA|PIRIFORMIS|2025', '60-64|MALE|LOW_BACK_PAIN|DISC_HERNIATION|']);
    expect(episodeRows.some((row) => row['age_band'] === '90+')).toBe(false);
    // The plan in the database agrees, episode by episode.
    const plan = await testApp.dataSource.getRepository(ExportEpisode).findBy({ exportId: id });
    const releaseOf = (episodeId: string): string | undefined => plan.find((row) => row.episodeId === episodeId)?.release;
    expect(seeded.classes.F.map(releaseOf)).toEqual(seeded.classes.F.map(() => 'FULL'));
    expect(seeded.classes.M.map(releaseOf)).toEqual(seeded.classes.M.map(() => 'NO_YEAR'));
    // Suppressed episodes get no study id and no row in the plan.
    const suppressed = [...seeded.classes.S, ...seeded.classes.O, ...seeded.classes.FIXTURE];
    expect(suppressed.map(releaseOf)).toEqual(suppressed.map(() => undefined));
    expect(plan).toHaveLength(episodeRows.length);
    // Sessions of suppressed episodes are not in the sessions file.
    const released = new Set(episodeRows.map((row) => row['study_episode_id']));
    expect(parseCsvTable(sessions.text).rows.every((row) => released.has(row['study_episode_id']))).toBe(true);
  });

  it('counts patients, not episodes: one patient\'s several episodes make neither a class nor a therapist\'s k', async () => {
    // A clinic of its own, k = 3, every patient female and 40-44 at each start:
    // - class G (sciatica, piriformis): in 2024 R1 (three episodes) and G2, four episodes of two patients;
    //   in 2025 G3 and G4. No year covers 3 patients; without the year, 4 patients → released without it;
    // - class H (low back pain, muscular, 2025): R2 (three episodes) and H2, four episodes of two patients → suppressed;
    // - class J (low back pain, disc herniation, 2025): J1-J3 → released as is;
    // - the fixture's two patients (55-59, 2026) → suppressed.
    // Therapist X treats R1 and R2: three released episodes, one patient → no study id. Y treats the other 6 released patients.
    const clinic = await createClinicFixture(testApp.dataSource, 'Returning Patients Clinic');
    const [x, y] = [clinic.therapist, clinic.otherTherapist];
    const patients: Patient[] = [];
    const episodes: Episode[] = [];
    const groups: Record<'G' | 'H' | 'J', string[]> = { G: [], H: [], J: [] };
    const returning = new Map<string, string[]>();
    const add = (group: keyof typeof groups, label: string, therapist: User, cause: SuspectedCause, startDates: string[]): void => {
      const owner = PatientFactory.build(therapist, { name: `Returning ${label}`, birthDate: '1982-03-03', sex: Sex.FEMALE });
      patients.push(owner);
      const condition = cause === SuspectedCause.PIRIFORMIS ? Condition.SCIATICA : Condition.LOW_BACK_PAIN;
      const made = startDates.map((startDate) => EpisodeFactory.build(owner, therapist, { condition, suspectedCause: cause, startDate }));
      episodes.push(...made);
      groups[group].push(...made.map((one) => one.id));
      if (made.length > 1) returning.set(label, made.map((one) => one.id));
    };
    add('G', 'R1', x, SuspectedCause.PIRIFORMIS, ['2024-04-08', '2024-07-15', '2024-10-21']);
    add('G', 'G2', y, SuspectedCause.PIRIFORMIS, ['2024-05-06']);
    add('G', 'G3', y, SuspectedCause.PIRIFORMIS, ['2025-05-12']);
    add('G', 'G4', y, SuspectedCause.PIRIFORMIS, ['2025-06-16']);
    add('H', 'R2', x, SuspectedCause.MUSCULAR, ['2025-04-07', '2025-07-14', '2025-10-20']);
    add('H', 'H2', y, SuspectedCause.MUSCULAR, ['2025-05-05']);
    add('J', 'J1', y, SuspectedCause.DISC_HERNIATION, ['2025-04-14']);
    add('J', 'J2', y, SuspectedCause.DISC_HERNIATION, ['2025-08-11']);
    add('J', 'J3', y, SuspectedCause.DISC_HERNIATION, ['2025-11-03']);
    // Medication reports, for the manifest's count per MME factor table: both tables in one released
    // episode (R1's first), one report in each of three other released episodes (G2, J1, J2), and
    // both tables in a suppressed one (H2), which must not count. By hand: CDC_2022 2 + 3 = 5,
    // VON_KORFF_2008 1.
    const reportsOf = (groupIndex: number, group: keyof typeof groups, tables: MmeFactorTable[]): MedicationReport[] => {
      const episode = episodes.find((one) => one.id === groups[group][groupIndex]) as Episode;
      return tables.map((factorTable, day) =>
        Object.assign(new MedicationReport(), {
          clinicId: episode.clinicId,
          id: randomUUID(),
          episodeId: episode.id,
          reportDate: addDays(episode.startDate, day),
          dayIndex: day,
          dailyMme: 10,
          factorTable,
          createdAt: new Date(),
        }),
      );
    };
    const medication = [
      ...reportsOf(0, 'G', [MmeFactorTable.CDC_2022, MmeFactorTable.VON_KORFF_2008, MmeFactorTable.CDC_2022]),
      ...reportsOf(3, 'G', [MmeFactorTable.CDC_2022]),
      ...reportsOf(0, 'J', [MmeFactorTable.CDC_2022]),
      ...reportsOf(1, 'J', [MmeFactorTable.CDC_2022]),
      ...reportsOf(3, 'H', [MmeFactorTable.VON_KORFF_2008, MmeFactorTable.CDC_2022]),
    ];
    await testApp.dataSource.transaction(async (manager) => {
      await manager.insert(Patient, patients);
      await manager.insert(Episode, episodes);
      await manager.insert(MedicationReport, medication);
      await refreshEpisodeRollups(manager, { clinicId: clinic.clinic.id });
    });
    const client = await testApp.login(clinic.researcher.email, TEST_PASSWORD);

    const { id, episodes: file } = await exportBoth(client, 'k=3');
    const rows = parseCsvTable(file.text).rows;
    const run = await testApp.dataSource.getRepository(ExportRun).findOneByOrFail({ id });

    // Every released class covers at least k patients, though some have more episodes than patients.
    const classes = new Map<string, { episodes: number; patients: Set<string> }>();
    for (const row of rows) {
      const key = ['age_band', 'sex', 'condition', 'suspected_cause', 'start_year'].map((column) => row[column]).join('|');
      const entry = classes.get(key) ?? { episodes: 0, patients: new Set<string>() };
      entry.episodes += 1;
      entry.patients.add(row['study_patient_id'] as string);
      classes.set(key, entry);
    }
    expect(Object.fromEntries([...classes].map(([key, entry]) => [key, { episodes: entry.episodes, patients: entry.patients.size }]))).toEqual({
      '40-44|FEMALE|SCIATICA|PIRIFORMIS|': { episodes: 6, patients: 4 },
      '40-44|FEMALE|LOW_BACK_PAIN|DISC_HERNIATION|2025': { episodes: 3, patients: 3 },
    });
    const plan = await testApp.dataSource.getRepository(ExportEpisode).findBy({ exportId: id });
    const releaseOf = (episodeId: string): string | undefined => plan.find((row) => row.episodeId === episodeId)?.release;
    expect(groups.G.map(releaseOf)).toEqual(groups.G.map(() => 'NO_YEAR'));
    expect(groups.J.map(releaseOf)).toEqual(groups.J.map(() => 'FULL'));
    expect([...groups.H, clinic.episode.id, clinic.otherEpisode.id].map(releaseOf)).toEqual(Array.from({ length: 6 }, () => undefined));
    expect(plan).toHaveLength(rows.length);

    // R1's three episodes: one study patient id, no start year, and no therapist id (X covers one patient).
    const r1 = plan.filter((row) => returning.get('R1')?.includes(row.episodeId));
    expect(new Set(r1.map((row) => row.studyPatientId)).size).toBe(1);
    const r1Rows = rows.filter((row) => row['study_patient_id'] === `P${r1[0]?.studyPatientId}`);
    expect(r1Rows.map((row) => [row['start_year'], row['study_therapist_id']])).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
    const therapistIds = new Set(rows.map((row) => row['study_therapist_id']).filter(Boolean));
    expect(therapistIds.size).toBe(1);

    // The manifest counts the same: episodes, patients (suppressed: none of their episodes released), therapists.
    expect(run.manifest.episodes).toEqual({ selected: 15, releasedFull: 3, releasedWithoutStartYear: 6, suppressed: 6 });
    expect(run.manifest.patients).toEqual({ released: 7, suppressed: 4 });
    expect(run.manifest.therapists).toEqual({ withStudyId: 1, withheld: 1 });
    expect(run.manifest.files.episodes.rows).toBe(rows.length);
    // Reports per factor table: by hand (above), and as the released episodes' reports joined.
    expect(run.manifest.mmeFactorTables).toEqual([
      { table: MmeFactorTable.CDC_2022, reports: 5 },
      { table: MmeFactorTable.VON_KORFF_2008, reports: 1 },
    ]);
    const released = new Set(plan.map((row) => row.episodeId));
    const joined = new Map<string, number>();
    for (const report of medication.filter((one) => released.has(one.episodeId))) {
      joined.set(report.factorTable, (joined.get(report.factorTable) ?? 0) + 1);
    }
    expect(run.manifest.mmeFactorTables).toEqual([...joined].sort(([a], [b]) => a.localeCompare(b)).map(([table, reports]) => ({ table, reports })));
  });

  it('gives therapist study ids only to therapists with at least k patients in the export', async () => {
    const { episodes } = await exportBoth(researcher);
    const rows = parseCsvTable(episodes.text).rows;
    const patientsOf = new Map<string, Set<string>>();
    for (const row of rows) {
      const therapistId = row['study_therapist_id'] as string;
      if (!therapistId) continue;
      patientsOf.set(therapistId, (patientsOf.get(therapistId) ?? new Set()).add(row['study_patient_id'] as string));
    }

    expect(patientsOf.size).toBe(2);
    expect([...patientsOf.values()].every((patients) => patients.size >= K)).toBe(true);
    expect([...patientsOf.keys()].every((therapistId) => /^T\d+$/.test(therapistId))).toBe(true);
    // Therapist C's two patients (class M, 2025) are released without a therapist id.
    expect(rows.filter((row) => row['study_therapist_id'] === '')).toHaveLength(2);
  });

  it('keeps study ids stable within an export (both files, both episodes of a patient) and new in every export', async () => {
    const first = await exportBoth(researcher);
    const second = await exportBoth(researcher);
    const tables = [first, second].map(({ sessions, episodes }) => ({
      sessions: parseCsvTable(sessions.text).rows,
      episodes: parseCsvTable(episodes.text).rows,
    }));

    for (const { sessions, episodes } of tables) {
      const patientOf = new Map(episodes.map((row) => [row['study_episode_id'], row['study_patient_id']]));
      expect(sessions.every((row) => patientOf.get(row['study_episode_id']) === row['study_patient_id'])).toBe(true);
      // Patient F1's two episodes share one patient id.
      const episodesPerPatient = new Map<string, number>();
      for (const row of episodes) episodesPerPatient.set(row['study_patient_id'] as string, (episodesPerPatient.get(row['study_patient_id'] as string) ?? 0) + 1);
      expect([...episodesPerPatient.values()].sort()).toEqual([...Array.from({ length: 11 }, () => 1), 2]);
      expect(episodes.every((row) => /^P\d+$/.test(row['study_patient_id'] as string) && /^E\d+$/.test(row['study_episode_id'] as string))).toBe(true);
    }
    // The same episode (told apart by its sessions) has other study ids in the second export.
    const [one, two] = tables as [(typeof tables)[number], (typeof tables)[number]];
    const idsByFingerprint = (table: typeof one): Map<string, string> =>
      new Map(table.episodes.map((row) => [fingerprint(table.sessions, row['study_episode_id'] as string), row['study_episode_id'] as string]));
    const firstIds = idsByFingerprint(one);
    const secondIds = idsByFingerprint(two);
    expect(firstIds.size).toBe(13);
    expect([...secondIds.keys()].sort()).toEqual([...firstIds.keys()].sort());
    expect([...firstIds].filter(([print, studyId]) => secondIds.get(print) === studyId).length).toBeLessThan(13);
    expect(second.id).not.toBe(first.id);
  });

  it('writes an audit event for every export with who, the filter, rows and suppressed rows, and no identity', async () => {
    const before = (await exportAudits()).length;
    const { id } = await exportBoth(owner, 'conditions=SCIATICA&k=3');

    const events = (await exportAudits()).slice(before);
    expect(events.map((event) => event.action)).toEqual(['export.create', 'export.sessions', 'export.episodes']);
    expect(events.every((event) => event.actorUserId === fixture.owner.id && event.objectId === id)).toBe(true);
    const sessionsEvent = events[1] as AuditEvent;
    const run = await testApp.dataSource.getRepository(ExportRun).findOneByOrFail({ id });
    expect(sessionsEvent.detail).toMatchObject({
      filter: { conditions: ['SCIATICA'], causes: [], startedFrom: null },
      k: 3,
      rows: run.manifest.files.sessions.rows,
      rowsSuppressed: run.manifest.sessions.suppressed,
      completed: true,
    });
    expect(events[2]?.detail).toMatchObject({ rows: run.manifest.files.episodes.rows, completed: true });
    const text = JSON.stringify(events);
    expect(seeded.secrets.filter((secret) => secret !== '@' && text.includes(secret))).toEqual([]);
    expect(seeded.patients.some((one) => text.includes(one.id))).toBe(false);
  });

  it('serves the codebook: every column of both files, as JSON and as CSV, for the k asked', async () => {
    const json = await download(researcher, '/exports/codebook.json');
    expect(json.status).toBe(200);
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const codebook = JSON.parse(json.text) as Codebook;
    expect(codebook).toEqual(buildCodebook(DEFAULT_K_ANONYMITY));
    expect(codebook.files.sessions.columns.map((column) => column.name)).toEqual(SESSION_COLUMNS.map((column) => column.name));
    expect(codebook.files.episodes.columns.map((column) => column.name)).toEqual(EPISODE_COLUMNS.map((column) => column.name));
    const columns = [...codebook.files.sessions.columns, ...codebook.files.episodes.columns];
    expect(columns.every((column) => column.type && column.description && column.derivation && 'unit' in column && 'allowedValues' in column)).toBe(true);
    expect(columns.find((column) => column.name === 'pain_before')).toMatchObject({ type: 'integer', unit: 'NPRS points (0-10)', range: { min: 0, max: 10 } });

    const withK = await download(owner, '/exports/codebook.json?k=3');
    expect(withK.status).toBe(200);
    expect((JSON.parse(withK.text) as Codebook).k).toBe(3);
    expect(withK.text).toContain('k = 3');

    const csv = await download(owner, '/exports/codebook.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="codebook.csv"');
    expect(csv.text.endsWith('\r\n')).toBe(true);
    const table = parseCsvTable(csv.text);
    expect(table.header).toEqual([...CODEBOOK_CSV_HEADER]);
    const expected = Object.values(codebook.files).flatMap((file) =>
      file.columns.map((column) => ({
        file: file.name,
        position: String(column.position),
        name: column.name,
        type: column.type,
        unit: column.unit ?? '',
        allowed_values: column.allowedValues?.join(';') ?? '',
        range_min: column.range ? String(column.range.min) : '',
        range_max: column.range?.max === null || column.range === null ? '' : String(column.range.max),
        empty_means: column.whenEmpty ?? '',
        description: column.description,
        derivation: column.derivation,
      })),
    );
    expect(table.rows).toEqual(expected);
    expect(table.rows).toHaveLength(SESSION_COLUMNS.length + EPISODE_COLUMNS.length);
  });

  it('serves the manifest of any export of the clinic, audited, and no other clinic\'s', async () => {
    const { id } = await exportBoth(researcher, 'conditions=SCIATICA&k=3');
    const run = await testApp.dataSource.getRepository(ExportRun).findOneByOrFail({ id });
    const before = (await exportAudits()).length;

    const own = await download(researcher, `/exports/${id}/manifest.json`);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toMatch(/^application\/json/);
    expect(own.headers['cache-control']).toBe('no-store');
    const manifest = JSON.parse(own.text) as ExportManifest;
    expect(manifest).toEqual(run.manifest);
    expect(manifest).toMatchObject({
      exportId: id,
      k: 3,
      filter: { conditions: ['SCIATICA'], therapistsSelected: 0 },
      rowsSuppressed: run.manifest.episodes.suppressed + run.manifest.sessions.suppressed,
    });
    // The detailed episode's two reports; the older table's report is of a low back pain episode.
    expect(manifest.mmeFactorTables).toEqual([{ table: 'CDC_2022', reports: 2 }]);
    expect(manifest.files.sessions.rows).toBeGreaterThan(0);
    // The clinic's owner reads a researcher's export's manifest too: counts, no identity.
    await expect(download(owner, `/exports/${id}/manifest.json`)).resolves.toMatchObject({ status: 200, text: own.text });

    // Another clinic's export does not exist for the caller, like an id that was never made.
    const elsewhere = await createClinicFixture(testApp.dataSource, 'Elsewhere Clinic');
    const outsider = await testApp.login(elsewhere.researcher.email, TEST_PASSWORD);
    const foreign = await download(outsider, `/exports/${id}/manifest.json`);
    const unknown = await download(researcher, `/exports/${randomUUID()}/manifest.json`);
    expect([foreign.status, unknown.status]).toEqual([404, 404]);
    expect(JSON.parse(foreign.text)).toEqual({ error: { code: 'NOT_FOUND', message: `Export ${id} was not found.` } });

    // Each read is an export.manifest event of its reader; the refused reads left none.
    const events = (await exportAudits()).slice(before);
    expect(events.map((event) => [event.action, event.actorUserId, event.objectType, event.objectId])).toEqual([
      ['export.manifest', fixture.researcher.id, 'export_run', id],
      ['export.manifest', fixture.owner.id, 'export_run', id],
    ]);
    expect(events.every((event) => event.clinicId === fixture.clinic.id && event.detail?.['k'] === 3)).toBe(true);

    // An expired export's files are gone; its manifest stays, for the record.
    await testApp.dataSource.getRepository(ExportRun).update({ id }, { expiresAt: new Date(Date.now() - 1000) });
    await expect(download(researcher, `/exports/episodes.csv?exportId=${id}`)).resolves.toMatchObject({ status: 404 });
    await expect(download(researcher, `/exports/${id}/manifest.json`)).resolves.toMatchObject({ status: 200 });
  });

  it.each([
    ['a k out of range', '/exports/codebook.json?k=1', 'input.k'],
    ['an unknown parameter', '/exports/codebook.csv?kay=3', 'input.kay'],
    ['a malformed export id', '/exports/42/manifest.json', 'input.exportId'],
    ['an export id that is not a UUID', "/exports/1'%20OR%20'1'='1/manifest.json", 'input.exportId'],
    ['a parameter the manifest does not take', `/exports/${randomUUID()}/manifest.json?k=5`, 'input.k'],
  ])('refuses %s on the codebook and manifest routes with a field-level 400', async (_, path, field) => {
    const auditsBefore = (await exportAudits()).length;
    const response = await request(testApp.server).get(path).set('Cookie', researcher.cookie ?? '');

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.error.code).toBe('BAD_USER_INPUT');
    expect(response.body.error.message).toContain(field);
    await expect(exportAudits()).resolves.toHaveLength(auditsBefore);
  });

  it('applies the analytics filter and k', async () => {
    const { id, episodes } = await exportBoth(researcher, 'conditions=LOW_BACK_PAIN&startedFrom=2024-01-01&startedTo=2025-12-31&k=3');
    const rows = parseCsvTable(episodes.text).rows;
    const run = await testApp.dataSource.getRepository(ExportRun).findOneByOrFail({ id });

    expect(rows.every((row) => row['condition'] === 'LOW_BACK_PAIN')).toBe(true);
    // With k = 3, each start year of class M is large enough: the years stay.
    expect(rows.map((row) => row['start_year']).sort()).toEqual(['2024', '2024', '2024', '2025', '2025', '2025']);
    expect(run.manifest.filter).toMatchObject({ startYearFrom: 2024, startYearTo: 2025, conditions: ['LOW_BACK_PAIN'], therapistsSelected: 0 });
  });

  it.each([
    ['k below 2', 'k=1', 'input.k'],
    ['k above 50', 'k=51', 'input.k'],
    ['k that is not a number', 'k=five', 'input.k'],
    ['an unknown condition', 'conditions=HEADACHE', 'input.conditions'],
    ['a date range finer than a year', 'startedFrom=2025-03-10', 'input.startedFrom'],
    ['an end that is not a 31 December', 'startedTo=2025-06-30', 'input.startedTo'],
    ['a malformed therapist id', 'therapistIds=42', 'input.therapistIds'],
    ['an unknown parameter', 'condition=SCIATICA', 'input.condition'],
    ['a filter beside an exportId', `exportId=${randomUUID()}&k=5`, 'input.k'],
  ])('refuses %s with a field-level 400 and makes no export', async (_, query, field) => {
    const before = await testApp.dataSource.getRepository(ExportRun).count();
    const response = await request(testApp.server).get(`/exports/sessions.csv?${query}`).set('Cookie', researcher.cookie ?? '');

    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('BAD_USER_INPUT');
    expect(response.body.error.message).toContain(field);
    await expect(testApp.dataSource.getRepository(ExportRun).count()).resolves.toBe(before);
  });

  it('serves an export only to the user who made it, and not after it expires', async () => {
    const { id } = await exportBoth(researcher);
    await expect(download(owner, `/exports/episodes.csv?exportId=${id}`)).resolves.toMatchObject({ status: 404 });

    await testApp.dataSource.getRepository(ExportRun).update({ id }, { expiresAt: new Date(Date.now() - 1000) });
    await expect(download(researcher, `/exports/episodes.csv?exportId=${id}`)).resolves.toMatchObject({ status: 404 });
    // The next export of the clinic deletes the expired export's study-id mapping.
    await exportBoth(researcher);
    await expect(testApp.dataSource.getRepository(ExportEpisode).countBy({ exportId: id })).resolves.toBe(0);
  });

  it('streams exactly the rows of its statement (both strategies read the same statement)', async () => {
    const { id, sessions } = await exportBoth(researcher);
    const dialect = exportDialect(dialectOfDriver(testApp.dataSource.options.type));
    const rowsOf = async (shape: RowShape): Promise<Record<string, unknown>[]> => {
      const query = fileQuery(ExportFile.SESSIONS, { dialect, strategy: 'set' }, fixture.clinic.id, id, shape);
      const [sql, values] = testApp.dataSource.driver.escapeQueryWithParameters(query.sql, query.parameters, {});
      return (await testApp.dataSource.query(sql, values)) as Record<string, unknown>[];
    };
    const text = (value: unknown): string => (value === null ? '' : String(value));
    expect(fileQuery(ExportFile.SESSIONS, { dialect, strategy: 'per-row' }, fixture.clinic.id, id)).toEqual(
      fileQuery(ExportFile.SESSIONS, { dialect, strategy: 'set' }, fixture.clinic.id, id),
    );
    const records = sessions.text.split('\r\n').slice(1, -1);
    expect(records.length).toBeGreaterThan(0);

    // The statement the export streams: its blocks, one per episode, are the file's records as
    // they are, and their counts add up to the file's rows.
    const blocks = await rowsOf('records');
    expect(blocks.map((row) => text(row['records'])).join('')).toBe(records.map((record) => `${record}\r\n`).join(''));
    expect(blocks.reduce((sum, row) => sum + Number(row['record_count']), 0)).toBe(records.length);
    // Each record is the parts stored with the plan and the rollup, joined by commas, in the plan's
    // study-id order and the sessions' ordinal order (put together here, not by the export's SQL).
    const [sql, values] = testApp.dataSource.driver.escapeQueryWithParameters(
      `SELECT x.record_head, r.cells_head, x.record_middle, r.cells_tail
       FROM export_episode x JOIN session_export r ON r.clinic_id = x.clinic_id AND r.episode_id = x.episode_id
       WHERE x.export_id = :id ORDER BY x.study_episode_id, r.ordinal`,
      { id },
      {},
    );
    const parts = (await testApp.dataSource.query(sql, values)) as Record<string, unknown>[];
    expect(parts.map((row) => [row['record_head'], row['cells_head'], row['record_middle'], row['cells_tail']].map(text).join(','))).toEqual(records);
    // The same rows as cells (what COPY ... CSV of them gives), read back from the file.
    const cells = (await rowsOf('cells')).map((row) => Object.values(row).map(text));
    expect(cells).toEqual(parseCsvTable(sessions.text).rows.map((row) => Object.values(row)));
  });

  it('writes decimals rounded to 6 places without trailing zeros, the same text on both engines', async () => {
    const dialect = exportDialect(dialectOfDriver(testApp.dataSource.options.type));
    const textOf = async (value: number | null): Promise<unknown> => {
      const [sql, values] = testApp.dataSource.driver.escapeQueryWithParameters(
        `SELECT ${dialect.decimalText('d.v')} AS t FROM (SELECT CAST(:value AS double precision) AS v) d`,
        { value },
        {},
      );
      const [row] = (await testApp.dataSource.query(sql, values)) as { t: unknown }[];
      return row?.t;
    };
    // Expected texts worked out by hand: binary floating point's noise goes, real decimals stay.
    const cases: [number | null, string | null][] = [
      [24 * 1.2, '28.8'], // stored as 28.799999999999997
      [0.1 + 0.2, '0.3'], // 0.30000000000000004
      [7.5 * 0.15, '1.125'],
      [3.75 * 0.15, '0.5625'],
      [2 / 3, '0.666667'],
      [1234.5, '1234.5'],
      [15, '15'],
      [0, '0'],
      [null, null],
    ];
    for (const [value, expected] of cases) await expect(textOf(value)).resolves.toBe(expected);
  });

  it('streams with backpressure: a reader that stops reading stops the export after a bounded lead', async () => {
    // A clinic of its own with 4000 sessions: 40 patients alike (one class), 100 sessions each.
    const other = await createClinicFixture(testApp.dataSource, 'Backpressure Clinic');
    const patients = Array.from({ length: 40 }, () => PatientFactory.build(other.therapist));
    const episodes = patients.map((one) => EpisodeFactory.build(one, other.therapist, { startDate: '2025-01-06' }));
    const sessions = episodes.flatMap((one) =>
      Array.from({ length: 100 }, (_, day) =>
        Object.assign(new TreatmentSession(), {
          clinicId: one.clinicId,
          id: randomUUID(),
          episodeId: one.id,
          therapistId: one.therapistId,
          sessionDate: addDays(one.startDate, day),
          dayIndex: day,
          painBefore: 5,
          painAfter: null,
          position: null,
          minutes: 30,
          notes: null,
          clientRequestId: randomUUID(),
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        }),
      ),
    );
    await testApp.dataSource.transaction(async (manager) => {
      await manager.insert(Patient, patients);
      await manager.insert(Episode, episodes);
      for (let start = 0; start < sessions.length; start += 200) await manager.insert(TreatmentSession, sessions.slice(start, start + 200));
      await refreshEpisodeRollups(manager, { clinicId: other.clinic.id });
    });
    const service = testApp.app.get(ExportsService);
    const actor = { clinicId: other.clinic.id, userId: other.researcher.id, role: Role.RESEARCHER, via: 'http' as const };
    const run = await service.create(actor, {}, K);
    expect(run.manifest.files.sessions.rows).toBe(4000);

    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let received = 0;
    const stalled = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        received += chunk.length;
        void released.then(() => callback());
      },
    });
    let rowsRead = 0;
    const writing = service.write(actor, run, ExportFile.SESSIONS, stalled, { onRows: (rows) => (rowsRead = rows) });
    await new Promise((resolve) => setTimeout(resolve, 500));

    // Stalled after a bounded lead (the streams' buffers), not at the end of the file.
    expect(received).toBeGreaterThan(0);
    expect(rowsRead).toBeLessThan(2500);
    release();
    await expect(writing).resolves.toEqual({ rows: 4000 });

    // A download cut short: the database stops, its connection comes back, the audit event says so.
    const before = (await exportAudits()).length;
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const broken = new Writable({
        write(_chunk, _encoding, callback) {
          callback(new Error('the client went away'));
        },
      });
      await expect(service.write(actor, run, ExportFile.SESSIONS, broken)).rejects.toThrow('the client went away');
    }
    const events = (await exportAudits()).slice(before);
    expect(events).toHaveLength(25);
    expect(events.every((event) => event.action === 'export.sessions' && event.detail?.['completed'] === false)).toBe(true);
    // More aborted downloads than the pool has connections: none was left behind.
    const chunks: Buffer[] = [];
    const complete = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
    await expect(service.write(actor, run, ExportFile.SESSIONS, complete)).resolves.toEqual({ rows: 4000 });
    expect(parseCsvTable(Buffer.concat(chunks).toString('utf8')).rows).toHaveLength(4000);
  });

  it('is the same service for the command line, which needs no user', async () => {
    const service = testApp.app.get(ExportsService);
    const run = await service.create({ clinicId: fixture.clinic.id, userId: null, role: null, via: 'cli' }, { conditions: [Condition.SCIATICA] }, K);

    expect(run.manifest.episodes.releasedFull).toBe(7);
    // Not reachable over HTTP: it belongs to no user.
    await expect(download(researcher, `/exports/sessions.csv?exportId=${run.id}`)).resolves.toMatchObject({ status: 404 });
  });
});
