import { act, fireEvent, screen, within } from '@testing-library/react';
import { NonOpioidClass, OpioidDrug, Role } from '@outcomes/models';
import type { RecordMedicationReportInput } from '../../../gql/graphql';
import { apiError, EpisodeFactory, MeFactory, openAlertsMock, PatientDetailFactory, recordMedicationReportMock } from '../../../testing/factories';
import { renderAt, settle } from '../../../testing/renderApp';
import { renderPatientPage } from '../../../testing/renderPatientPage';
import { today as deviceToday } from '../../clinical/dates';
import { MedicationReportForm } from '../components/MedicationReportForm';

const TODAY = '2025-03-20';
const episode = { id: 'episode-1', startDate: '2025-03-03', endDate: null };

function renderForm(mocks: Parameters<typeof renderAt>[1] = []) {
  const onRecorded = jest.fn();
  const app = renderAt('/form', mocks, {
    ui: <MedicationReportForm episode={episode} today={TODAY} onRecorded={onRecorded} onCancel={() => undefined} />,
  });
  return { app, onRecorded };
}

const opioidRow = (n: number) => within(screen.getByRole('group', { name: `Opioid ${n}` }));
const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save report' }));

function addOxycodone(strength: string, dosesPerDay: string): void {
  fireEvent.click(screen.getByRole('button', { name: 'Add an opioid' }));
  const row = opioidRow(1);
  fireEvent.change(row.getByLabelText('Opioid'), { target: { value: OpioidDrug.OXYCODONE } });
  fireEvent.change(row.getByLabelText('Strength (mg per dose)'), { target: { value: strength } });
  fireEvent.change(row.getByLabelText('Doses per day'), { target: { value: dosesPerDay } });
}

describe('MedicationReportForm: checked as you type', () => {
  it('marks a wrong strength beside its field, and shows MME/day as the values go in', () => {
    renderForm();
    addOxycodone('0', '3');

    const strength = opioidRow(1).getByLabelText('Strength (mg per dose)');
    expect(strength.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Strength (mg per dose)', description: 'A strength above 0.' })).toBe(strength);

    fireEvent.change(strength, { target: { value: '5' } });
    expect(strength.getAttribute('aria-invalid')).toBeNull();
    // 5 mg × 3 a day × 1.5 (oxycodone, CDC 2022).
    expect(opioidRow(1).getByText('22.5 MME/day')).toBeTruthy();
    expect(screen.getByText(/^Total: 22\.5 MME\/day/)).toBeTruthy();
  });

  it('takes a fentanyl patch as a rate in mcg/hr, once a day', () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Add an opioid' }));
    fireEvent.change(opioidRow(1).getByLabelText('Opioid'), { target: { value: OpioidDrug.FENTANYL_TRANSDERMAL } });

    const dosesPerDay = opioidRow(1).getByLabelText('Doses per day') as HTMLInputElement;
    expect(dosesPerDay.value).toBe('1');
    expect(dosesPerDay.readOnly).toBe(true);
    fireEvent.change(opioidRow(1).getByLabelText('Patch rate (mcg/hr)'), { target: { value: '25' } });
    expect(opioidRow(1).getByText('60 MME/day')).toBeTruthy();
  });

  it('refuses the same opioid twice, on the second row', () => {
    renderForm();
    addOxycodone('5', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Add an opioid' }));
    fireEvent.change(opioidRow(2).getByLabelText('Opioid'), { target: { value: OpioidDrug.OXYCODONE } });

    expect(opioidRow(2).getByText('Each opioid once per report: this one is listed above.')).toBeTruthy();
    expect(opioidRow(1).queryByText(/Each opioid once/)).toBeNull();
  });

  it('bounds non-opioid doses per week', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('NSAIDs'), { target: { value: '250' } });
    expect(screen.getByRole('textbox', { name: 'NSAIDs', description: 'At most 200 doses a week.' })).toBeTruthy();
  });

  it('marks every missing part on the first submit, moves focus there, and sends nothing', async () => {
    const { app } = renderForm();
    fireEvent.change(screen.getByLabelText('Report date'), { target: { value: '2025-03-21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add an opioid' }));

    submit();
    await settle();

    expect(screen.getByText('This date is in the future (today is 2025-03-20).')).toBeTruthy();
    expect(opioidRow(1).getByText('Choose the opioid.')).toBeTruthy();
    expect(opioidRow(1).getByText('Enter the strength of one dose.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Report date'));
    expect(app.operations).toEqual([]);
  });

  it('removes a row and returns focus to “Add an opioid”', async () => {
    renderForm();
    addOxycodone('5', '2');
    fireEvent.click(opioidRow(1).getByRole('button', { name: 'Remove opioid 1' }));
    await settle();
    expect(screen.queryByRole('group', { name: 'Opioid 1' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add an opioid' }));
  });
});

describe('MedicationReportForm: sending', () => {
  const input: RecordMedicationReportInput = {
    episodeId: 'episode-1',
    reportDate: TODAY,
    opioids: [{ drug: OpioidDrug.OXYCODONE, strength: 5, dosesPerDay: 3 }],
    nonOpioids: [{ drugClass: NonOpioidClass.NSAID, dosesPerWeek: 14 }],
  };

  it('sends the report as numbers and hands back the stored one', async () => {
    const { onRecorded } = renderForm([recordMedicationReportMock(input, { reportId: 'report-9', dayIndex: 17 })]);
    addOxycodone('5', '3');
    fireEvent.change(screen.getByLabelText('NSAIDs'), { target: { value: '14' } });

    submit();
    await settle();

    expect(onRecorded).toHaveBeenCalledTimes(1);
    expect(onRecorded.mock.calls[0]?.[0]).toMatchObject({ id: 'report-9', dailyMme: 22.5 });
  });

  it('sends one request for a double click', async () => {
    const { app, onRecorded } = renderForm([recordMedicationReportMock(input, { reportId: 'report-9', dayIndex: 17 })]);
    addOxycodone('5', '3');
    fireEvent.change(screen.getByLabelText('NSAIDs'), { target: { value: '14' } });

    // Two submits before React re-renders with the button disabled.
    const form = screen.getByRole('button', { name: 'Save report' }).closest('form') as HTMLFormElement;
    // In one act(): React has not re-rendered between the two, as with a real double click.
    act(() => {
      fireEvent.submit(form);
      fireEvent.submit(form);
    });
    await settle();

    expect(app.operations).toEqual(['RecordMedicationReport']);
    expect(onRecorded).toHaveBeenCalledTimes(1);
  });

  it('puts the API’s field errors beside their controls, non-opioids by the order sent', async () => {
    const { onRecorded } = renderForm([
      recordMedicationReportMock(input, {
        errors: [
          apiError('BAD_USER_INPUT', 'Invalid input.', {
            fields: [
              { field: 'input.reportDate', message: 'This date is in the future (today is 2025-03-19).' },
              { field: 'input.nonOpioids[0].dosesPerWeek', message: 'At most 200 doses a week.' },
            ],
          }),
        ],
      }),
    ]);
    addOxycodone('5', '3');
    fireEvent.change(screen.getByLabelText('NSAIDs'), { target: { value: '14' } });

    submit();

    expect(await screen.findByRole('textbox', { name: 'NSAIDs', description: 'At most 200 doses a week.' })).toBeTruthy();
    const date = screen.getByLabelText('Report date');
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(date.getAttribute('aria-describedby')?.split(' ')).toContain(screen.getByText('This date is in the future (today is 2025-03-19).').id);
    expect(screen.getByRole('alert').textContent).toBe('The report was not saved. Check the highlighted fields.');
    expect(onRecorded).not.toHaveBeenCalled();

    // Changing the value clears the API's verdict on it.
    fireEvent.change(screen.getByLabelText('NSAIDs'), { target: { value: '12' } });
    expect(screen.queryByText('At most 200 doses a week.')).toBeNull();
  });

  it('keeps the entries and says why when the request fails', async () => {
    renderForm([recordMedicationReportMock(input, { networkError: new Error('socket hang up') })]);
    addOxycodone('5', '3');
    fireEvent.change(screen.getByLabelText('NSAIDs'), { target: { value: '14' } });

    submit();

    expect((await screen.findByRole('alert')).textContent).toContain('The report was not saved.');
    expect((opioidRow(1).getByLabelText('Strength (mg per dose)') as HTMLInputElement).value).toBe('5');
  });
});

describe('medication report on the patient page', () => {
  it('records a report and the chart’s table shows it at once, with a confirmation', async () => {
    const today = deviceToday();
    const current = EpisodeFactory.build({ id: 'episode-5', startDate: '2025-03-03' });
    const patient = PatientDetailFactory.build({ id: 'patient-5', name: 'Ruth Okafor', episodes: [current] });
    const input: RecordMedicationReportInput = {
      episodeId: 'episode-5',
      reportDate: today,
      opioids: [{ drug: OpioidDrug.OXYCODONE, strength: 5, dosesPerDay: 3 }],
      nonOpioids: [],
    };
    const app = renderPatientPage(patient, MeFactory.build({ role: Role.THERAPIST }), {
      mocks: [recordMedicationReportMock(input, { reportId: 'report-1', dayIndex: 30 }), openAlertsMock([])],
    });
    const medication = within(await screen.findByRole('region', { name: 'Pain medication' }));
    expect(medication.getByText('No medication reports in this episode.')).toBeTruthy();

    fireEvent.click(medication.getByRole('button', { name: 'Record a medication report' }));
    await settle();
    expect(document.activeElement).toBe(medication.getByLabelText('Report date'));
    addOxycodone('5', '3');
    submit();

    expect(await medication.findByText(/Medication report of .* saved: 22\.5 MME\/day of opioids\./)).toBeTruthy();
    expect(document.activeElement).toBe(medication.getByRole('button', { name: 'Record a medication report' }));
    fireEvent.click(medication.getByRole('button', { name: 'Show as table' }));
    const rows = within(medication.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['Report date', 'Opioids (MME/day)'],
      [expect.any(String), '22.5'],
    ]);
    expect(app.operations).toEqual(['PatientDetail', 'OpenRedFlagAlerts', 'RecordMedicationReport', 'OpenRedFlagAlerts']);
  });
});
