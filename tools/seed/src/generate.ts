import { itemDailyMme, odiScore } from '@outcomes/metrics';
import {
  BodyRegion,
  Condition,
  CURRENT_MME_FACTOR_TABLE,
  EpisodeStatus,
  Frequency,
  ODI_SECTION_MAX,
  ODI_SECTIONS,
  OpioidDrug,
  OPIOID_DOSE_UNIT,
  PAIN_MAX,
  PAIN_MIN,
  PLANNED_GAP_DAYS,
  RedFlag,
  ReferralDestination,
  Role,
  SAME_DAY_REFERRAL_FLAGS,
  Sex,
  SuspectedCause,
  Technique,
} from '@outcomes/models';
import type {
  Clinic,
  Episode,
  MedicationItem,
  MedicationReport,
  NonOpioidUse,
  OutcomeInstrument,
  OutcomeMeasure,
  Patient,
  RedFlagAlert,
  Referral,
  SessionRedFlag,
  SessionRegion,
  SessionTechnique,
  TreatmentSession,
  User,
} from './api';
import {
  CLINIC_KINDS,
  CLINIC_ZONES,
  CLOSING_MINUTE,
  FEMALE_FIRST_NAMES,
  LAST_NAMES,
  MALE_FIRST_NAMES,
  NON_OPIOID_USE,
  OPENING_MINUTE,
  OPIOID_MIX,
  OPIOID_REGIMENS,
  PLACE_NAMES,
  POSITION_MIX,
  RED_FLAG_MIX,
  REFERRAL_NOTES,
  REGION_MIX,
  SESSION_MINUTES,
  SESSION_NOTES,
  SEX_MIX,
  TECHNIQUE_MIX,
  type Weighted,
} from './catalogue';
import type { SeededRandom } from './random';

// Row shapes: the entities' stored columns, by property name. Fields the service fills from child
// tables (techniques, opioids, ...) are not columns and are left out.
export type ClinicRow = Clinic;
export type UserRow = User;
export type PatientRow = Patient;
export type EpisodeRow = Episode;
export type TreatmentSessionRow = Omit<TreatmentSession, 'techniques' | 'regions' | 'redFlags'>;
export type SessionTechniqueRow = SessionTechnique;
export type SessionRegionRow = SessionRegion;
export type SessionRedFlagRow = SessionRedFlag;
export type MedicationReportRow = Omit<MedicationReport, 'opioids' | 'nonOpioids'>;
export type MedicationItemRow = MedicationItem;
export type NonOpioidUseRow = NonOpioidUse;
export type OutcomeMeasureRow = OutcomeMeasure;
export type RedFlagAlertRow = Omit<RedFlagAlert, 'redFlags' | 'sameDayReferral'>;
export type ReferralRow = Referral;

/** Every row of one clinic, per table, in an order that satisfies the foreign keys. */
export interface GeneratedClinic {
  clinic: ClinicRow;
  users: UserRow[];
  patients: PatientRow[];
  episodes: EpisodeRow[];
  treatmentSessions: TreatmentSessionRow[];
  sessionTechniques: SessionTechniqueRow[];
  sessionRegions: SessionRegionRow[];
  sessionRedFlags: SessionRedFlagRow[];
  medicationReports: MedicationReportRow[];
  medicationItems: MedicationItemRow[];
  nonOpioidUses: NonOpioidUseRow[];
  outcomeMeasures: OutcomeMeasureRow[];
  redFlagAlerts: RedFlagAlertRow[];
  referrals: ReferralRow[];
}

export interface ClinicOptions {
  /** 1-based number of the clinic in a run; it names the clinic and its logins. */
  clinicIndex: number;
  patients: number;
  /** Episodes start between these dates ('YYYY-MM-DD', both included). */
  startDate: string;
  endDate: string;
  /** The clinic's today: no session, report or measure is dated after it. */
  today: string;
  /** One hash for every login of the clinic: hashing is slow on purpose, so the caller does it once. */
  passwordHash: string;
  /** Default: patients / 60, clamped to 2..40. */
  therapists?: number;
  name?: string;
  timezone?: string;
  /** Login email of a user; `ordinal` counts therapists from 1 (1 for the owner and the researcher). */
  email?: (role: Role, ordinal: number) => string;
}

/** Logins of generated clinics: owner@clinic-N.example, therapist-K@clinic-N.example, researcher@clinic-N.example. */
export function clinicEmail(clinicIndex: number, role: Role, ordinal: number): string {
  const domain = `clinic-${clinicIndex}.example`;
  switch (role) {
    case Role.OWNER:
      return `owner@${domain}`;
    case Role.THERAPIST:
      return `therapist-${ordinal}@${domain}`;
    case Role.RESEARCHER:
      return `researcher@${domain}`;
  }
}

/** Therapists for a caseload: about one per 60 patients, at least 2, at most 40. */
export function therapistCountFor(patients: number): number {
  return Math.min(40, Math.max(2, Math.round(patients / 60)));
}

// ---------------------------------------------------------------------------------------------
// The clinical model. Numbers are chosen to reproduce what DOMAIN.md says the field sees; each says why.
// ---------------------------------------------------------------------------------------------

/** Share of episodes that barely respond whatever the care: the figure the issue asks for is ~20 %. */
const NON_RESPONDER_SHARE: Readonly<Record<SuspectedCause, number>> = {
  // Massage acts on the cause itself for piriformis and muscular pain, so fewer fail to respond.
  [SuspectedCause.PIRIFORMIS]: 0.12,
  [SuspectedCause.MUSCULAR]: 0.14,
  [SuspectedCause.PREGNANCY]: 0.18,
  [SuspectedCause.UNKNOWN]: 0.22,
  [SuspectedCause.DEGENERATIVE_DISC]: 0.24,
  [SuspectedCause.DISC_HERNIATION]: 0.26,
  [SuspectedCause.STENOSIS]: 0.3,
};

/** Mean share of baseline pain a responder loses at the plateau, by cause (symptom relief only for structural causes). */
const PLATEAU_RELIEF: Readonly<Record<SuspectedCause, number>> = {
  [SuspectedCause.PIRIFORMIS]: 0.68,
  [SuspectedCause.MUSCULAR]: 0.64,
  [SuspectedCause.PREGNANCY]: 0.56,
  [SuspectedCause.UNKNOWN]: 0.55,
  [SuspectedCause.DEGENERATIVE_DISC]: 0.5,
  [SuspectedCause.DISC_HERNIATION]: 0.48,
  [SuspectedCause.STENOSIS]: 0.44,
};

/** Every-other-week care reaches a lower plateau, and more slowly, than weekly care. */
const FREQUENCY_RELIEF_FACTOR: Readonly<Record<Frequency, number>> = {
  [Frequency.WEEKLY]: 1,
  [Frequency.BIWEEKLY]: 0.8,
};

/**
 * Time constant (weeks) of the exponential approach to the plateau: with 1.4 weeks, 94 % of the
 * relief has come by week 4 and the curve is flat by week 7 (Kongsted 2009); biweekly care is slower.
 */
const RELIEF_TIME_CONSTANT_WEEKS: Readonly<Record<Frequency, number>> = {
  [Frequency.WEEKLY]: 1.4,
  [Frequency.BIWEEKLY]: 2.3,
};

/** Drop-out is commoner among those who are not getting better; overall about 30 % (DOMAIN.md: up to half). */
const DROP_OUT_SHARE = { responder: 0.28, nonResponder: 0.52 } as const;

/** Share of opioid users at intake, and of those who taper by the end (the field's "a third"). */
const OPIOID_AT_INTAKE_SHARE = 0.4;
const TAPER_SHARE = { responder: 0.48, nonResponder: 0.12 } as const;

/** Red flags are rare: about 1.5 % of sessions. */
const RED_FLAG_SESSION_SHARE = 0.015;
const ODI_EPISODE_SHARE = 0.4;
const SECOND_EPISODE_SHARE = 0.2;
const PAIN_AFTER_RECORDED_SHARE = 0.85;
/** Day-to-day noise (SD, NPRS points) around the expected pre-session score. */
const PAIN_NOISE_SD = 0.55;
/** A medication report at intake, every this many sessions, and at the last session of a closed episode. */
const MEDICATION_REPORT_EVERY = 4;

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/**
 * One clinic's rows, from the seeded stream alone: the same stream and options give the same rows.
 * Pure: no clock, no I/O.
 */
export function generateClinic(rng: SeededRandom, options: ClinicOptions): GeneratedClinic {
  const window = validateOptions(options);
  const zone = options.timezone
    ? (CLINIC_ZONES.find((candidate) => candidate.timezone === options.timezone) ?? { ...CLINIC_ZONES[0], timezone: options.timezone })
    : rng.pick(CLINIC_ZONES);
  const generator = new ClinicGenerator(rng, options, window, zone);
  return generator.run();
}

interface Window {
  firstStartDay: number;
  lastStartDay: number;
  today: number;
}

interface Zone {
  timezone: string;
  utcOffsetHours: number;
  zip3: readonly string[];
}

function validateOptions(options: ClinicOptions): Window {
  const firstStartDay = toEpochDay(options.startDate);
  const lastStartDay = toEpochDay(options.endDate);
  const today = toEpochDay(options.today);
  if (!(firstStartDay <= lastStartDay && lastStartDay <= today)) {
    throw new RangeError(
      `need startDate <= endDate <= today, got ${options.startDate}, ${options.endDate}, ${options.today}`,
    );
  }
  if (!Number.isInteger(options.patients) || options.patients < 1) {
    throw new RangeError(`patients must be a positive integer, got ${options.patients}`);
  }
  if (options.therapists !== undefined && !(Number.isInteger(options.therapists) && options.therapists >= 1)) {
    throw new RangeError(`therapists must be a positive integer, got ${options.therapists}`);
  }
  return { firstStartDay, lastStartDay, today };
}

/** What the simulation decided about an episode before its rows are written. */
interface EpisodePlan {
  row: EpisodeRow;
  sessionDays: number[];
  baseline: number;
  /** Share of the baseline relieved at the plateau (negative: worse). */
  plateauRelief: number;
  timeConstantWeeks: number;
  responder: boolean;
  plannedSessions: number;
  lastDay: number;
}

class ClinicGenerator {
  private readonly rows: GeneratedClinic;
  private readonly therapists: UserRow[];

  constructor(
    private readonly rng: SeededRandom,
    private readonly options: ClinicOptions,
    private readonly window: Window,
    private readonly zone: Zone,
  ) {
    const clinicId = rng.uuid();
    const clinicCreatedDay = window.firstStartDay - rng.int(30, 120);
    const clinic: ClinicRow = {
      id: clinicId,
      name:
        options.name ??
        `${rng.pick(PLACE_NAMES)} ${rng.pick(CLINIC_KINDS)} (clinic ${options.clinicIndex})`,
      timezone: zone.timezone,
      createdAt: this.timestampOn(clinicCreatedDay),
    };
    this.rows = {
      clinic,
      users: [],
      patients: [],
      episodes: [],
      treatmentSessions: [],
      sessionTechniques: [],
      sessionRegions: [],
      sessionRedFlags: [],
      medicationReports: [],
      medicationItems: [],
      nonOpioidUses: [],
      outcomeMeasures: [],
      redFlagAlerts: [],
      referrals: [],
    };
    const email = options.email ?? ((role: Role, ordinal: number) => clinicEmail(options.clinicIndex, role, ordinal));
    const therapistCount = options.therapists ?? therapistCountFor(options.patients);
    this.addUser(Role.OWNER, email(Role.OWNER, 1), `${this.personName(rng.weighted(SEX_MIX))} (owner)`, clinic.createdAt);
    this.therapists = [];
    for (let ordinal = 1; ordinal <= therapistCount; ordinal += 1) {
      this.therapists.push(
        this.addUser(Role.THERAPIST, email(Role.THERAPIST, ordinal), `${this.personName(rng.weighted(SEX_MIX))}, LMT`, clinic.createdAt),
      );
    }
    this.addUser(Role.RESEARCHER, email(Role.RESEARCHER, 1), `${this.personName(rng.weighted(SEX_MIX))} (research)`, clinic.createdAt);
  }

  run(): GeneratedClinic {
    for (let index = 0; index < this.options.patients; index += 1) this.addPatient();
    return this.rows;
  }

  private get clinicId(): string {
    return this.rows.clinic.id;
  }

  private addUser(role: Role, email: string, displayName: string, createdAt: Date): UserRow {
    const user: UserRow = {
      clinicId: this.clinicId,
      id: this.rng.uuid(),
      email: email.toLowerCase(),
      displayName,
      role,
      passwordHash: this.options.passwordHash,
      active: true,
      createdAt,
    };
    this.rows.users.push(user);
    return user;
  }

  private personName(sex: Sex): string {
    const firstNames =
      sex === Sex.FEMALE ? FEMALE_FIRST_NAMES : sex === Sex.MALE ? MALE_FIRST_NAMES : this.rng.pick([FEMALE_FIRST_NAMES, MALE_FIRST_NAMES]);
    return `${this.rng.pick(firstNames)} ${this.rng.pick(LAST_NAMES)}`;
  }

  private addPatient(): void {
    const { rng, window } = this;
    const sex = rng.weighted(SEX_MIX);
    const firstStartDay = rng.int(window.firstStartDay, window.lastStartDay);
    // Age at the first visit: adults, centred on middle age as back-pain caseloads are, and capped so
    // that nobody is over 90 by today.
    const maxAgeAtStart = Math.max(18, 89 - Math.ceil((window.today - firstStartDay) / 365.25));
    const ageAtStart = clamp(Math.round(rng.normal(50, 15)), 18, maxAgeAtStart);
    const birthDay = firstStartDay - Math.round(ageAtStart * 365.25) - rng.int(0, 364);
    const primaryTherapist = rng.pick(this.therapists);
    const patient: PatientRow = {
      clinicId: this.clinicId,
      id: rng.uuid(),
      primaryTherapistId: primaryTherapist.id,
      name: this.personName(sex),
      birthDate: fromEpochDay(birthDay),
      sex,
      postalCode: rng.bernoulli(0.05) ? null : `${rng.pick(this.zone.zip3)}${String(rng.int(1, 99)).padStart(2, '0')}`,
      createdAt: this.timestampOn(firstStartDay, OPENING_MINUTE - 30),
      updatedAt: this.timestampOn(firstStartDay, OPENING_MINUTE - 30),
    };
    this.rows.patients.push(patient);

    const first = this.addEpisode(patient, primaryTherapist, firstStartDay, ageAtStart);
    // A second complaint later on, once the first course of care has ended.
    if (first.row.status !== EpisodeStatus.ACTIVE && rng.bernoulli(SECOND_EPISODE_SHARE)) {
      const secondStartDay = first.lastDay + rng.int(30, 180);
      if (secondStartDay <= window.lastStartDay) {
        const ageThen = ageAtStart + Math.floor((secondStartDay - firstStartDay) / 365.25);
        this.addEpisode(patient, primaryTherapist, secondStartDay, ageThen);
      }
    }
  }

  private addEpisode(patient: PatientRow, primaryTherapist: UserRow, startDay: number, age: number): EpisodePlan {
    const plan = this.planEpisode(patient, primaryTherapist, startDay, age);
    this.rows.episodes.push(plan.row);
    const sessionRows = this.addSessions(plan);
    this.addMedication(plan, sessionRows);
    if (this.rng.bernoulli(ODI_EPISODE_SHARE)) this.addOdi(plan, sessionRows);
    return plan;
  }

  private planEpisode(patient: PatientRow, primaryTherapist: UserRow, startDay: number, age: number): EpisodePlan {
    const { rng, window } = this;
    const condition = rng.weighted<Condition>([
      [Condition.SCIATICA, 0.65],
      [Condition.LOW_BACK_PAIN, 0.35],
    ]);
    const cause = this.suspectedCause(condition, patient.sex, age);
    const frequency = rng.weighted<Frequency>([
      [Frequency.WEEKLY, 0.55],
      [Frequency.BIWEEKLY, 0.45],
    ]);
    // Symptom duration is long-tailed: a median of about 10 weeks, some chronic for years.
    const symptomDurationWeeks = clamp(Math.round(Math.exp(rng.normal(Math.log(10), 1))), 1, 520);
    const therapist = rng.bernoulli(0.9) ? primaryTherapist : rng.pick(this.therapists);

    const baseline = clamp(Math.round(rng.normal(6.5, 1.3)), 4, 9);
    const chronic = symptomDurationWeeks > 26;
    const responder = !rng.bernoulli(NON_RESPONDER_SHARE[cause] + (chronic ? 0.05 : 0));
    const plateauRelief = responder
      ? clamp(PLATEAU_RELIEF[cause] * FREQUENCY_RELIEF_FACTOR[frequency] + rng.normal(0, 0.1), 0.2, 0.95)
      : clamp(rng.normal(0.03, 0.06), -0.15, 0.12);
    const timeConstantWeeks = RELIEF_TIME_CONSTANT_WEEKS[frequency] * Math.exp(rng.normal(0, 0.25));

    const plannedSessions = clamp(Math.round(rng.normal(9, 3)), 4, 16);
    const dropsOut = rng.bernoulli(responder ? DROP_OUT_SHARE.responder : DROP_OUT_SHARE.nonResponder);
    // Drop-outs mostly leave early: the power skews the stopping point towards the first visits.
    const sessionsBeforeDropOut = dropsOut ? 1 + Math.floor(rng.float() ** 1.5 * (plannedSessions - 1)) : plannedSessions;

    const gap = PLANNED_GAP_DAYS[frequency];
    const scheduled: number[] = [startDay];
    while (scheduled.length < sessionsBeforeDropOut) {
      const previous = scheduled[scheduled.length - 1] as number;
      // Real visits drift around the plan by up to two days, and now and then one is missed.
      const missed = rng.bernoulli(0.05) ? gap : 0;
      scheduled.push(previous + gap + missed + rng.int(-2, 2));
    }
    const sessionDays = scheduled.filter((day) => day <= window.today);
    const lastDay = sessionDays[sessionDays.length - 1] as number;

    let status: EpisodeStatus;
    let endDay: number | null;
    if (sessionDays.length < scheduled.length) {
      status = EpisodeStatus.ACTIVE; // the course of care is still under way today
      endDay = null;
    } else if (dropsOut) {
      // A clinic only calls it a drop-out once the patient has missed a couple of planned visits.
      const noticed = lastDay + 2 * gap <= window.today;
      status = noticed ? EpisodeStatus.DROPPED_OUT : EpisodeStatus.ACTIVE;
      endDay = noticed ? lastDay : null;
    } else {
      status = EpisodeStatus.DISCHARGED;
      endDay = lastDay;
    }

    const createdAt = this.timestampOn(startDay, OPENING_MINUTE - 15);
    const row: EpisodeRow = {
      clinicId: this.clinicId,
      id: rng.uuid(),
      patientId: patient.id,
      therapistId: therapist.id,
      condition,
      suspectedCause: cause,
      plannedFrequency: frequency,
      startDate: fromEpochDay(startDay),
      symptomDurationWeeks,
      status,
      endDate: endDay === null ? null : fromEpochDay(endDay),
      createdAt,
      updatedAt: this.timestampOn(endDay ?? lastDay, CLOSING_MINUTE),
    };
    return { row, sessionDays, baseline, plateauRelief, timeConstantWeeks, responder, plannedSessions, lastDay };
  }

  private suspectedCause(condition: Condition, sex: Sex, age: number): SuspectedCause {
    const mix: Weighted<SuspectedCause> =
      condition === Condition.SCIATICA
        ? [
            [SuspectedCause.PIRIFORMIS, 0.2],
            [SuspectedCause.MUSCULAR, 0.18],
            [SuspectedCause.DISC_HERNIATION, 0.24],
            [SuspectedCause.STENOSIS, 0.1],
            [SuspectedCause.DEGENERATIVE_DISC, 0.1],
            [SuspectedCause.PREGNANCY, 0.04],
            [SuspectedCause.UNKNOWN, 0.14],
          ]
        : [
            [SuspectedCause.PIRIFORMIS, 0.06],
            [SuspectedCause.MUSCULAR, 0.4],
            [SuspectedCause.DISC_HERNIATION, 0.14],
            [SuspectedCause.STENOSIS, 0.08],
            [SuspectedCause.DEGENERATIVE_DISC, 0.14],
            [SuspectedCause.PREGNANCY, 0.04],
            [SuspectedCause.UNKNOWN, 0.14],
          ];
    const pregnancyPossible = sex === Sex.FEMALE && age <= 45;
    // Stenosis is a condition of older backs.
    return this.rng.weighted(
      mix.map(([cause, weight]) => {
        if (cause === SuspectedCause.PREGNANCY && !pregnancyPossible) return [cause, 0] as const;
        if (cause === SuspectedCause.STENOSIS && age < 50) return [cause, weight / 4] as const;
        return [cause, weight] as const;
      }),
    );
  }

  /** Expected NPRS before a session on a day: an exponential approach from the baseline to the plateau. */
  private expectedPain(plan: EpisodePlan, dayIndex: number): number {
    const weeks = dayIndex / 7;
    return plan.baseline * (1 - plan.plateauRelief * (1 - Math.exp(-weeks / plan.timeConstantWeeks)));
  }

  private addSessions(plan: EpisodePlan): TreatmentSessionRow[] {
    const { rng } = this;
    const episode = plan.row;
    const cause = episode.suspectedCause;
    const startDay = toEpochDay(episode.startDate);
    const coreTechniques = rng.weightedSample(TECHNIQUE_MIX[cause], rng.int(2, 3));
    const coreRegions = rng.weightedSample(REGION_MIX[cause], rng.int(2, 3));
    const usualPosition = rng.weighted(POSITION_MIX[cause]);
    const usualMinutes = rng.weighted(SESSION_MINUTES);
    const sessions: TreatmentSessionRow[] = [];

    plan.sessionDays.forEach((day, index) => {
      const dayIndex = day - startDay;
      // The first pre-session score is the baseline itself (the product's definition of baseline).
      const painBefore =
        index === 0 ? plan.baseline : clampPain(Math.round(this.expectedPain(plan, dayIndex) + rng.normal(0, PAIN_NOISE_SD)));
      const painAfter = rng.bernoulli(PAIN_AFTER_RECORDED_SHARE) ? this.painAfter(painBefore) : null;
      const therapistId = rng.bernoulli(0.04) ? rng.pick(this.therapists).id : episode.therapistId;
      const createdAt = this.timestampOn(day);
      const session: TreatmentSessionRow = {
        clinicId: this.clinicId,
        id: rng.uuid(),
        episodeId: episode.id,
        therapistId,
        sessionDate: fromEpochDay(day),
        dayIndex,
        painBefore,
        painAfter,
        position: rng.bernoulli(0.03) ? null : rng.bernoulli(0.85) ? usualPosition : rng.weighted(POSITION_MIX[cause]),
        minutes: rng.bernoulli(0.85) ? usualMinutes : rng.weighted(SESSION_MINUTES),
        notes: rng.bernoulli(0.35) ? rng.pick(SESSION_NOTES) : null,
        clientRequestId: rng.uuid(),
        version: 1,
        createdAt,
        updatedAt: createdAt,
      };
      sessions.push(session);
      this.rows.treatmentSessions.push(session);

      const techniques = this.withOccasionalExtra(coreTechniques, TECHNIQUE_MIX[cause]);
      for (const technique of techniques) {
        this.rows.sessionTechniques.push({ clinicId: this.clinicId, sessionId: session.id, technique });
      }
      const regions = this.withOccasionalExtra(coreRegions, REGION_MIX[cause]);
      for (const region of regions) {
        this.rows.sessionRegions.push({ clinicId: this.clinicId, sessionId: session.id, region });
      }
      if (rng.bernoulli(RED_FLAG_SESSION_SHARE)) this.addRedFlag(session, episode);
    });
    return sessions;
  }

  /** The episode's usual set, plus one more from the cause's mix in about a third of sessions. */
  private withOccasionalExtra<T extends Technique | BodyRegion>(core: readonly T[], mix: Weighted<T>): T[] {
    if (!this.rng.bernoulli(0.35)) return [...core];
    const others = mix.filter(([value]) => !core.includes(value));
    return others.length === 0 ? [...core] : [...core, this.rng.weighted(others)];
  }

  /** Immediate effect of a session: usually 0 to 2 points lower, rarely 3 lower or 1 higher (post-treatment soreness). */
  private painAfter(painBefore: number): number {
    const change = this.rng.weighted<number>([
      [0, 0.3],
      [-1, 0.42],
      [-2, 0.22],
      [-3, 0.04],
      [1, 0.02],
    ]);
    return clampPain(painBefore + change);
  }

  private addRedFlag(session: TreatmentSessionRow, episode: EpisodeRow): void {
    const { rng } = this;
    const flags = rng.weightedSample(RED_FLAG_MIX, rng.bernoulli(0.85) ? 1 : 2);
    for (const redFlag of flags) {
      this.rows.sessionRedFlags.push({ clinicId: this.clinicId, sessionId: session.id, redFlag });
    }
    const raisedDay = toEpochDay(session.sessionDate);
    const alert: RedFlagAlertRow = {
      clinicId: this.clinicId,
      id: rng.uuid(),
      episodeId: session.episodeId,
      sessionId: session.id,
      raisedOn: session.sessionDate,
      createdAt: session.createdAt,
      resolvedAt: null,
    };
    this.rows.redFlagAlerts.push(alert);

    // Most alerts get their referral recorded; recent ones are more often still open on the dashboard.
    const ageDays = this.window.today - raisedDay;
    if (!rng.bernoulli(ageDays >= 3 ? 0.8 : 0.4)) return;
    const sameDay = flags.some((flag: RedFlag) => SAME_DAY_REFERRAL_FLAGS.has(flag));
    const referredDay = sameDay ? raisedDay : Math.min(raisedDay + rng.int(0, 4), this.window.today);
    const referredAt =
      referredDay === raisedDay
        ? new Date(session.createdAt.getTime() + rng.int(10, 90) * MS_PER_MINUTE)
        : this.timestampOn(referredDay);
    alert.resolvedAt = referredAt;
    this.rows.referrals.push({
      clinicId: this.clinicId,
      id: rng.uuid(),
      alertId: alert.id,
      referredOn: fromEpochDay(referredDay),
      destination: sameDay
        ? rng.weighted<ReferralDestination>([
            [ReferralDestination.EMERGENCY_DEPARTMENT, 0.7],
            [ReferralDestination.PHYSICIAN, 0.3],
          ])
        : rng.weighted<ReferralDestination>([
            [ReferralDestination.PHYSICIAN, 0.65],
            [ReferralDestination.SPECIALIST, 0.25],
            [ReferralDestination.OTHER, 0.1],
          ]),
      notes: rng.bernoulli(0.5) ? rng.pick(REFERRAL_NOTES) : null,
      recordedById: episode.therapistId,
      createdAt: referredAt,
    });
  }

  private addMedication(plan: EpisodePlan, sessions: readonly TreatmentSessionRow[]): void {
    const { rng } = this;
    const intakeOpioids: { drug: OpioidDrug; strength: number; dosesPerDay: number }[] = [];
    if (rng.bernoulli(OPIOID_AT_INTAKE_SHARE)) {
      const drugs = rng.weightedSample(OPIOID_MIX, rng.bernoulli(0.85) ? 1 : 2);
      for (const drug of drugs) {
        const regimen = OPIOID_REGIMENS[drug];
        intakeOpioids.push({
          drug,
          strength: rng.pick(regimen.strengths),
          dosesPerDay: rng.int(regimen.minDosesPerDay, regimen.maxDosesPerDay),
        });
      }
    }
    const intakeNonOpioids = NON_OPIOID_USE.filter((use) => rng.bernoulli(use.probability)).map((use) => ({
      drugClass: use.drugClass,
      dosesPerWeek: rng.int(use.minPerWeek, use.maxPerWeek),
    }));
    // Tapering (a cut of at least half, or stopping) comes with getting better; others keep or raise the dose.
    const tapers = rng.bernoulli(plan.responder ? TAPER_SHARE.responder : TAPER_SHARE.nonResponder);
    const taperTarget = rng.weighted<number>([
      [0, 0.4],
      [0.25, 0.25],
      [0.5, 0.35],
    ]);
    const raisesDose = !tapers && rng.bernoulli(0.12);

    const closed = plan.row.status !== EpisodeStatus.ACTIVE;
    const hasMedication = intakeOpioids.length > 0 || intakeNonOpioids.length > 0;
    sessions.forEach((session, index) => {
      const isLast = index === sessions.length - 1;
      const due = index === 0 || (hasMedication && (index % MEDICATION_REPORT_EVERY === 0 || (closed && isLast)));
      if (!due) return;
      // Progress of the taper: complete at the planned last session, linear before it.
      const progress = Math.min(1, index / Math.max(1, plan.plannedSessions - 1));
      const doseShare = tapers ? 1 - (1 - taperTarget) * progress : 1;
      const report: MedicationReportRow = {
        clinicId: this.clinicId,
        id: rng.uuid(),
        episodeId: plan.row.id,
        reportDate: session.sessionDate,
        dayIndex: session.dayIndex,
        dailyMme: 0,
        factorTable: CURRENT_MME_FACTOR_TABLE,
        createdAt: new Date(session.createdAt.getTime() + MS_PER_MINUTE),
      };
      for (const intake of intakeOpioids) {
        const item = this.opioidAt(intake, doseShare, raisesDose && index > 0);
        if (!item) continue;
        const dailyMme = itemDailyMme(item.drug, item.strength, item.dosesPerDay, CURRENT_MME_FACTOR_TABLE);
        this.rows.medicationItems.push({
          clinicId: this.clinicId,
          reportId: report.id,
          drug: item.drug,
          strength: item.strength,
          dosesPerDay: item.dosesPerDay,
          dailyDose: item.strength * item.dosesPerDay,
          dailyMme,
        });
        report.dailyMme += dailyMme;
      }
      // Analgesic use follows the pain: fewer doses a week as the pre-session score falls.
      const painShare = plan.baseline > 0 ? session.painBefore / plan.baseline : 1;
      for (const use of intakeNonOpioids) {
        const dosesPerWeek = index === 0 ? use.dosesPerWeek : Math.round(use.dosesPerWeek * Math.min(1.2, painShare));
        if (dosesPerWeek <= 0) continue;
        this.rows.nonOpioidUses.push({ clinicId: this.clinicId, reportId: report.id, drugClass: use.drugClass, dosesPerWeek });
      }
      this.rows.medicationReports.push(report);
    });
  }

  /** An intake opioid at a share of its intake dose, rounded down to what can be taken; null once stopped. */
  private opioidAt(
    intake: { drug: OpioidDrug; strength: number; dosesPerDay: number },
    doseShare: number,
    raised: boolean,
  ): { drug: OpioidDrug; strength: number; dosesPerDay: number } | null {
    const regimen = OPIOID_REGIMENS[intake.drug];
    if (OPIOID_DOSE_UNIT[intake.drug] === 'mcg/hr') {
      // A patch is always one a day: a taper steps down to a weaker patch, or off.
      const rate = intake.strength * doseShare;
      const strength = raised
        ? (regimen.strengths.find((candidate) => candidate > intake.strength) ?? intake.strength)
        : [...regimen.strengths].reverse().find((candidate) => candidate <= rate + 1e-9);
      return strength === undefined ? null : { drug: intake.drug, strength, dosesPerDay: 1 };
    }
    if (raised) return { ...intake, dosesPerDay: intake.dosesPerDay + 1 };
    // Half tablets are common; rounding down keeps a taper's cut at least as deep as planned.
    const dosesPerDay = Math.floor(intake.dosesPerDay * doseShare * 2 + 1e-9) / 2;
    return dosesPerDay <= 0 ? null : { ...intake, dosesPerDay };
  }

  /** ODI at intake and, for a completed course of care, at discharge; disability tracks the pain score. */
  private addOdi(plan: EpisodePlan, sessions: readonly TreatmentSessionRow[]): void {
    const first = sessions[0] as TreatmentSessionRow;
    const last = sessions[sessions.length - 1] as TreatmentSessionRow;
    const measured = plan.row.status === EpisodeStatus.DISCHARGED && last !== first ? [first, last] : [first];
    for (const session of measured) {
      // About 8 ODI points per NPRS point (pain 6 ~ 40 %, "moderate"), with individual spread.
      const targetPercent = clamp(session.painBefore * 8 - 6 + this.rng.normal(0, 8), 0, 100);
      const answers: number[] = [];
      for (let section = 0; section < ODI_SECTIONS; section += 1) {
        answers.push(clamp(Math.round(this.rng.normal((targetPercent / 100) * ODI_SECTION_MAX, 0.9)), 0, ODI_SECTION_MAX));
      }
      this.rows.outcomeMeasures.push({
        clinicId: this.clinicId,
        id: this.rng.uuid(),
        episodeId: plan.row.id,
        instrument: 'ODI' as OutcomeInstrument,
        measuredOn: session.sessionDate,
        dayIndex: session.dayIndex,
        score: odiScore(answers) as number,
        answers,
        createdAt: new Date(session.createdAt.getTime() + 2 * MS_PER_MINUTE),
      });
    }
  }

  /** A moment on a calendar day inside the clinic's opening hours (standard time; DST is ignored). */
  private timestampOn(day: number, localMinute?: number): Date {
    const minute = localMinute ?? this.rng.int(OPENING_MINUTE, CLOSING_MINUTE - 1);
    return new Date(day * MS_PER_DAY + (minute - this.zone.utcOffsetHours * 60) * MS_PER_MINUTE);
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function clampPain(value: number): number {
  return clamp(value, PAIN_MIN, PAIN_MAX);
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date, counted in UTC so no time zone can shift it. */
export function toEpochDay(date: string): number {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar date 'YYYY-MM-DD': ${date}`);
  }
  return time / MS_PER_DAY;
}

export function fromEpochDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}
