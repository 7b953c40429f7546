// The medication report form's rules: the API's RecordMedicationReportInput and MedicationsService
// (apps/api/src/medications), with the same messages, so a report the form accepts is one the API
// accepts and an error reads the same whichever side found it.
import { OPIOID_DOSE_UNIT, type DoseUnit, type NonOpioidClass, type OpioidDrug } from '@outcomes/models';
import type { RecordMedicationReportInput } from '../../gql/graphql';
import { codesOf, NON_OPIOID_LABELS } from '../clinical/labels';
import { episodeDateError, type EpisodeDates } from '../clinical/episodeDates';

export const OPIOIDS_MAX = 20;
const STRENGTH_MAX = 2000;
const DOSES_PER_DAY_MAX = 24;
const DOSES_PER_WEEK_MAX = 200;

/** One opioid as its controls hold it: the numbers as typed. */
export interface OpioidDraft {
  /** Stable across removals, for React's list. */
  key: string;
  drug: OpioidDrug | '';
  strength: string;
  dosesPerDay: string;
}

export interface MedicationDraft {
  reportDate: string;
  opioids: readonly OpioidDraft[];
  /** Doses per week as typed, by class; empty when the class is not taken. */
  nonOpioids: Readonly<Record<NonOpioidClass, string>>;
}

export type OpioidPart = 'drug' | 'strength' | 'dosesPerDay';
export type MedicationField =
  | 'reportDate'
  | 'opioids'
  | 'nonOpioids'
  | `opioids.${number}.${OpioidPart}`
  | `nonOpioids.${NonOpioidClass}`;
export type MedicationErrors = Partial<Record<MedicationField, string>>;

export const opioidField = (index: number, part: OpioidPart): MedicationField => `opioids.${index}.${part}`;
export const nonOpioidField = (drugClass: NonOpioidClass): MedicationField => `nonOpioids.${drugClass}`;

export const NON_OPIOID_CLASSES: readonly NonOpioidClass[] = codesOf(NON_OPIOID_LABELS);

export function emptyMedicationDraft(today: string): MedicationDraft {
  return {
    reportDate: today,
    opioids: [],
    nonOpioids: Object.fromEntries(NON_OPIOID_CLASSES.map((drugClass) => [drugClass, ''])) as Record<NonOpioidClass, string>,
  };
}

/** The unit of an opioid's strength: mg per dose, or the patch rate in mcg/hr for fentanyl. */
export function strengthUnit(drug: OpioidDrug | ''): DoseUnit {
  return drug === '' ? 'mg' : OPIOID_DOSE_UNIT[drug];
}

/** A decimal number as typed ("7.5"), or null when it is not one. */
export function typedNumber(typed: string): number | null {
  const text = typed.trim();
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : /^\.\d+$/.test(text) ? Number(`0${text}`) : null;
}

function strengthError(typed: string): string | undefined {
  if (typed.trim() === '') return 'Enter the strength of one dose.';
  const strength = typedNumber(typed);
  if (strength === null || strength <= 0) return 'A strength above 0.';
  return strength > STRENGTH_MAX ? `At most ${STRENGTH_MAX} per dose.` : undefined;
}

function dosesPerDayError(typed: string, drug: OpioidDrug | ''): string | undefined {
  if (typed.trim() === '') return 'Enter how many doses a day.';
  const doses = typedNumber(typed);
  if (doses === null || doses <= 0) return 'Doses per day above 0.';
  if (doses > DOSES_PER_DAY_MAX) return `At most ${DOSES_PER_DAY_MAX} doses a day.`;
  if (strengthUnit(drug) === 'mcg/hr' && doses !== 1) return 'A fentanyl patch is a rate: doses per day is 1.';
  return undefined;
}

function dosesPerWeekError(typed: string): string | undefined {
  if (typed.trim() === '') return undefined;
  const doses = typedNumber(typed);
  if (doses === null) return 'Doses per week, 0 or more.';
  return doses > DOSES_PER_WEEK_MAX ? `At most ${DOSES_PER_WEEK_MAX} doses a week.` : undefined;
}

/** Every rule the API applies to a report, checked in the browser; the API has the last word on dates. */
export function validateMedication(draft: MedicationDraft, episode: EpisodeDates, today: string): MedicationErrors {
  const errors: MedicationErrors = {};
  const dateError = episodeDateError(draft.reportDate, episode, today);
  if (dateError) errors.reportDate = dateError;
  if (draft.opioids.length > OPIOIDS_MAX) errors.opioids = `At most ${OPIOIDS_MAX} opioids in one report.`;
  const seen = new Set<OpioidDrug>();
  draft.opioids.forEach((opioid, index) => {
    if (opioid.drug === '') errors[opioidField(index, 'drug')] = 'Choose the opioid.';
    else if (seen.has(opioid.drug)) errors[opioidField(index, 'drug')] = 'Each opioid once per report: this one is listed above.';
    else seen.add(opioid.drug);
    const strength = strengthError(opioid.strength);
    if (strength) errors[opioidField(index, 'strength')] = strength;
    const doses = dosesPerDayError(opioid.dosesPerDay, opioid.drug);
    if (doses) errors[opioidField(index, 'dosesPerDay')] = doses;
  });
  for (const drugClass of NON_OPIOID_CLASSES) {
    const error = dosesPerWeekError(draft.nonOpioids[drugClass]);
    if (error) errors[nonOpioidField(drugClass)] = error;
  }
  return errors;
}

/** The report to send for a valid draft, and the classes in the order sent (to place the API's errors). */
export function toRecordMedicationReportInput(
  draft: MedicationDraft,
  episodeId: string,
): { input: RecordMedicationReportInput; nonOpioidClasses: NonOpioidClass[] } {
  const opioids = draft.opioids.map((opioid) => {
    const strength = typedNumber(opioid.strength);
    const dosesPerDay = typedNumber(opioid.dosesPerDay);
    if (opioid.drug === '' || strength === null || dosesPerDay === null) {
      throw new Error('toRecordMedicationReportInput() needs a validated draft');
    }
    return { drug: opioid.drug, strength, dosesPerDay };
  });
  const nonOpioidClasses = NON_OPIOID_CLASSES.filter((drugClass) => draft.nonOpioids[drugClass].trim() !== '');
  const nonOpioids = nonOpioidClasses.map((drugClass) => ({ drugClass, dosesPerWeek: typedNumber(draft.nonOpioids[drugClass]) ?? 0 }));
  return { input: { episodeId, reportDate: draft.reportDate, opioids, nonOpioids }, nonOpioidClasses };
}

/**
 * The control an API field path belongs to: "input.opioids[1].strength" → the second opioid's
 * strength, "input.nonOpioids[0].dosesPerWeek" → the first class sent. Null for paths the form
 * has no control for.
 */
export function medicationFieldOf(apiPath: string, sentClasses: readonly NonOpioidClass[]): MedicationField | null {
  if (apiPath === 'input.reportDate') return 'reportDate';
  const opioid = /^input\.opioids\[(\d+)\]\.(drug|strength|dosesPerDay)$/.exec(apiPath);
  if (opioid) return opioidField(Number(opioid[1]), opioid[2] as OpioidPart);
  if (/^input\.opioids(\[\d+\])?$/.test(apiPath)) return 'opioids';
  const nonOpioid = /^input\.nonOpioids\[(\d+)\]/.exec(apiPath);
  const drugClass = nonOpioid ? sentClasses[Number(nonOpioid[1])] : undefined;
  if (drugClass) return nonOpioidField(drugClass);
  if (apiPath.startsWith('input.nonOpioids')) return 'nonOpioids';
  return null;
}
