import { Role } from '@outcomes/models';
import { addDays, generateClinic, type GeneratedClinic } from './generate';
import { SeededRandom } from './random';

/**
 * The demo clinic `npm start` fills an empty database with: always the same patients and care
 * (a fixed seed), dated relative to the day it is seeded, with logins anyone can type.
 */
export const DEMO_SEED = 2026;
export const DEMO_PATIENTS = 120;
/** Exactly two therapists, so that therapist1 and therapist2 are the clinic's whole staff of therapists. */
export const DEMO_THERAPISTS = 2;
export const DEMO_CLINIC_NAME = 'Demo Massage Clinic';
export const DEMO_TIMEZONE = 'America/New_York';
/** A year of history: long enough for trajectories to plateau and for second episodes. */
export const DEMO_HISTORY_DAYS = 365;
/** The password of every seeded login, demo or not. Synthetic data only: never seed a real clinic with it. */
export const DEMO_PASSWORD = 'demo-password-2026';

export interface DemoLogin {
  email: string;
  role: Role;
  password: string;
}

export function demoEmail(role: Role, ordinal: number): string {
  switch (role) {
    case Role.OWNER:
      return 'owner@demo.clinic';
    case Role.THERAPIST:
      return `therapist${ordinal}@demo.clinic`;
    case Role.RESEARCHER:
      return 'researcher@demo.clinic';
  }
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: demoEmail(Role.OWNER, 1), role: Role.OWNER, password: DEMO_PASSWORD },
  { email: demoEmail(Role.THERAPIST, 1), role: Role.THERAPIST, password: DEMO_PASSWORD },
  { email: demoEmail(Role.THERAPIST, 2), role: Role.THERAPIST, password: DEMO_PASSWORD },
  { email: demoEmail(Role.RESEARCHER, 1), role: Role.RESEARCHER, password: DEMO_PASSWORD },
];

export interface DemoClinicOptions {
  /** The demo clinic's today ('YYYY-MM-DD' in America/New_York). */
  today: string;
  /** The hash of DEMO_PASSWORD. */
  passwordHash: string;
}

/** The demo clinic's rows. Pure: the same today gives the same clinic. */
export function generateDemoClinic({ today, passwordHash }: DemoClinicOptions): GeneratedClinic {
  return generateClinic(SeededRandom.fromSeed(DEMO_SEED), {
    clinicIndex: 0,
    patients: DEMO_PATIENTS,
    therapists: DEMO_THERAPISTS,
    startDate: addDays(today, -DEMO_HISTORY_DAYS),
    endDate: today,
    today,
    passwordHash,
    name: DEMO_CLINIC_NAME,
    timezone: DEMO_TIMEZONE,
    email: demoEmail,
  });
}

/** Console lines listing the demo logins: they are public by design, so printing them is safe. */
export function demoLoginLines(): string[] {
  return [
    `Demo clinic "${DEMO_CLINIC_NAME}": sign in with any of these (password: ${DEMO_PASSWORD})`,
    ...DEMO_LOGINS.map((login) => `  ${login.role.padEnd(10)} ${login.email}`),
  ];
}
