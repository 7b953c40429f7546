import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { AppModule } from '@outcomes/api/src/app.module';
import { applyHttpHardening } from '@outcomes/api/src/security/http-hardening';
import { createClinicFixture, TEST_PASSWORD } from '@outcomes/api/test/support/factories';
import { createTestDatabase, type TestDatabase } from '@outcomes/api/test/support/test-database';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { ApiClient } from './api-client';
import { runSoak, type SoakReport, verdict } from './soak';
import { checkInDatabase } from './soak-database';

/**
 * The soak's short form, for CI: 10 writers for 5 s against the API on a real port of 127.0.0.1
 * (SQLite, or PostgreSQL when DATABASE_URL says so), some writes retried at once and some
 * replayed, then every acknowledged write checked through the API and in the database. The
 * clinic is made through the API itself (the long form, `npx nx run soak:soak`, uses the seed
 * command and restarts PostgreSQL half-way).
 */
const EPISODES_PER_THERAPIST = 8;

describe('the soak, short form', () => {
  let database: TestDatabase;
  let app: INestApplication;
  let report: SoakReport;

  beforeAll(async () => {
    database = await createTestDatabase();
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forRoot({ database: database.target, production: false, auditRetention: { years: 6, scheduled: false }, logging: { level: 'warn' } })],
    }).compile();
    app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] });
    applyHttpHardening(app, { production: false, requestBodyLimit: '100kb', trustProxy: undefined });
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;

    // A clinic with two therapists, each with their own patients and open episodes.
    const clinic = await createClinicFixture(app.get(DataSource), 'Soak Clinic');
    const owner = await ApiClient.login(url, clinic.owner.email, TEST_PASSWORD);
    for (const therapist of [clinic.therapist, clinic.otherTherapist]) {
      for (let index = 0; index < EPISODES_PER_THERAPIST; index += 1) {
        const { createPatient } = await owner.data<{ createPatient: { id: string } }>(
          'mutation($input: CreatePatientInput!) { createPatient(input: $input) { id } }',
          { input: { name: `Soak Patient ${index}`, birthDate: '1975-03-04', sex: 'MALE', primaryTherapistId: therapist.id } },
        );
        await owner.data('mutation($input: OpenEpisodeInput!) { openEpisode(input: $input) { id } }', {
          input: {
            patientId: createPatient.id,
            therapistId: therapist.id,
            condition: 'SCIATICA',
            suspectedCause: 'MUSCULAR',
            plannedFrequency: 'WEEKLY',
            startDate: '2026-03-02',
            symptomDurationWeeks: 6,
          },
        });
      }
    }

    report = await runSoak({
      url,
      therapists: [clinic.therapist, clinic.otherTherapist].map((therapist) => ({ email: therapist.email, password: TEST_PASSWORD })),
      writers: 10,
      seconds: 5,
      concurrentRetryShare: 0.2,
      replayShare: 0.1,
    });
  });
  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('acknowledges every write without an error, retries included', () => {
    expect(report.acknowledged).toBeGreaterThan(20);
    expect(report.concurrentRetries).toBeGreaterThan(0);
    expect(report.replays).toBeGreaterThan(0);
    expect({ errors: report.errors, abandoned: report.abandoned, idMismatches: report.idMismatches }).toEqual({ errors: 0, abandoned: 0, idMismatches: 0 });
  });

  it('stores exactly the acknowledged writes, once each, as the API and the database both say', async () => {
    const stored = await checkInDatabase(database.target, report.runId, report.acknowledgedIds);

    expect(report.verification).toEqual({ stored: report.acknowledged, missing: 0, duplicates: 0, unacknowledged: 0 });
    expect(stored).toEqual({ stored: report.acknowledged, duplicates: 0, missing: 0 });
    expect(verdict(report)).toMatchObject({ ok: true });
  });
});
