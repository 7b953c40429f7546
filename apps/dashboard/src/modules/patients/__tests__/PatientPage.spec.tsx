import { fireEvent, screen, within } from '@testing-library/react';
import { EpisodeStatus, MmeFactorTable, NonOpioidClass, RedFlag, Role, SuspectedCause } from '@outcomes/models';
import { OutcomeInstrument } from '../../../gql/graphql';
import {
  AlertFactory,
  apiError,
  EpisodeFactory,
  MeFactory,
  openAlertsMock,
  PatientDetailFactory,
  SessionFactory,
} from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';
import { renderPatientPage } from '../../../testing/renderPatientPage';
import { PATIENT_DETAIL_QUERY } from '../graphql/patient';
import { PatientPage } from '../components/PatientPage';

const therapist = MeFactory.build({ role: Role.THERAPIST });

function buildPatient() {
  const current = EpisodeFactory.build({
    id: 'episode-current',
    startDate: '2025-03-03',
    sessions: [
      SessionFactory.build({ sessionDate: '2025-03-03', dayIndex: 0, painBefore: 8, painAfter: 6 }),
      SessionFactory.build({ sessionDate: '2025-03-10', dayIndex: 7, painBefore: 6, redFlags: [RedFlag.SADDLE_NUMBNESS] }),
    ],
    medicationReports: [
      {
        __typename: 'MedicationReport',
        id: 'report-1',
        reportDate: '2025-03-03',
        dayIndex: 0,
        dailyMme: 30,
        factorTable: MmeFactorTable.CDC_2022,
        opioids: [],
        nonOpioids: [{ __typename: 'NonOpioidDoses', drugClass: NonOpioidClass.NSAID, dosesPerWeek: 14 }],
      },
    ],
    outcomeMeasures: [
      { __typename: 'OutcomeMeasure', id: 'odi-1', instrument: OutcomeInstrument.ODI, measuredOn: '2025-03-03', dayIndex: 0, score: 44 },
    ],
  });
  const earlier = EpisodeFactory.build({
    id: 'episode-earlier',
    startDate: '2024-01-08',
    endDate: '2024-03-01',
    status: EpisodeStatus.DISCHARGED,
    suspectedCause: SuspectedCause.DISC_HERNIATION,
    sessions: [SessionFactory.build({ sessionDate: '2024-01-08', painBefore: 5 })],
  });
  return PatientDetailFactory.build({ id: 'patient-1', name: 'Ruth Okafor', birthDate: '1960-01-01', episodes: [current, earlier] });
}

describe('PatientPage', () => {
  it('shows the patient, the newest episode, its open red flag, its ODI and its sessions', async () => {
    const patient = buildPatient();
    const alert = AlertFactory.build({ episodeId: 'episode-current', redFlags: [RedFlag.SADDLE_NUMBNESS], sameDayReferral: true });
    renderPatientPage(patient, therapist, { alerts: [alert, AlertFactory.build()] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' })).toBeTruthy();
    expect(screen.getByText('Female')).toBeTruthy();

    const episodes = within(screen.getByRole('navigation', { name: 'Episodes' }));
    const links = episodes.getAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual(['true', null]);
    expect(links[1]?.textContent).toContain('Discharged');

    expect(screen.getByRole('link', { name: 'Record a session' }).getAttribute('href')).toBe('/episodes/episode-current/sessions/new');
    // Only this episode's alert, with its same-day badge and a way to close it.
    expect(await screen.findByText('Same-day referral')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Record referral' })).toHaveLength(1);

    const odi = within(screen.getByRole('region', { name: 'Oswestry Disability Index' }));
    expect(odi.getByText('Severe disability (41–60)')).toBeTruthy();

    const history = within(screen.getByRole('region', { name: 'Session history' }));
    expect(history.getAllByRole('row').map((row) => row.firstElementChild?.textContent)).toEqual([
      'Date',
      '10 Mar 2025',
      '3 Mar 2025',
    ]);
    expect(history.getByText('Saddle numbness')).toBeTruthy();
  });

  it('shows the trajectory and the medication as tables, with the thresholds described', async () => {
    renderPatientPage(buildPatient(), therapist);

    const trajectory = await screen.findByRole('region', { name: 'Pain trajectory' });
    expect(trajectory.textContent).toContain('Baseline 8/10');
    expect(trajectory.textContent).toContain('6 (MCID, −2 points) and 5.6 (−30 %)');
    fireEvent.click(within(trajectory).getByRole('button', { name: 'Show as table' }));
    const rows = within(within(trajectory).getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['Date', 'Pain before (0–10)', 'Pain after (0–10)'],
      ['3 Mar 2025', '8', '6'],
      ['10 Mar 2025', '6', '—'],
    ]);

    const medication = screen.getByRole('region', { name: 'Pain medication' });
    fireEvent.click(within(medication).getByRole('button', { name: 'Show as table' }));
    expect(within(medication).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Report date',
      'Opioids (MME/day)',
      'NSAIDs (doses/week)',
    ]);
  });

  it('switches episode through the address, so Back returns to the previous one', async () => {
    const app = renderPatientPage(buildPatient(), therapist);
    await screen.findByRole('heading', { level: 1, name: 'Ruth Okafor' });

    fireEvent.click(screen.getAllByRole('link', { name: /Disc herniation/ })[0] as HTMLElement);

    expect(app.href()).toBe('/patients/patient-1?episode=episode-earlier');
    expect(await screen.findByRole('heading', { level: 2, name: 'Sciatica · Disc herniation' })).toBeTruthy();
    // A discharged episode takes no new sessions.
    expect(screen.queryByRole('link', { name: 'Record a session' })).toBeNull();
  });

  it('says so when the patient is not in the caseload', async () => {
    renderAt(
      '/patients/someone-else',
      [
        {
          request: { query: PATIENT_DETAIL_QUERY, variables: { id: 'someone-else' } },
          result: { data: null, errors: [apiError('NOT_FOUND', 'Patient someone-else was not found.')] },
        },
        openAlertsMock([]),
      ],
      { ui: <PatientPage />, routePath: '/patients/:patientId', me: therapist },
    );

    expect((await screen.findByRole('alert')).textContent).toContain('This patient does not exist or is not in your caseload.');
  });
});
