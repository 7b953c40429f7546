import { fireEvent, screen, within } from '@testing-library/react';
import { Role } from '@outcomes/models';
import { OutcomeInstrument, type RecordOdiInput } from '../../../gql/graphql';
import { apiError, EpisodeFactory, MeFactory, PatientDetailFactory, recordOdiMock } from '../../../testing/factories';
import { renderAt, settle } from '../../../testing/renderApp';
import { renderPatientPage } from '../../../testing/renderPatientPage';
import { today as deviceToday } from '../../clinical/dates';
import { OdiForm } from '../components/OdiForm';
import { ODI_SECTION_TITLES, odiFieldOf, validateOdi } from '../odiValidation';

const TODAY = '2025-03-20';
const episode = { id: 'episode-1', startDate: '2025-03-03', endDate: '2025-03-15' };

function renderForm(mocks: Parameters<typeof renderAt>[1] = []) {
  const onRecorded = jest.fn();
  const app = renderAt('/form', mocks, {
    ui: <OdiForm episode={episode} today={TODAY} onRecorded={onRecorded} onCancel={() => undefined} />,
  });
  return { app, onRecorded };
}

/** Ticks an answer in each section, in order; null leaves a section unanswered. */
function answerAll(answers: ReadonlyArray<number | null>): void {
  answers.forEach((answer, section) => {
    const group = within(screen.getByRole('group', { name: `${section + 1}. ${ODI_SECTION_TITLES[section]}` }));
    fireEvent.click(group.getByRole('radio', { name: answer === null ? 'Not answered' : String(answer) }));
  });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Save questionnaire' }));

describe('validateOdi', () => {
  const answers = [2, 3, 1, 0, 4, 2, 1, null, 2, null];

  it('accepts a questionnaire with up to two sections unanswered', () => {
    expect(validateOdi({ measuredOn: '2025-03-10', answers }, episode, TODAY)).toEqual({});
  });

  it('refuses three unanswered sections and a date after the episode ended, with the API’s words', () => {
    expect(validateOdi({ measuredOn: '2025-03-16', answers: [null, ...answers.slice(1)] }, episode, TODAY)).toEqual({
      measuredOn: 'The episode ended on 2025-03-15; this date cannot be later.',
      answers: 'At most 2 sections may be unanswered.',
    });
  });

  it('places the API’s paths', () => {
    expect(odiFieldOf('input.measuredOn')).toBe('measuredOn');
    expect(odiFieldOf('input.answers[4]')).toBe('answers');
    expect(odiFieldOf('input.episodeId')).toBeNull();
  });
});

describe('OdiForm', () => {
  it('scores the questionnaire as it is filled in, as the API will', () => {
    renderForm();
    expect(screen.getByText('0 of 10 sections answered: at least 8 are needed for a score.')).toBeTruthy();

    answerAll([2, 3, 1, 0, 4, 2, 1, null, 2, 3]);

    // (2+3+1+0+4+2+1+2+3) / (5 × 9) × 100 = 40.
    expect(screen.getByText('Score 40 of 100: Moderate disability (21–40).')).toBeTruthy();
  });

  it('refuses to save with three sections unanswered, sends nothing, and moves focus to the first of them', async () => {
    const { app } = renderForm();
    fireEvent.change(screen.getByLabelText('Completed on'), { target: { value: '2025-03-10' } });
    answerAll([null, 3, 1, 0, 4, 2, 1, null, 2, null]);

    submit();
    await settle();

    expect(screen.getByText('At most 2 sections may be unanswered.')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('group', { name: '1. Pain intensity' }));
    expect(app.operations).toEqual([]);
  });

  it('checks the date against the episode as it is typed', () => {
    renderForm();
    const date = screen.getByLabelText('Completed on');
    fireEvent.change(date, { target: { value: '2025-03-18' } });
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The episode ended on 2025-03-15; this date cannot be later.')).toBeTruthy();
  });

  it('sends the ten answers and puts the API’s date error beside the date', async () => {
    const answers = [2, 3, 1, 0, 4, 2, 1, null, 2, 3];
    const input: RecordOdiInput = { episodeId: 'episode-1', measuredOn: '2025-03-10', answers };
    const { onRecorded } = renderForm([
      recordOdiMock(input, {
        errors: [
          apiError('BAD_USER_INPUT', 'input.measuredOn: The episode started on 2025-03-11; this date cannot be earlier.', {
            fields: [{ field: 'input.measuredOn', message: 'The episode started on 2025-03-11; this date cannot be earlier.' }],
          }),
        ],
      }),
      recordOdiMock(input, { measureId: 'odi-9', score: 40 }),
    ]);
    fireEvent.change(screen.getByLabelText('Completed on'), { target: { value: '2025-03-10' } });
    answerAll(answers);

    submit();

    expect(await screen.findByText('The episode started on 2025-03-11; this date cannot be earlier.')).toBeTruthy();
    expect(screen.getByLabelText('Completed on').getAttribute('aria-invalid')).toBe('true');
    expect(onRecorded).not.toHaveBeenCalled();

    submit();
    await settle();
    expect(onRecorded).toHaveBeenCalledTimes(1);
    expect(onRecorded.mock.calls[0]?.[0]).toMatchObject({ id: 'odi-9', score: 40, instrument: OutcomeInstrument.ODI });
  });
});

describe('ODI on the patient page', () => {
  it('records a questionnaire and the ODI table shows it at once', async () => {
    const today = deviceToday();
    const answers = [4, 4, 3, 3, 4, 3, 3, 2, 3, 4];
    const current = EpisodeFactory.build({ id: 'episode-6', startDate: '2025-03-03' });
    const patient = PatientDetailFactory.build({ id: 'patient-6', episodes: [current] });
    renderPatientPage(patient, MeFactory.build({ role: Role.OWNER }), {
      mocks: [recordOdiMock({ episodeId: 'episode-6', measuredOn: today, answers }, { measureId: 'odi-1', score: 66 })],
    });
    const odi = within(await screen.findByRole('region', { name: 'Oswestry Disability Index' }));
    expect(odi.getByText('No ODI recorded in this episode.')).toBeTruthy();

    fireEvent.click(odi.getByRole('button', { name: 'Record an ODI questionnaire' }));
    answerAll(answers);
    submit();

    expect(await odi.findByText(/ODI of .* saved: score 66\./)).toBeTruthy();
    expect(odi.getByText('Crippling back pain (61–80)')).toBeTruthy();
    expect(odi.queryByRole('form')).toBeNull();
  });
});
