import { act, fireEvent, screen } from '@testing-library/react';
import { Role } from '@outcomes/models';
import {
  apiError,
  logoutMock,
  MeFactory,
  meMock,
  PatientFactory,
  patientsErrorMock,
  patientsMock,
} from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';

/** Long enough for any query a mounted page would send to reach the link. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

describe('routes per role', () => {
  it.each([
    [Role.OWNER, '/overview', 'Clinic overview', ['Me', 'Patients']],
    [Role.THERAPIST, '/caseload', 'Caseload', ['Me', 'Patients']],
    [Role.RESEARCHER, '/research', 'Research', ['Me']],
  ])('sends a %s from / to %s', async (role, home, heading, operations) => {
    const app = renderAt('/', [meMock(MeFactory.build({ role })), patientsMock(PatientFactory.buildList(3))]);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(app.href()).toBe(home);
    await settle();
    expect(app.operations).toEqual(operations);
  });

  it('refuses a therapist the clinic overview without sending its query', async () => {
    const app = renderAt('/overview', [
      meMock(MeFactory.build({ role: Role.THERAPIST })),
      patientsMock(PatientFactory.buildList(3)),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeTruthy();
    await settle();
    expect(screen.queryByRole('heading', { name: 'Clinic overview' })).toBeNull();
    expect(screen.queryByRole('list', { name: /patients/i })).toBeNull();
    expect(app.operations).toEqual(['Me']);
    expect(app.href()).toBe('/overview');
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
    const app = renderAt('/overview', [meMock(null)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(app.href()).toBe('/login?next=%2Foverview');
  });

  it('sends the user to log in when any query answers UNAUTHENTICATED', async () => {
    const app = renderAt('/caseload', [
      meMock(MeFactory.build({ role: Role.THERAPIST })),
      patientsErrorMock(apiError('UNAUTHENTICATED', 'Your session has expired.')),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(app.href()).toBe('/login?next=%2Fcaseload');
    expect(app.operations).toEqual(['Me', 'Patients']);
  });

  it('logs out: the session ends and the login page shows', async () => {
    const app = renderAt('/research', [meMock(MeFactory.build({ role: Role.RESEARCHER })), logoutMock()]);

    fireEvent.click(await screen.findByRole('button', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(app.href()).toBe('/login');
    expect(app.operations).toEqual(['Me', 'Logout']);
  });
});
