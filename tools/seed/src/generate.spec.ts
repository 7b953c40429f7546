import {
  EpisodeStatus,
  Frequency,
  MME_FACTORS,
  MmeFactorTable,
  OpioidDrug,
  Role,
  SuspectedCause,
} from '@outcomes/models';
import { type ClinicOptions, type GeneratedClinic, type TreatmentSessionRow, generateClinic } from './generate';
import { SeededRandom } from './random';

const TODAY = '2025-11-20';
const OPTIONS: ClinicOptions = {
  clinicIndex: 3,
  patients: 300,
  startDate: '2024-05-20',
  endDate: TODAY,
  today: TODAY,
  passwordHash: 'hash-of-the-seed-password',
};
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const MS_PER_DAY = 86_400_000;

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

describe('generateClinic', () => {
  describe('determinism', () => {
    it('gives deep-equal rows for the same seed and options', () => {
      const small = { ...OPTIONS, patients: 40 };
      const first = generateClinic(SeededRandom.fromSeed(77), small);
      const second = generateClinic(SeededRandom.fromSeed(77), small);

      expect(second).toEqual(first);
    });

    it('gives different rows for a different seed', () => {
      const small = { ...OPTIONS, patients: 40 };
      const first = generateClinic(SeededRandom.fromSeed(77), small);
      const other = generateClinic(SeededRandom.fromSeed(78), small);

      expect(other.clinic.id).not.toBe(first.clinic.id);
      expect(other.treatmentSessions.map((session) => session.painBefore)).not.toEqual(
        first.treatmentSessions.map((session) => session.painBefore),
      );
    });

    it('rejects a window that ends after today', () => {
      expect(() => generateClinic(SeededRandom.fromSeed(1), { ...OPTIONS, endDate: '2025-11-21' })).toThrow(RangeError);
    });
  });

  describe('a clinic of 300 patients', () => {
    let clinic: GeneratedClinic;
    let sessionsByEpisode: Map<string, TreatmentSessionRow[]>;

    beforeAll(() => {
      clinic = generateClinic(SeededRandom.fromSeed(2024), OPTIONS);
      sessionsByEpisode = groupBy(clinic.treatmentSessions, (session) => session.episodeId);
      for (const sessions of sessionsByEpisode.values()) sessions.sort((a, b) => a.dayIndex - b.dayIndex);
    });

    it('has one owner, patients/60 therapists, one researcher, with the clinic-N logins and the given hash', () => {
      const byRole = groupBy(clinic.users, (user) => user.role);
      expect(byRole.get(Role.OWNER)?.map((user) => user.email)).toEqual(['owner@clinic-3.example']);
      expect(byRole.get(Role.THERAPIST)?.map((user) => user.email)).toEqual([
        'therapist-1@clinic-3.example',
        'therapist-2@clinic-3.example',
        'therapist-3@clinic-3.example',
        'therapist-4@clinic-3.example',
        'therapist-5@clinic-3.example',
      ]);
      expect(byRole.get(Role.RESEARCHER)?.map((user) => user.email)).toEqual(['researcher@clinic-3.example']);
      for (const user of clinic.users) expect(user.passwordHash).toBe('hash-of-the-seed-password');
    });

    it('uses valid, unique v4 uuids and one clinic id everywhere', () => {
      const ids = [
        clinic.clinic.id,
        ...clinic.users.map((row) => row.id),
        ...clinic.patients.map((row) => row.id),
        ...clinic.episodes.map((row) => row.id),
        ...clinic.treatmentSessions.map((row) => row.id),
        ...clinic.medicationReports.map((row) => row.id),
        ...clinic.outcomeMeasures.map((row) => row.id),
        ...clinic.redFlagAlerts.map((row) => row.id),
        ...clinic.referrals.map((row) => row.id),
      ];
      for (const id of ids) expect(id).toMatch(UUID_V4);
      expect(new Set(ids).size).toBe(ids.length);

      const clinicIds = new Set<string>();
      for (const rows of [clinic.users, clinic.patients, clinic.episodes, clinic.treatmentSessions, clinic.sessionTechniques]) {
        for (const row of rows) clinicIds.add(row.clinicId);
      }
      expect([...clinicIds]).toEqual([clinic.clinic.id]);
    });

    it('makes adult patients aged 18 to 90 today, on 1 or 2 episodes each', () => {
      expect(clinic.patients).toHaveLength(300);
      const episodesPerPatient = groupBy(clinic.episodes, (episode) => episode.patientId);
      for (const patient of clinic.patients) {
        const age = daysBetween(patient.birthDate, TODAY) / 365.25;
        expect(age).toBeGreaterThanOrEqual(18);
        expect(age).toBeLessThan(91);
        const count = episodesPerPatient.get(patient.id)?.length ?? 0;
        expect(count === 1 || count === 2).toBe(true);
      }
    });

    it('keeps every pain score an integer 0-10, with baselines 4-9', () => {
      const isPainScore = (score: number): boolean => Number.isInteger(score) && score >= 0 && score <= 10;
      const badScores = clinic.treatmentSessions
        .filter((session) => !isPainScore(session.painBefore) || (session.painAfter !== null && !isPainScore(session.painAfter)))
        .map(({ id, painBefore, painAfter }) => ({ id, painBefore, painAfter }));
      expect(badScores).toEqual([]);

      const baselines = [...sessionsByEpisode.values()].map((sessions) => (sessions[0] as TreatmentSessionRow).painBefore);
      expect(Math.min(...baselines)).toBeGreaterThanOrEqual(4);
      expect(Math.max(...baselines)).toBeLessThanOrEqual(9);
    });

    it('usually records pain after at 0-2 points below pain before', () => {
      let recorded = 0;
      let withinTwoBelow = 0;
      for (const session of clinic.treatmentSessions) {
        if (session.painAfter === null) continue;
        recorded += 1;
        const drop = session.painBefore - session.painAfter;
        if (drop >= 0 && drop <= 2) withinTwoBelow += 1;
      }
      expect(withinTwoBelow / recorded).toBeGreaterThan(0.85);
    });

    it('dates sessions from the episode start to today, with dayIndex = days since the start', () => {
      const episodes = new Map(clinic.episodes.map((episode) => [episode.id, episode]));
      for (const session of clinic.treatmentSessions) {
        const episode = episodes.get(session.episodeId);
        if (!episode) throw new Error(`session ${session.id} has no episode`);
        expect(session.sessionDate >= episode.startDate).toBe(true);
        expect(session.sessionDate <= TODAY).toBe(true);
        expect(session.dayIndex).toBe(daysBetween(episode.startDate, session.sessionDate));
      }
    });

    it('spaces sessions every 7 or 14 days (±2), or a missed visit later, with 1-16 per episode', () => {
      for (const episode of clinic.episodes) {
        const sessions = sessionsByEpisode.get(episode.id) ?? [];
        expect(sessions.length).toBeGreaterThanOrEqual(1);
        expect(sessions.length).toBeLessThanOrEqual(16);
        expect(sessions[0]?.dayIndex).toBe(0);
        const planned = episode.plannedFrequency === Frequency.WEEKLY ? 7 : 14;
        for (let i = 1; i < sessions.length; i += 1) {
          const gap = (sessions[i] as TreatmentSessionRow).dayIndex - (sessions[i - 1] as TreatmentSessionRow).dayIndex;
          const onPlan = Math.abs(gap - planned) <= 2 || Math.abs(gap - 2 * planned) <= 2;
          expect({ episode: episode.id, gap, onPlan }).toEqual({ episode: episode.id, gap, onPlan: true });
        }
      }
    });

    it('closes discharged (4+ sessions) and dropped-out episodes on their last session, and leaves active ones open', () => {
      const problems: string[] = [];
      const statuses = new Set<EpisodeStatus>();
      for (const episode of clinic.episodes) {
        statuses.add(episode.status);
        const sessions = sessionsByEpisode.get(episode.id) ?? [];
        const expectedEnd = episode.status === EpisodeStatus.ACTIVE ? null : sessions[sessions.length - 1]?.sessionDate;
        if (episode.endDate !== expectedEnd) problems.push(`${episode.id} ${episode.status} ends ${episode.endDate}`);
        if (episode.status === EpisodeStatus.DISCHARGED && sessions.length < 4) {
          problems.push(`${episode.id} discharged after ${sessions.length} sessions`);
        }
      }
      expect(problems).toEqual([]);
      expect([...statuses].sort()).toEqual([EpisodeStatus.ACTIVE, EpisodeStatus.DISCHARGED, EpisodeStatus.DROPPED_OUT]);
    });

    it('has 20-40 % of episodes dropped out', () => {
      let droppedOut = 0;
      for (const episode of clinic.episodes) if (episode.status === EpisodeStatus.DROPPED_OUT) droppedOut += 1;
      const share = droppedOut / clinic.episodes.length;
      expect(share).toBeGreaterThanOrEqual(0.2);
      expect(share).toBeLessThanOrEqual(0.4);
    });

    it('has some non-responders among discharged episodes (10-35 % by the 2-point-and-30 % rule)', () => {
      let discharged = 0;
      let nonResponders = 0;
      for (const episode of clinic.episodes) {
        if (episode.status !== EpisodeStatus.DISCHARGED) continue;
        const sessions = sessionsByEpisode.get(episode.id) ?? [];
        const baseline = (sessions[0] as TreatmentSessionRow).painBefore;
        const latest = (sessions[sessions.length - 1] as TreatmentSessionRow).painBefore;
        discharged += 1;
        if (!(baseline - latest >= 2 && (baseline - latest) / baseline >= 0.3)) nonResponders += 1;
      }
      expect(nonResponders / discharged).toBeGreaterThanOrEqual(0.1);
      expect(nonResponders / discharged).toBeLessThanOrEqual(0.35);
    });

    it('improves weekly care more than biweekly care by week 6', () => {
      const improvementAtWeek6: Record<Frequency, number[]> = { [Frequency.WEEKLY]: [], [Frequency.BIWEEKLY]: [] };
      for (const episode of clinic.episodes) {
        const sessions = sessionsByEpisode.get(episode.id) ?? [];
        const baseline = (sessions[0] as TreatmentSessionRow).painBefore;
        const inWeek6 = sessions.filter((session) => Math.floor(session.dayIndex / 7) === 6);
        const latest = inWeek6[inWeek6.length - 1];
        if (latest) improvementAtWeek6[episode.plannedFrequency].push(baseline - latest.painBefore);
      }
      expect(improvementAtWeek6[Frequency.WEEKLY].length).toBeGreaterThan(30);
      expect(improvementAtWeek6[Frequency.BIWEEKLY].length).toBeGreaterThan(30);
      expect(mean(improvementAtWeek6[Frequency.WEEKLY])).toBeGreaterThan(mean(improvementAtWeek6[Frequency.BIWEEKLY]));
    });

    it('improves mostly in weeks 1-4 and plateaus after: weekly mean pain falls more by week 4 than from week 4 to 8', () => {
      const painByWeek = new Map<number, number[]>();
      for (const episode of clinic.episodes) {
        if (episode.plannedFrequency !== Frequency.WEEKLY) continue;
        for (const session of sessionsByEpisode.get(episode.id) ?? []) {
          const week = Math.floor(session.dayIndex / 7);
          painByWeek.set(week, [...(painByWeek.get(week) ?? []), session.painBefore]);
        }
      }
      const early = mean(painByWeek.get(0) ?? []) - mean(painByWeek.get(4) ?? []);
      const late = mean(painByWeek.get(4) ?? []) - mean(painByWeek.get(8) ?? []);
      expect(early).toBeGreaterThan(1);
      expect(early).toBeGreaterThan(3 * Math.abs(late));
    });

    it('improves piriformis and muscular causes more than stenosis and disc herniation', () => {
      const softTissue: number[] = [];
      const structural: number[] = [];
      for (const episode of clinic.episodes) {
        const sessions = sessionsByEpisode.get(episode.id) ?? [];
        const improvement =
          (sessions[0] as TreatmentSessionRow).painBefore - (sessions[sessions.length - 1] as TreatmentSessionRow).painBefore;
        const cause = episode.suspectedCause;
        if (cause === SuspectedCause.PIRIFORMIS || cause === SuspectedCause.MUSCULAR) softTissue.push(improvement);
        if (cause === SuspectedCause.STENOSIS || cause === SuspectedCause.DISC_HERNIATION) structural.push(improvement);
      }
      expect(softTissue.length).toBeGreaterThan(30);
      expect(structural.length).toBeGreaterThan(30);
      expect(mean(softTissue)).toBeGreaterThan(mean(structural));
    });

    it('gives 2-4 techniques (at most 4 with the extra) and regions to every session, without duplicates', () => {
      const techniques = groupBy(clinic.sessionTechniques, (row) => row.sessionId);
      const regions = groupBy(clinic.sessionRegions, (row) => row.sessionId);
      for (const session of clinic.treatmentSessions) {
        for (const rows of [techniques.get(session.id) ?? [], regions.get(session.id) ?? []]) {
          expect(rows.length).toBeGreaterThanOrEqual(2);
          expect(rows.length).toBeLessThanOrEqual(4);
        }
        const names = (techniques.get(session.id) ?? []).map((row) => row.technique);
        expect(new Set(names).size).toBe(names.length);
      }
    });

    it('raises one alert, dated on the session, for every session with a red flag, in 0.5-3 % of sessions', () => {
      const flaggedSessions = new Set(clinic.sessionRedFlags.map((row) => row.sessionId));
      const alertsBySession = groupBy(clinic.redFlagAlerts, (alert) => alert.sessionId);
      const sessions = new Map(clinic.treatmentSessions.map((session) => [session.id, session]));
      for (const sessionId of flaggedSessions) {
        const alerts = alertsBySession.get(sessionId) ?? [];
        expect(alerts).toHaveLength(1);
        expect(alerts[0]?.raisedOn).toBe(sessions.get(sessionId)?.sessionDate);
        expect(alerts[0]?.episodeId).toBe(sessions.get(sessionId)?.episodeId);
      }
      expect(clinic.redFlagAlerts).toHaveLength(flaggedSessions.size);
      const share = flaggedSessions.size / clinic.treatmentSessions.length;
      expect(share).toBeGreaterThan(0.005);
      expect(share).toBeLessThan(0.03);
    });

    it('resolves some alerts with a referral by the episode therapist, and leaves some open', () => {
      const referralsByAlert = groupBy(clinic.referrals, (referral) => referral.alertId);
      const episodes = new Map(clinic.episodes.map((episode) => [episode.id, episode]));
      const problems: string[] = [];
      let open = 0;
      for (const alert of clinic.redFlagAlerts) {
        const referrals = referralsByAlert.get(alert.id) ?? [];
        if (alert.resolvedAt === null) {
          open += 1;
          if (referrals.length > 0) problems.push(`open alert ${alert.id} has a referral`);
          continue;
        }
        const referral = referrals[0];
        if (referrals.length !== 1 || !referral) {
          problems.push(`resolved alert ${alert.id} has ${referrals.length} referrals`);
          continue;
        }
        if (referral.recordedById !== episodes.get(alert.episodeId)?.therapistId) problems.push(`${referral.id} recorded by another`);
        if (referral.referredOn < alert.raisedOn || referral.referredOn > TODAY) problems.push(`${referral.id} on ${referral.referredOn}`);
        if (alert.resolvedAt.getTime() < alert.createdAt.getTime()) problems.push(`${alert.id} resolved before raised`);
      }
      expect(problems).toEqual([]);
      expect(open).toBeGreaterThan(0);
      expect(clinic.referrals.length).toBeGreaterThan(0);
    });

    it('computes daily MME as the sum of strength x doses per day x CDC 2022 factor', () => {
      const factors = MME_FACTORS[MmeFactorTable.CDC_2022];
      const items = groupBy(clinic.medicationItems, (item) => item.reportId);
      const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
      const problems: string[] = [];
      for (const report of clinic.medicationReports) {
        let expected = 0;
        for (const item of items.get(report.id) ?? []) {
          const itemMme = item.strength * item.dosesPerDay * factors[item.drug];
          if (!close(item.dailyDose, item.strength * item.dosesPerDay)) problems.push(`${report.id} ${item.drug} daily dose`);
          if (!close(item.dailyMme, itemMme)) problems.push(`${report.id} ${item.drug} MME ${item.dailyMme} vs ${itemMme}`);
          if (item.drug === OpioidDrug.FENTANYL_TRANSDERMAL && item.dosesPerDay !== 1) problems.push(`${report.id} patches`);
          expected += itemMme;
        }
        if (!close(report.dailyMme, expected)) problems.push(`${report.id} MME ${report.dailyMme} vs ${expected}`);
        if (report.factorTable !== MmeFactorTable.CDC_2022) problems.push(`${report.id} table ${report.factorTable}`);
      }
      expect(problems).toEqual([]);
      expect(clinic.medicationItems.length).toBeGreaterThan(0);
    });

    it('has opioids at intake in about 40 % of episodes, and about a third of those taper by 30 % or more', () => {
      const reports = groupBy(clinic.medicationReports, (report) => report.episodeId);
      let onOpioids = 0;
      let tapered = 0;
      for (const episode of clinic.episodes) {
        const episodeReports = [...(reports.get(episode.id) ?? [])].sort((a, b) => a.dayIndex - b.dayIndex);
        const intake = episodeReports[0];
        expect(intake?.dayIndex).toBe(0);
        if (!intake || intake.dailyMme === 0) continue;
        onOpioids += 1;
        const latest = episodeReports[episodeReports.length - 1] as (typeof episodeReports)[number];
        if (latest.dailyMme <= 0.7 * intake.dailyMme + 1e-9) tapered += 1;
      }
      expect(onOpioids / clinic.episodes.length).toBeGreaterThan(0.3);
      expect(onOpioids / clinic.episodes.length).toBeLessThan(0.5);
      expect(tapered / onOpioids).toBeGreaterThan(0.2);
      expect(tapered / onOpioids).toBeLessThan(0.45);
    });

    it('dates medication reports on session dates, one per date', () => {
      const sessionDates = new Set(clinic.treatmentSessions.map((session) => `${session.episodeId}/${session.sessionDate}`));
      const reportKeys = clinic.medicationReports.map((report) => `${report.episodeId}/${report.reportDate}`);
      for (const key of reportKeys) expect(sessionDates.has(key)).toBe(true);
      expect(new Set(reportKeys).size).toBe(reportKeys.length);
    });

    it('scores ODI as sum / (5 x answered) x 100 at intake, and at discharge, for about 40 % of episodes', () => {
      const measuresByEpisode = groupBy(clinic.outcomeMeasures, (measure) => measure.episodeId);
      const episodes = new Map(clinic.episodes.map((episode) => [episode.id, episode]));
      for (const measure of clinic.outcomeMeasures) {
        expect(measure.answers).toHaveLength(10);
        let sum = 0;
        for (const answer of measure.answers) {
          expect(Number.isInteger(answer) && (answer as number) >= 0 && (answer as number) <= 5).toBe(true);
          sum += answer as number;
        }
        expect(measure.score).toBeCloseTo((sum / 50) * 100, 9);
        expect(measure.measuredOn <= TODAY).toBe(true);
      }
      for (const [episodeId, measures] of measuresByEpisode) {
        const episode = episodes.get(episodeId);
        expect(measures.map((measure) => measure.measuredOn).sort()).toEqual(
          episode?.status === EpisodeStatus.DISCHARGED ? [episode.startDate, episode.endDate] : [episode?.startDate],
        );
      }
      const share = measuresByEpisode.size / clinic.episodes.length;
      expect(share).toBeGreaterThan(0.3);
      expect(share).toBeLessThan(0.5);
    });

    it('dates nothing after today', () => {
      const dates = [
        ...clinic.episodes.map((row) => row.endDate ?? row.startDate),
        ...clinic.medicationReports.map((row) => row.reportDate),
        ...clinic.redFlagAlerts.map((row) => row.raisedOn),
        ...clinic.referrals.map((row) => row.referredOn),
      ];
      for (const date of dates) expect(date <= TODAY).toBe(true);
    });
  });
});
