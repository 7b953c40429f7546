import { fireEvent, screen, within } from '@testing-library/react';
import { PatientFactory, patientsMock } from '../../../testing/factories';
import { renderAt } from '../../../testing/renderApp';
import { PatientListSection } from '../components/PatientListSection';
import { PATIENTS_QUERY } from '../graphql/patients';

describe('patient list', () => {
  it('shows a loading state, then the patients', async () => {
    const patients = [PatientFactory.build({ name: 'Ruth Okafor' }), PatientFactory.build({ name: 'Leo Brandt' })];
    renderAt('/caseload', [patientsMock(patients)], { ui: <PatientListSection title="Your patients" /> });

    expect(screen.getByRole('status').textContent).toBe('Loading patients…');
    const section = await screen.findByRole('region', { name: 'Your patients' });
    const names = (await within(section).findAllByRole('listitem')).map((item) => item.textContent);
    expect(names).toEqual(['Ruth Okafor', 'Leo Brandt']);
    expect(within(section).getByRole('link', { name: 'Ruth Okafor' }).getAttribute('href')).toBe(`/patients/${patients[0]?.id}`);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByText(/Showing the first/)).toBeNull();
  });

  it('says when there are more patients than shown', async () => {
    renderAt('/caseload', [patientsMock(PatientFactory.buildList(20), { hasNextPage: true })], { ui: <PatientListSection title="Your patients" /> });

    expect(await screen.findByText('Showing the first 20 patients.')).toBeTruthy();
  });

  it('shows an empty state', async () => {
    renderAt('/caseload', [patientsMock([])], { ui: <PatientListSection title="Your patients" /> });

    expect(await screen.findByText('No patients yet.')).toBeTruthy();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('shows an error with a retry that loads the list', async () => {
    const failed = { request: { query: PATIENTS_QUERY, variables: { first: 20 } }, error: new Error('socket hang up') };
    renderAt('/caseload', [failed, patientsMock([PatientFactory.build({ name: 'Ruth Okafor' })])], { ui: <PatientListSection title="Your patients" /> });

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Patients could not be loaded.');
    expect(alert.textContent).toContain('The server could not be reached.');

    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByText('Ruth Okafor')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
