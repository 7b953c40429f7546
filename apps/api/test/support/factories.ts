import {
  Condition,
  EpisodeStatus,
  Frequency,
  Role,
  Sex,
  SuspectedCause,
} from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/auth.service';
import { Clinic } from '../../src/clinics/clinic.entity';
import { Episode } from '../../src/episodes/episode.entity';
import { Patient } from '../../src/patients/patient.entity';
import { User } from '../../src/users/user.entity';

/** Builder factories for fixtures: sensible defaults, overridden per test. */
export const ClinicFactory = {
  build: (overrides: Partial<Clinic> = {}): Clinic =>
    Object.assign(new Clinic(), { id: randomUUID(), name: 'Test Clinic', timezone: 'UTC', createdAt: new Date(), ...overrides }),
};

export const UserFactory = {
  build: (clinic: Clinic, overrides: Partial<User> = {}): User =>
    Object.assign(new User(), {
      clinicId: clinic.id,
      id: randomUUID(),
      email: `${randomUUID().slice(0, 8)}@test.example`,
      displayName: 'Test User',
      role: Role.THERAPIST,
      passwordHash: '',
      active: true,
      createdAt: new Date(),
      ...overrides,
    }),
};

export const PatientFactory = {
  build: (therapist: User, overrides: Partial<Patient> = {}): Patient =>
    Object.assign(new Patient(), {
      clinicId: therapist.clinicId,
      id: randomUUID(),
      primaryTherapistId: therapist.id,
      name: 'Test Patient',
      birthDate: '1970-05-17',
      sex: Sex.FEMALE,
      postalCode: '02139',
      createdAt: new Date(),
      updatedAt: new Date(),
      ...overrides,
    }),
};

export const EpisodeFactory = {
  build: (patient: Patient, therapist: User, overrides: Partial<Episode> = {}): Episode =>
    Object.assign(new Episode(), {
      clinicId: patient.clinicId,
      id: randomUUID(),
      patientId: patient.id,
      therapistId: therapist.id,
      condition: Condition.SCIATICA,
      suspectedCause: SuspectedCause.PIRIFORMIS,
      plannedFrequency: Frequency.WEEKLY,
      startDate: '2026-01-05',
      symptomDurationWeeks: 8,
      status: EpisodeStatus.ACTIVE,
      endDate: null,
      createdAt: new Date(),
      updatedAt: new Date(),
      ...overrides,
    }),
};

export const TEST_PASSWORD = 'correct horse battery staple';

export interface ClinicFixture {
  clinic: Clinic;
  owner: User;
  therapist: User;
  otherTherapist: User;
  researcher: User;
  /** A patient with one episode in `therapist`'s caseload, and one in `otherTherapist`'s. */
  patient: Patient;
  episode: Episode;
  otherPatient: Patient;
  otherEpisode: Episode;
}

let passwordHash: Promise<string> | undefined;

/** A clinic with an owner, two therapists, a researcher, and a patient with an episode for each therapist. */
export async function createClinicFixture(dataSource: DataSource, name = 'Test Clinic'): Promise<ClinicFixture> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const clinic = ClinicFactory.build({ name });
  const user = (role: Role, displayName: string): User => UserFactory.build(clinic, { role, displayName, passwordHash: hash });
  const owner = user(Role.OWNER, 'Olivia Owner');
  const therapist = user(Role.THERAPIST, 'Theo Therapist');
  const otherTherapist = user(Role.THERAPIST, 'Tara Therapist');
  const researcher = user(Role.RESEARCHER, 'Rae Researcher');
  const patient = PatientFactory.build(therapist, { name: 'Pat Patient' });
  const otherPatient = PatientFactory.build(otherTherapist, { name: 'Quinn Other' });
  const episode = EpisodeFactory.build(patient, therapist);
  const otherEpisode = EpisodeFactory.build(otherPatient, otherTherapist);
  await dataSource.transaction(async (manager) => {
    await manager.insert(Clinic, clinic);
    await manager.insert(User, [owner, therapist, otherTherapist, researcher]);
    await manager.insert(Patient, [patient, otherPatient]);
    await manager.insert(Episode, [episode, otherEpisode]);
  });
  return { clinic, owner, therapist, otherTherapist, researcher, patient, episode, otherPatient, otherEpisode };
}
