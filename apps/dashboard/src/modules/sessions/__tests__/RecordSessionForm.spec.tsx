import { act, fireEvent, screen, within } from '@testing-library/react';
import { BodyRegion, Role, Technique } from '@outcomes/models';
import type { RecordSessionInput } from '../../../gql/graphql';
import {
  apiError,
  EpisodeFactory,
  MeFactory,
  openAlertsMock,
  PatientDetailFactory,
  patientDetailMock,
  recordSessionMock,
  SessionFactory,
  sessionFormEpisodeMock,
} from '../../../testing/factories';
import { renderAt, settle } from '../../../testing/renderApp';
import { RecordSessionForm, type SessionFormEpisode } from '../components/RecordSessionForm';

const TODAY = '2025-03-20';
const CLIENT_ID = '3b241101-e2bb-4255-8caf-4136c566a962';
const episode: SessionFormEpisode = { id: 'episode-1', startDate: '2025-03-03', endDate: null, lastSession: null };

/** What the form sends after choosing pain 6 and pressing 45 minutes on 2025-03-20. */
const input: RecordSessionInput = {
  clientRequestId: CLIENT_ID,
  episodeId: 'episode-1',
  sessionDate: TODAY,
  painBefore: 6,
  painAfter: null,
  techniques: [],
  regions: [],
  position: null,
  minutes: 45,
  redFlags: [],
  notes: null,
};

function renderForm(mocks: Parameters<typeof renderAt>[1] = [], onRecorded = jest.fn()) {
  const newClientRequestId = jest.fn(() => CLIENT_ID);
  const app = renderAt('/form', mocks, {
    ui: (
      <RecordSessionForm
        episode={episode}
        onRecorded={onRecorded}
        onCancel={() => undefined}
        today={TODAY}
        newClientRequestId={newClientRequestId}
      />
    ),
  });
  return { app, onRecorded, newClientRequestId };
}

const group = (name: RegExp) => screen.getByRole('group', { name });
const choosePainBefore = (pain: number) =>
  fireEvent.click(within(group(/^Pain before the session/)).getByRole('radio', { name: String(pain) }));
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Record session' }));

describe('RecordSessionForm: checked as you type', () => {
  it('shows a minutes error beside the field as soon as the value is wrong, and clears it when fixed', () => {
    renderForm();
    const minutes = screen.getByLabelText('Minutes');

    fireEvent.change(minutes, { target: { value: '4' } });
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('spinbutton', { name: 'Minutes', description: /A session lasts at least 5 minutes\./ })).toBe(minutes);

    fireEvent.change(minutes, { target: { value: '300' } });
    expect(screen.getByText('A session lasts at most 240 minutes.')).toBeTruthy();

    fireEvent.change(minutes, { target: { value: '45' } });
    expect(minutes.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/A session lasts/)).toBeNull();
  });

  it('says nothing about untouched fields until the first submit, then marks each one and sends nothing', async () => {
    const { app } = renderForm();
    expect(screen.queryByText('Choose the pain before the session (0–10).')).toBeNull();

    submit();
    await settle();

    expect(within(group(/^Pain before the session/)).getByText('Choose the pain before the session (0–10).')).toBeTruthy();
    expect(screen.getByText('Enter how many minutes the session lasted.')).toBeTruthy();
    expect(app.operations).toEqual([]);
  });

  it('refuses a date in the future with the API’s wording', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Session date'), { target: { value: '2025-03-21' } });
    expect(screen.getByText('This date is in the future (today is 2025-03-20).')).toBeTruthy();
  });

  it('fills techniques, regions, position and minutes from the last session in one click', () => {
    const last = { sessionDate: '2025-03-13', painBefore: 7, techniques: [Technique.SWEDISH], regions: [BodyRegion.LUMBAR], position: null, minutes: 50 };
    renderAt('/form', [], {
      ui: <RecordSessionForm episode={{ ...episode, lastSession: last }} onRecorded={jest.fn()} onCancel={jest.fn()} today={TODAY} />,
    });

    fireEvent.click(screen.getByRole('button', { name: /Same techniques, regions, position and minutes/ }));

    expect((within(group(/^Techniques/)).getByRole('checkbox', { name: 'Swedish' }) as HTMLInputElement).checked).toBe(true);
    expect((within(group(/^Regions worked/)).getByRole('checkbox', { name: 'Lumbar' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Minutes') as HTMLInputElement).value).toBe('50');
  });
});

describe('RecordSessionForm: red flags', () => {
  it('warns of a same-day referral as soon as a cauda equina sign is ticked', () => {
    renderForm();
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(within(group(/^Red flags/)).getByRole('checkbox', { name: 'Saddle numbness' }));

    const warning = screen.getByRole('alert');
    expect(warning.textContent).toContain('Same-day medical referral needed');
    expect(warning.textContent).toContain('Saddle numbness: possible cauda equina syndrome');
  });

  it('asks for a prompt (not same-day) referral for the other flags', () => {
    renderForm();

    fireEvent.click(within(group(/^Red flags/)).getByRole('checkbox', { name: 'Night pain' }));

    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('Refer promptly');
  });
});

describe('RecordSessionForm: sending', () => {
  function fillValidSession(): void {
    choosePainBefore(6);
    fireEvent.click(screen.getByRole('button', { name: '45' }));
  }

  it('puts the API’s field errors on the control they name', async () => {
    const { onRecorded } = renderForm([
      recordSessionMock(input, {
        errors: [
          apiError('BAD_USER_INPUT', 'input.sessionDate: This date is in the future (today is 2025-03-19).', {
            fields: [{ field: 'input.sessionDate', message: 'This date is in the future (today is 2025-03-19).' }],
          }),
        ],
      }),
    ]);
    fillValidSession();

    submit();

    const message = await screen.findByText('This date is in the future (today is 2025-03-19).');
    const date = screen.getByLabelText('Session date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')).toBe(message.id);
    expect(screen.getByRole('alert').textContent).toContain('Check the highlighted fields.');
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('retries with the same client request id after a failed request, so the API stores one session', async () => {
    const { app, onRecorded, newClientRequestId } = renderForm([
      recordSessionMock(input, { networkError: new Error('socket hang up') }),
      recordSessionMock(input, { sessionId: 'session-9' }),
    ]);
    fillValidSession();

    submit();
    expect((await screen.findByRole('alert')).textContent).toContain('The session was not recorded.');
    submit();
    await settle();

    expect(app.operations).toEqual(['RecordSession', 'RecordSession']);
    const sentIds = app.variables.map((variables) => (variables['input'] as RecordSessionInput).clientRequestId);
    expect(sentIds).toEqual([CLIENT_ID, CLIENT_ID]);
    expect(newClientRequestId).toHaveBeenCalledTimes(1);
    expect(onRecorded).toHaveBeenCalledTimes(1);
    expect(onRecorded.mock.calls[0]?.[0]).toMatchObject({ id: 'session-9' });
  });

  it('sends one request for a double click', async () => {
    const { app, onRecorded } = renderForm([recordSessionMock(input, { sessionId: 'session-10' })]);
    fillValidSession();

    // Two submits before React re-renders with the button disabled.
    const form = screen.getByRole('button', { name: 'Record session' }).closest('form') as HTMLFormElement;
    // In one act(): React has not re-rendered between the two, as with a real double click.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await settle();

    expect(app.operations).toEqual(['RecordSession']);
    expect(onRecorded).toHaveBeenCalledTimes(1);
  });
});

describe('record a session, end to end in the app', () => {
  it('opens from the episode, records, and returns to the patient page with a confirmation', async () => {
    const earlier = SessionFactory.build({ sessionDate: '2025-03-13', dayIndex: 10, painBefore: 7, minutes: 50 });
    const formEpisode = EpisodeFactory.build({ id: 'episode-7', sessions: [earlier] });
    const patient = PatientDetailFactory.build({ id: 'patient-7', name: 'Ruth Okafor' });
    jest.useFakeTimers({ now: new Date('2025-03-20T10:00:00'), doNotFake: ['setTimeout', 'clearTimeout', 'queueMicrotask', 'setInterval', 'clearInterval'] });
    const randomUUID = jest.spyOn(crypto, 'randomUUID').mockReturnValue(CLIENT_ID);
    try {
      const recorded = SessionFactory.build({ id: 'session-new', sessionDate: TODAY, dayIndex: 17, painBefore: 5, minutes: 45, position: null, techniques: [], regions: [] });
      const app = renderAt('/episodes/episode-7/sessions/new', [
        { request: { query: (await import('../../auth/graphql/auth')).ME_QUERY }, result: { data: { me: MeFactory.build({ role: Role.THERAPIST }) } } },
        sessionFormEpisodeMock(formEpisode, { id: patient.id, name: patient.name }),
        recordSessionMock({ ...input, episodeId: 'episode-7', painBefore: 5 }, { sessionId: 'session-new', dayIndex: 17 }),
        patientDetailMock({ ...patient, episodes: [{ ...formEpisode, sessions: [earlier, recorded] }] }),
        openAlertsMock([]),
      ]);

      await screen.findByRole('heading', { level: 1, name: 'Record a session' });
      expect(await screen.findByText(/Last session 13 Mar 2025: pain before 7\/10, 50 min\./)).toBeTruthy();
      choosePainBefore(5);
      fireEvent.click(screen.getByRole('button', { name: '45' }));
      submit();

      // The patient page is its own chunk (with Recharts): its first load in Jest takes a while.
      expect(await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' }, { timeout: 10_000 })).toBeTruthy();
      expect(app.href()).toBe('/patients/patient-7?episode=episode-7');
      expect(screen.getByText('Session of 20 Mar 2025 recorded (pain before 5/10).')).toBeTruthy();
      // The form's own episode query was not sent again: the new session joined the cached list.
      expect(app.operations).toEqual(['Me', 'SessionFormEpisode', 'RecordSession', 'PatientDetail', 'OpenRedFlagAlerts']);
      const history = within(screen.getByRole('region', { name: 'Session history' }));
      expect(history.getAllByRole('row').map((row) => row.firstElementChild?.textContent)).toEqual(['Date', '20 Mar 2025', '13 Mar 2025']);
    } finally {
      randomUUID.mockRestore();
      jest.useRealTimers();
    }
  });
});
