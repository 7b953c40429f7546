import { fireEvent, screen } from '@testing-library/react';
import { Role } from '@outcomes/models';
import { apiError, caseloadPageMocks, loginMock, MeFactory } from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';

const credentials = { email: 'dana@clinic.example', password: 'correct horse battery staple' };

function fillAndSubmit(): void {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: credentials.email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: credentials.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  it("shows the API's error message inline and stays on the login page", async () => {
    const app = renderAt('/login?next=%2Fcaseload', [
      loginMock(credentials, { errors: [apiError('UNAUTHENTICATED', 'Email or password is incorrect.')] }),
    ]);

    fillAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Email or password is incorrect.');
    expect(app.href()).toBe('/login?next=%2Fcaseload');
    expect(app.operations).toEqual(['Login']);
  });

  it('shows BAD_USER_INPUT field messages beside their fields', async () => {
    renderAt('/login', [
      loginMock(credentials, {
        errors: [
          apiError('BAD_USER_INPUT', 'Check the highlighted fields.', {
            fields: [{ field: 'email', message: 'Enter the email address you signed up with.' }],
          }),
        ],
      }),
    ]);

    fillAndSubmit();

    expect((await screen.findByRole('alert')).textContent).toBe('Check the highlighted fields.');
    const email = screen.getByRole('textbox', {
      name: 'Email',
      description: 'Enter the email address you signed up with.',
    });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Password').getAttribute('aria-invalid')).toBeNull();
  });

  it('returns the user to the page they came from, using the login result as `me`', async () => {
    const therapist = MeFactory.build({ role: Role.THERAPIST, displayName: 'Ana Silva' });
    const app = renderAt('/login?next=%2Fcaseload', [
      loginMock(credentials, { me: therapist }),
      ...caseloadPageMocks(),
    ]);

    fillAndSubmit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' }, { timeout: 10_000 })).toBeTruthy();
    expect(app.href()).toBe('/caseload');
    expect(screen.getByText('Ana Silva')).toBeTruthy();
    // `me` came from the login result: no second round trip for it.
    expect(app.operations[0]).toBe('Login');
    expect(app.operations).not.toContain('Me');
  });

  it("sends the user home when `next` is a page their role may not open", async () => {
    const app = renderAt('/login?next=%2Foverview', [
      loginMock(credentials, { me: MeFactory.build({ role: Role.THERAPIST }) }),
      ...caseloadPageMocks(),
    ]);

    fillAndSubmit();

    expect(await screen.findByRole('heading', { level: 1, name: 'Caseload' }, { timeout: 10_000 })).toBeTruthy();
    expect(app.href()).toBe('/caseload');
  });
});
