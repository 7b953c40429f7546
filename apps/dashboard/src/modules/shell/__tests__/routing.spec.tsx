import { fireEvent, screen } from '@testing-library/react';
import { Role } from '@outcomes/models';
import { PATIENTS_QUERY } from '../../patients/graphql/patients';
import {
  apiError,
  caseloadPageMocks,
  logoutMock,
  MeFactory,
  meMock,
  meUnauthenticatedMock,
  openAlertsMock,
  overviewMocks,
  PatientDetailFactory,
  patientDetailMock,
  PatientFactory,
  patientsErrorMock,
  patientsMock,
  researchMocks,
} from '../../../testing/factories';
import { renderAt, settle } from '../../../testing/renderApp';

/** Long enough for any query a mounted page would send to reach the link. */
const PAGE_QUERIES_MS = 100;

describe('routes per role', () => {
  it.each([
    [
      Role.OWNER,
      '/overview',
      'Clinic overview',
      overviewMocks(),
      ['Me', 'CohortTrajectory', 'MedicationTrend', 'OpenRedFlagAlerts', 'OutcomeSummary', 'Patients', 'TherapistComparison', 'TherapistOptions', 'TimeToResponse'],
    ],
    [Role.THERAPIST, '/caseload', 'Caseload', caseloadPageMocks(), ['Me', 'Caseload', 'OpenRedFlagAlerts', 'OutcomeSummary', 'Patients']],
    // Never a patient list, a therapist list or a caseload for a researcher.
    [Role.RESEARCHER, '/research', 'Research', researchMocks(), ['Me', 'CohortTrajectory', 'MedicationTrend', 'OutcomeSummary', 'TimeToResponse']],
  ])('sends a %s from / to %s, which asks only for its own data', async (role, home, heading, pageMocks, operations) => {
    const app = renderAt('/', [meMock(MeFactory.build({ role })), ...pageMocks]);

    expect(await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 10_000 })).toBeTruthy();
    expect(app.href()).toBe(home);
    await settle(PAGE_QUERIES_MS);
    // Queries start in render order, which is layout, not contract: compare as sets.
    expect([...app.operations].sort()).toEqual([...operations].sort());
  });

  it('refuses a therapist the clinic overview without sending its query', async () => {
    const app = renderAt('/overview', [
      meMock(MeFactory.build({ role: Role.THERAPIST })),
      patientsMock(PatientFactory.buildList(3)),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeTruthy();
    await settle(PAGE_QUERIES_MS);
    expect(screen.queryByRole('heading', { name: 'Clinic overview' })).toBeNull();
    expect(screen.queryByRole('list', { name: /patients/i })).toBeNull();
    expect(app.operations).toEqual(['Me']);
    expect(app.href()).toBe('/overview');
  });

  it.each([
    [Role.OWNER, ['Clinic overview', 'Team', 'Audit log']],
    [Role.THERAPIST, ['Caseload']],
    [Role.RESEARCHER, ['Research']],
  ])('shows a %s only the pages of the role in the menu', async (role, pages) => {
    renderAt('/nowhere', [meMock(MeFactory.build({ role }))]);

    const menu = await screen.findByRole('navigation', { name: 'Main' });
    expect(Array.from(menu.querySelectorAll('a')).map((link) => link.textContent)).toEqual(pages);
  });

  it('opens a patient page by its id for a therapist', async () => {
    const patient = PatientDetailFactory.build({ id: 'patient-42', name: 'Leo Brandt' });
    const app = renderAt('/patients/patient-42', [
      meMock(MeFactory.build({ role: Role.THERAPIST })),
      patientDetailMock(patient),
      openAlertsMock([]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Leo Brandt' }, { timeout: 10_000 })).toBeTruthy();
    expect(app.operations).toEqual(['Me', 'PatientDetail', 'OpenRedFlagAlerts']);
  });

  it.each([
    ['/patients/patient-42', Role.RESEARCHER],
    ['/episodes/episode-1/sessions/new', Role.RESEARCHER],
    ['/team', Role.THERAPIST],
    ['/audit', Role.THERAPIST],
    ['/audit', Role.RESEARCHER],
  ])('refuses %s to a %s without sending its queries', async (path, role) => {
    const app = renderAt(path, [meMock(MeFactory.build({ role }))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeTruthy();
    await settle(PAGE_QUERIES_MS);
    expect(app.operations).toEqual(['Me']);
  });

  it('shows the header with name, role and a way home from an unknown path', async () => {
    renderAt('/nowhere', [meMock(MeFactory.build({ role: Role.OWNER, displayName: 'Maya Chen' }))]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Maya Chen');
    expect(banner.textContent).toContain('Owner');
    expect(screen.getByRole('link', { name: 'Go to your home page' }).getAttribute('href')).toBe('/overview');
  });
});

describe('signed-out users', () => {
  it('sends a user with no session to /login?next=<where they were>', async () => {
    const app = renderAt('/overview?weeks=12', [meUnauthenticatedMock()]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(app.href()).toBe('/login?next=%2Foverview%3Fweeks%3D12');
  });

  it('sends the user to log in when any query answers UNAUTHENTICATED', async () => {
    const app = renderAt('/caseload', [
      meMock(MeFactory.build({ role: Role.THERAPIST })),
      ...caseloadPageMocks().filter((mock) => mock.request.query !== PATIENTS_QUERY),
      patientsErrorMock(apiError('UNAUTHENTICATED', 'Your session has expired.')),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 10_000 })).toBeTruthy();
    expect(app.href()).toBe('/login?next=%2Fcaseload');
    expect(app.operations).toContain('Patients');
  });

  it('logs out: the session ends and the login page shows', async () => {
    const app = renderAt('/research', [meMock(MeFactory.build({ role: Role.RESEARCHER })), ...researchMocks(), logoutMock()]);

    fireEvent.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 10_000 })).toBeTruthy();
    expect(app.href()).toBe('/login');
    expect(app.operations[0]).toBe('Me');
    expect(app.operations).toContain('Logout');
  });
});
