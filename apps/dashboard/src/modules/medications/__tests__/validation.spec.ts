import { NonOpioidClass, OpioidDrug } from '@outcomes/models';
import {
  emptyMedicationDraft,
  medicationFieldOf,
  toRecordMedicationReportInput,
  validateMedication,
  type MedicationDraft,
  type OpioidDraft,
} from '../validation';

const TODAY = '2025-03-20';
const episode = { startDate: '2025-03-03', endDate: null };

function opioid(overrides: Partial<OpioidDraft> = {}): OpioidDraft {
  return { key: 'row', drug: OpioidDrug.OXYCODONE, strength: '5', dosesPerDay: '3', ...overrides };
}

function draft(overrides: Partial<MedicationDraft> = {}): MedicationDraft {
  return { ...emptyMedicationDraft(TODAY), ...overrides };
}

describe('validateMedication', () => {
  it('accepts a report of no medication at all', () => {
    expect(validateMedication(draft(), episode, TODAY)).toEqual({});
  });

  it('accepts opioids and non-opioids within the API’s bounds', () => {
    const report = draft({ opioids: [opioid(), opioid({ drug: OpioidDrug.TRAMADOL, strength: '50', dosesPerDay: '0.5' })] });
    expect(validateMedication({ ...report, nonOpioids: { ...report.nonOpioids, NSAID: '14', ACETAMINOPHEN: '0' } }, episode, TODAY)).toEqual({});
  });

  it('marks each part of an opioid that is missing or out of bounds, with the API’s words', () => {
    const errors = validateMedication(
      draft({
        opioids: [
          opioid({ drug: '', strength: '', dosesPerDay: '' }),
          opioid({ strength: '0', dosesPerDay: '25' }),
          opioid({ drug: OpioidDrug.MORPHINE, strength: '2001', dosesPerDay: 'two' }),
        ],
      }),
      episode,
      TODAY,
    );
    expect(errors).toEqual({
      'opioids.0.drug': 'Choose the opioid.',
      'opioids.0.strength': 'Enter the strength of one dose.',
      'opioids.0.dosesPerDay': 'Enter how many doses a day.',
      'opioids.1.strength': 'A strength above 0.',
      'opioids.1.dosesPerDay': 'At most 24 doses a day.',
      'opioids.2.strength': 'At most 2000 per dose.',
      'opioids.2.dosesPerDay': 'Doses per day above 0.',
    });
  });

  it('takes each opioid once, and a fentanyl patch at one a day', () => {
    const errors = validateMedication(
      draft({ opioids: [opioid(), opioid(), opioid({ drug: OpioidDrug.FENTANYL_TRANSDERMAL, strength: '25', dosesPerDay: '2' })] }),
      episode,
      TODAY,
    );
    expect(errors).toEqual({
      'opioids.1.drug': 'Each opioid once per report: this one is listed above.',
      'opioids.2.dosesPerDay': 'A fentanyl patch is a rate: doses per day is 1.',
    });
  });

  it('bounds non-opioid doses per week to 0–200', () => {
    const base = draft();
    const errors = validateMedication({ ...base, nonOpioids: { ...base.nonOpioids, NSAID: '201', GABAPENTINOID: '-1' } }, episode, TODAY);
    expect(errors).toEqual({ 'nonOpioids.NSAID': 'At most 200 doses a week.', 'nonOpioids.GABAPENTINOID': 'Doses per week, 0 or more.' });
  });

  it('dates the report within the episode and not in the future', () => {
    expect(validateMedication(draft({ reportDate: '2025-03-21' }), episode, TODAY)).toEqual({
      reportDate: 'This date is in the future (today is 2025-03-20).',
    });
    expect(validateMedication(draft({ reportDate: '2025-03-02' }), episode, TODAY)).toEqual({
      reportDate: 'The episode started on 2025-03-03; this date cannot be earlier.',
    });
  });
});

describe('toRecordMedicationReportInput', () => {
  it('sends numbers, and only the non-opioid classes filled in, in a known order', () => {
    const base = draft({ opioids: [opioid({ strength: '7.5', dosesPerDay: '.5' })] });
    const { input, nonOpioidClasses } = toRecordMedicationReportInput(
      { ...base, nonOpioids: { ...base.nonOpioids, GABAPENTINOID: '7', NSAID: '0' } },
      'episode-1',
    );
    expect(input).toEqual({
      episodeId: 'episode-1',
      reportDate: TODAY,
      opioids: [{ drug: OpioidDrug.OXYCODONE, strength: 7.5, dosesPerDay: 0.5 }],
      nonOpioids: [
        { drugClass: NonOpioidClass.NSAID, dosesPerWeek: 0 },
        { drugClass: NonOpioidClass.GABAPENTINOID, dosesPerWeek: 7 },
      ],
    });
    expect(nonOpioidClasses).toEqual([NonOpioidClass.NSAID, NonOpioidClass.GABAPENTINOID]);
  });
});

describe('medicationFieldOf', () => {
  it('places the API’s paths on the controls, non-opioids by the order they were sent', () => {
    const sent = [NonOpioidClass.ACETAMINOPHEN, NonOpioidClass.MUSCLE_RELAXANT];
    expect(medicationFieldOf('input.reportDate', sent)).toBe('reportDate');
    expect(medicationFieldOf('input.opioids[1].strength', sent)).toBe('opioids.1.strength');
    expect(medicationFieldOf('input.opioids', sent)).toBe('opioids');
    expect(medicationFieldOf('input.nonOpioids[1].dosesPerWeek', sent)).toBe('nonOpioids.MUSCLE_RELAXANT');
    expect(medicationFieldOf('input.nonOpioids', sent)).toBe('nonOpioids');
    expect(medicationFieldOf('input.episodeId', sent)).toBeNull();
  });
});
