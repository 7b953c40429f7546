import { fireEvent, screen, within } from '@testing-library/react';
import { Role } from '@outcomes/models';
import { apiError, MeFactory, TeamMemberFactory, usersMock } from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';
import { CREATE_USER_MUTATION, UPDATE_USER_MUTATION } from '../graphql/team';
import { TeamPage } from '../components/TeamPage';

const owner = MeFactory.build({ role: Role.OWNER, id: 'user-owner', displayName: 'Maya Chen' });
const ownerRow = TeamMemberFactory.build({ id: 'user-owner', displayName: 'Maya Chen', role: Role.OWNER });
const ana = TeamMemberFactory.build({ id: 'user-ana', displayName: 'Ana Silva', email: 'ana@clinic.example' });

function renderTeam(mocks: Parameters<typeof renderAt>[1]) {
  return renderAt('/team', [usersMock([ownerRow, ana]), ...mocks], { ui: <TeamPage />, me: owner });
}

const newUser = { email: 'leo@clinic.example', displayName: 'Leo Brandt', role: Role.RESEARCHER, password: 'a long enough password' };

function fillNewUser(values: Partial<typeof newUser> = {}): void {
  const filled = { ...newUser, ...values };
  const form = within(screen.getByRole('region', { name: 'Add a user' }));
  fireEvent.change(form.getByLabelText('Name'), { target: { value: filled.displayName } });
  fireEvent.change(form.getByLabelText('Email'), { target: { value: filled.email } });
  fireEvent.change(form.getByLabelText('Role'), { target: { value: filled.role } });
  fireEvent.change(form.getByLabelText('First password'), { target: { value: filled.password } });
}

describe('TeamPage', () => {
  it('lists the users; your own row cannot be deactivated or demoted', async () => {
    renderTeam([]);

    const table = await screen.findByRole('table');
    const [, selfRow, anaRow] = within(table).getAllByRole('row');
    expect(selfRow?.textContent).toContain('Maya Chen (you)');
    expect((within(selfRow as HTMLElement).getByLabelText('Role of Maya Chen') as HTMLSelectElement).disabled).toBe(true);
    expect(within(selfRow as HTMLElement).queryByRole('button', { name: /Deactivate/ })).toBeNull();
    expect(within(anaRow as HTMLElement).getByRole('button', { name: 'Deactivate Ana Silva' })).toBeTruthy();
  });

  it('checks the new user as typed and sends nothing while a field is wrong', async () => {
    const app = renderTeam([]);
    await screen.findByRole('table');

    fillNewUser({ password: 'too short' });
    fireEvent.blur(screen.getByLabelText('First password'));

    const password = screen.getByLabelText('First password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('A password has at least 12 characters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));
    expect(app.operations).toEqual(['Users']);
  });

  it("puts the API's field error beside the email and keeps what was typed", async () => {
    renderTeam([
      {
        request: { query: CREATE_USER_MUTATION, variables: { input: newUser } },
        result: {
          data: null,
          errors: [
            apiError('BAD_USER_INPUT', 'input.email: This email already has an account.', {
              fields: [{ field: 'input.email', message: 'This email already has an account.' }],
            }),
          ],
        },
      },
    ]);
    await screen.findByRole('table');
    fillNewUser();

    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));

    const message = await screen.findByText('This email already has an account.');
    const email = within(screen.getByRole('region', { name: 'Add a user' })).getByLabelText('Email') as HTMLInputElement;
    expect(email.getAttribute('aria-describedby')).toBe(message.id);
    expect(email.value).toBe(newUser.email);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('adds a user and shows them in the list', async () => {
    const leo = TeamMemberFactory.build({ id: 'user-leo', displayName: 'Leo Brandt', email: newUser.email, role: Role.RESEARCHER });
    renderTeam([
      { request: { query: CREATE_USER_MUTATION, variables: { input: newUser } }, result: { data: { createUser: leo } } },
      usersMock([ownerRow, ana, leo]),
    ]);
    await screen.findByRole('table');
    fillNewUser();

    fireEvent.click(screen.getByRole('button', { name: 'Add user' }));

    expect((await screen.findByRole('status')).textContent).toBe('Leo Brandt can now sign in.');
    expect(within(screen.getByRole('table')).getByRole('rowheader', { name: 'Leo Brandt' })).toBeTruthy();
  });

  it('changes a role and deactivates a user', async () => {
    renderTeam([
      {
        request: { query: UPDATE_USER_MUTATION, variables: { input: { id: 'user-ana', role: Role.OWNER } } },
        result: { data: { updateUser: { ...ana, role: Role.OWNER } } },
      },
      {
        request: { query: UPDATE_USER_MUTATION, variables: { input: { id: 'user-ana', active: false } } },
        result: { data: { updateUser: { ...ana, role: Role.OWNER, active: false } } },
      },
    ]);
    await screen.findByRole('table');

    fireEvent.change(screen.getByLabelText('Role of Ana Silva'), { target: { value: Role.OWNER } });
    fireEvent.click(screen.getByRole('button', { name: 'Save role of Ana Silva' }));
    expect((await screen.findByRole('status')).textContent).toBe('Ana Silva is now owner; their sessions were signed out.');

    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Ana Silva' }));
    expect(await screen.findByRole('button', { name: 'Reactivate Ana Silva' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Ana Silva can no longer sign in.');
  });

  it("shows the API's refusal in the user's row", async () => {
    renderTeam([
      {
        request: { query: UPDATE_USER_MUTATION, variables: { input: { id: 'user-ana', active: false } } },
        result: { data: null, errors: [apiError('CONFLICT', 'A clinic keeps at least one active owner.')] },
      },
    ]);
    await screen.findByRole('table');

    fireEvent.click(screen.getByRole('button', { name: 'Deactivate Ana Silva' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Ana Silva: A clinic keeps at least one active owner.');
    expect(screen.getByRole('button', { name: 'Deactivate Ana Silva' })).toBeTruthy();
  });
});
