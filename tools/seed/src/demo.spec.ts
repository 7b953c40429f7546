import { Role } from '@outcomes/models';
import { DEMO_LOGINS, demoLoginLines, generateDemoClinic } from './demo';

describe('the demo clinic', () => {
  const today = '2026-03-02';
  const demo = generateDemoClinic({ today, passwordHash: 'hash-of-demo-password-2026' });

  it('is the named New York clinic with 120 patients', () => {
    expect(demo.clinic.name).toBe('Demo Massage Clinic');
    expect(demo.clinic.timezone).toBe('America/New_York');
    expect(demo.patients).toHaveLength(120);
  });

  it('has exactly the four fixed logins, therapist1 and therapist2 being its only therapists', () => {
    expect(demo.users.map((user) => [user.role, user.email])).toEqual([
      [Role.OWNER, 'owner@demo.clinic'],
      [Role.THERAPIST, 'therapist1@demo.clinic'],
      [Role.THERAPIST, 'therapist2@demo.clinic'],
      [Role.RESEARCHER, 'researcher@demo.clinic'],
    ]);
    expect(DEMO_LOGINS.map((login) => login.email)).toEqual(demo.users.map((user) => user.email));
    for (const login of DEMO_LOGINS) expect(login.password).toBe('demo-password-2026');
  });

  it('gives both therapists a caseload', () => {
    const therapistIds = demo.users.filter((user) => user.role === Role.THERAPIST).map((user) => user.id);
    for (const therapistId of therapistIds) {
      expect(demo.episodes.filter((episode) => episode.therapistId === therapistId).length).toBeGreaterThan(20);
    }
  });

  it('is the same clinic every time for the same day', () => {
    expect(generateDemoClinic({ today, passwordHash: 'hash-of-demo-password-2026' })).toEqual(demo);
  });

  it('dates everything within the year up to its today', () => {
    for (const session of demo.treatmentSessions) {
      expect(session.sessionDate <= today).toBe(true);
      expect(session.sessionDate >= '2025-03-02').toBe(true);
    }
  });

  it('prints every login and the password', () => {
    const text = demoLoginLines().join('\n');
    for (const login of DEMO_LOGINS) expect(text).toContain(login.email);
    expect(text).toContain('demo-password-2026');
  });
});
