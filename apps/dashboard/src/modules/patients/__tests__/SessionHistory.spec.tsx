import { fireEvent, screen, within } from '@testing-library/react';
import { Role } from '@outcomes/models';
import {
  apiError,
  deleteSessionMock,
  EpisodeFactory,
  MeFactory,
  openAlertsMock,
  PatientDetailFactory,
  patientDetailMock,
  SessionFactory,
  updateSessionMock,
} from '../../../testing/factories';
import { settle } from '../../../testing/renderApp';
import { renderPatientPage, type PatientPageOptions } from '../../../testing/renderPatientPage';

const owner = MeFactory.build({ role: Role.OWNER });
const therapist = MeFactory.build({ role: Role.THERAPIST });

const first = SessionFactory.build({ id: 'session-a', sessionDate: '2025-03-03', dayIndex: 0, painBefore: 8, minutes: 60, version: 1 });
const second = SessionFactory.build({ id: 'session-b', sessionDate: '2025-03-10', dayIndex: 7, painBefore: 6, minutes: 60, version: 2 });

function patientWith(sessions = [first, second]) {
  const episode = EpisodeFactory.build({ id: 'episode-1', startDate: '2025-03-03', sessions });
  return PatientDetailFactory.build({ id: 'patient-1', name: 'Ruth Okafor', episodes: [episode] });
}

function renderPage(mocks: PatientPageOptions['mocks'], me = owner) {
  return renderPatientPage(patientWith(), me, { mocks });
}

const history = () => within(screen.getByRole('region', { name: 'Session history' }));
const firstColumn = () => history().getAllByRole('row').map((row) => row.firstElementChild?.textContent);

describe('session history: editing', () => {
  it('changes a session: only the changed fields are sent with the version read, and the table shows the result', async () => {
    const app = renderPage([
      updateSessionMock({ id: 'session-b', expectedVersion: 2, minutes: 45, painAfter: 3 }, { stored: second, episodeId: 'episode-1' }),
      openAlertsMock([]),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });

    fireEvent.click(history().getByRole('button', { name: 'Edit the session of 10 Mar 2025' }));
    await settle();
    expect(document.activeElement).toBe(history().getByRole('heading', { name: 'Edit the session of 10 Mar 2025' }));
    const form = within(history().getByRole('form', { name: 'Edit session' }));
    expect((form.getByLabelText('Minutes') as HTMLInputElement).value).toBe('60');
    expect((within(form.getByRole('group', { name: /^Pain before the session/ })).getByRole('radio', { name: '6' }) as HTMLInputElement).checked).toBe(true);

    fireEvent.change(form.getByLabelText('Minutes'), { target: { value: '45' } });
    fireEvent.click(within(form.getByRole('group', { name: /^Pain after the session/ })).getByRole('radio', { name: '3' }));
    fireEvent.click(form.getByRole('button', { name: 'Save changes' }));

    expect(await history().findByText('Session of 10 Mar 2025 updated.')).toBeTruthy();
    const row = history().getByRole('rowheader', { name: '10 Mar 2025' }).closest('tr') as HTMLElement;
    expect(Array.from(row.children).map((cell) => cell.textContent).slice(0, 7)).toEqual([
      '10 Mar 2025',
      '6',
      '3',
      'Deep tissue',
      'Gluteals',
      'Prone',
      '45',
    ]);
    expect(document.activeElement).toBe(history().getByRole('button', { name: 'Edit the session of 10 Mar 2025' }));
    expect(app.operations).toEqual(['PatientDetail', 'OpenRedFlagAlerts', 'UpdateSession', 'OpenRedFlagAlerts']);
  });

  it('says plainly when someone else changed the session first, and loads their version on request', async () => {
    const theirs = { ...second, minutes: 50, version: 3 };
    const app = renderPage([
      updateSessionMock(
        { id: 'session-b', expectedVersion: 2, minutes: 45 },
        { errors: [apiError('CONFLICT', 'This session was changed by someone else (now version 3); reload it and try again.')] },
      ),
      patientDetailMock(patientWith([first, theirs])),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });
    fireEvent.click(history().getByRole('button', { name: 'Edit the session of 10 Mar 2025' }));
    fireEvent.change(history().getByLabelText('Minutes'), { target: { value: '45' } });
    fireEvent.click(history().getByRole('button', { name: 'Save changes' }));

    const alert = await history().findByRole('alert');
    expect(alert.textContent).toContain('Someone else changed this session while you were editing it');
    expect(alert.textContent).toContain('your changes were not saved');

    fireEvent.click(within(alert).getByRole('button', { name: 'Load the current version' }));

    await history().findByDisplayValue('50');
    expect(history().queryByRole('alert')).toBeNull();
    expect(app.operations).toEqual(['PatientDetail', 'OpenRedFlagAlerts', 'UpdateSession', 'PatientDetail']);
  });

  it('sends nothing when nothing was changed', async () => {
    const app = renderPage([]);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });
    fireEvent.click(history().getByRole('button', { name: 'Edit the session of 3 Mar 2025' }));
    fireEvent.click(history().getByRole('button', { name: 'Save changes' }));

    expect(await history().findByText('Nothing was changed.')).toBeTruthy();
    expect(app.operations).toEqual(['PatientDetail', 'OpenRedFlagAlerts']);
  });
});

describe('session history: deleting', () => {
  it('offers deletion to owners only', async () => {
    renderPage([], therapist);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });
    expect(history().getAllByRole('button', { name: /^Edit the session/ })).toHaveLength(2);
    expect(history().queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('asks first; “Keep it” (or Escape) leaves the session and returns focus to its button', async () => {
    const app = renderPage([]);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });
    const deleteButton = history().getByRole('button', { name: 'Delete the session of 10 Mar 2025' });

    fireEvent.click(deleteButton);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the session of 10 Mar 2025?' });
    expect(dialog.textContent).toContain('This cannot be undone.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await settle();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(deleteButton);

    fireEvent.click(deleteButton);
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(firstColumn()).toEqual(['Date', '10 Mar 2025', '3 Mar 2025']);
    expect(app.operations).toEqual(['PatientDetail', 'OpenRedFlagAlerts']);
  });

  it('deletes on confirmation: the row leaves the table and the page says so', async () => {
    const app = renderPage([deleteSessionMock('session-b', { deleted: true }), openAlertsMock([])]);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });

    fireEvent.click(history().getByRole('button', { name: 'Delete the session of 10 Mar 2025' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete session' }));

    expect(await history().findByText('Session of 10 Mar 2025 deleted.')).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(firstColumn()).toEqual(['Date', '3 Mar 2025']);
    expect(document.activeElement).toBe(history().getByRole('heading', { name: 'Session history' }));
    expect(app.operations).toEqual(['PatientDetail', 'OpenRedFlagAlerts', 'DeleteSession', 'OpenRedFlagAlerts']);
  });

  it('keeps the dialog open with the reason when the API refuses', async () => {
    renderPage([deleteSessionMock('session-b', { errors: [apiError('FORBIDDEN', 'Only the clinic owner may delete a session.')] })]);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });

    fireEvent.click(history().getByRole('button', { name: 'Delete the session of 10 Mar 2025' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete session' }));

    const dialog = within(screen.getByRole('alertdialog'));
    expect((await dialog.findByRole('alert')).textContent).toBe('The session was not deleted. Only the clinic owner may delete a session.');
    expect(firstColumn()).toEqual(['Date', '10 Mar 2025', '3 Mar 2025']);
  });
});
