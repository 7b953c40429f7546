import { useId, useRef, type FormEvent } from 'react';
import { itemDailyMme } from '@outcomes/metrics';
import { CURRENT_MME_FACTOR_TABLE, type NonOpioidClass } from '@outcomes/models';
import { round } from '../../analytics/format';
import { formatDate } from '../../clinical/dates';
import { latestEpisodeDate } from '../../clinical/episodeDates';
import { codesOf, NON_OPIOID_LABELS, OPIOID_LABELS } from '../../clinical/labels';
import { FormActions } from '../../forms/FormActions';
import { useRecordForm } from '../../forms/useRecordForm';
import type { EpisodeRecordFormProps } from '../../forms/RecordPanel';
import { useRecordMedicationReport, type RecordedMedicationReport } from '../hooks/useRecordMedicationReport';
import {
  emptyMedicationDraft,
  medicationFieldOf,
  NON_OPIOID_CLASSES,
  nonOpioidField,
  opioidField,
  OPIOIDS_MAX,
  strengthUnit,
  toRecordMedicationReportInput,
  typedNumber,
  validateMedication,
  type MedicationDraft,
  type MedicationErrors,
  type MedicationField,
  type OpioidDraft,
  type OpioidPart,
} from '../validation';

export type MedicationReportFormProps = EpisodeRecordFormProps<RecordedMedicationReport>;

const OPIOID_OPTIONS = codesOf(OPIOID_LABELS);

/** MME/day of an opioid as typed so far, or null until it can be computed. */
function typedMme(opioid: OpioidDraft): number | null {
  const strength = typedNumber(opioid.strength);
  const doses = typedNumber(opioid.dosesPerDay);
  if (opioid.drug === '' || strength === null || doses === null) return null;
  try {
    return itemDailyMme(opioid.drug, strength, doses, CURRENT_MME_FACTOR_TABLE);
  } catch {
    return null;
  }
}

/**
 * Records what pain medication the patient takes as of a date: opioids with strength and doses per
 * day (their MME/day shown as typed, with the factor table the API uses), and other pain medicines
 * as doses per week. A report for a date that already has one replaces it, as the API does.
 */
export function MedicationReportForm({ episode, onRecorded, onCancel, today }: MedicationReportFormProps) {
  const id = useId();
  const nextKey = useRef(0);
  const record = useRecordMedicationReport();
  const form = useRecordForm<MedicationDraft, MedicationField>({
    initialDraft: () => emptyMedicationDraft(today),
    validate: (draft) => validateMedication(draft, episode, today),
    fieldOf: (apiPath) => medicationFieldOf(apiPath, []),
    focusFirst,
  });
  const { draft, setDraft, errorOf, formMessage } = form;
  const controlId = (field: MedicationField): string => `${id}-${field.replace(/\./g, '-')}`;
  const describedBy = (field: MedicationField, hint?: string): string | undefined =>
    [hint ?? '', errorOf(field) ? `${controlId(field)}-error` : ''].filter(Boolean).join(' ') || undefined;

  const totalMme = draft.opioids.reduce<number | null>((total, opioid) => {
    const mme = typedMme(opioid);
    return total === null || mme === null ? null : total + mme;
  }, 0);

  function changeOpioid(index: number, part: OpioidPart, value: string): void {
    setDraft((current) => ({
      ...current,
      opioids: current.opioids.map((opioid, at) => {
        if (at !== index) return opioid;
        const next: OpioidDraft = { ...opioid, [part]: value };
        // A fentanyl patch is a rate: one "dose" a day, always.
        return part === 'drug' && strengthUnit(next.drug) === 'mcg/hr' ? { ...next, dosesPerDay: '1' } : next;
      }),
    }));
    form.touch(opioidField(index, part), 'opioids');
  }

  function addOpioid(): void {
    nextKey.current += 1;
    const key = `opioid-${nextKey.current}`;
    setDraft((current) => ({ ...current, opioids: [...current.opioids, { key, drug: '', strength: '', dosesPerDay: '' }] }));
    queueMicrotask(() => document.getElementById(`${id}-${key}-drug`)?.focus());
  }

  function removeOpioid(index: number): void {
    setDraft((current) => ({ ...current, opioids: current.opioids.filter((_, at) => at !== index) }));
    // The rows below move up: the API's verdicts on them no longer point at the right row.
    form.dropServerErrors((field) => field.startsWith('opioids'));
    queueMicrotask(() => document.getElementById(`${id}-add-opioid`)?.focus());
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    // The API names other pain medicines by their place in what was sent.
    let sentClasses: NonOpioidClass[] = [];
    return form.submit(
      event,
      async () => {
        const { input, nonOpioidClasses } = toRecordMedicationReportInput(draft, episode.id);
        sentClasses = nonOpioidClasses;
        const outcome = await record(input);
        if (outcome.report) {
          onRecorded(outcome.report);
          return { ok: true };
        }
        return { ok: false, error: outcome.error };
      },
      (apiPath) => medicationFieldOf(apiPath, sentClasses),
    );
  }

  function focusFirst(errors: MedicationErrors): void {
    const order: MedicationField[] = [
      'reportDate',
      'opioids',
      ...draft.opioids.flatMap((_, index) => [opioidField(index, 'drug'), opioidField(index, 'strength'), opioidField(index, 'dosesPerDay')]),
      'nonOpioids',
      ...NON_OPIOID_CLASSES.map(nonOpioidField),
    ];
    const first = order.find((field) => errors[field] !== undefined);
    if (!first) return;
    const target = /^opioids\.\d+\./.test(first) ? opioidControlId(first) : first === 'opioids' ? `${id}-opioids` : controlId(first);
    queueMicrotask(() => document.getElementById(target)?.focus());
  }

  /** "opioids.1.strength" → the control of the second row's strength. */
  function opioidControlId(field: MedicationField): string {
    const [, index, part] = field.split('.');
    const opioid = draft.opioids[Number(index)];
    return opioid ? `${id}-${opioid.key}-${part}` : `${id}-opioids`;
  }

  const fieldErrorText = (field: MedicationField, elementId: string) =>
    errorOf(field) ? (
      <p id={`${elementId}-error`} className="field-error">
        {errorOf(field)}
      </p>
    ) : null;

  return (
    <form className="form medication-form" noValidate aria-label="Medication report" onSubmit={(event) => void handleSubmit(event)}>
      {formMessage && (
        <div role="alert" className="alert alert-error">
          <p>The report was not saved. {formMessage}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={controlId('reportDate')}>Report date</label>
        <input
          id={controlId('reportDate')}
          type="date"
          className="input-date"
          value={draft.reportDate}
          min={episode.startDate}
          max={latestEpisodeDate(episode, today)}
          onChange={(event) => {
            const reportDate = event.target.value;
            setDraft((current) => ({ ...current, reportDate }));
            form.touch('reportDate');
          }}
          aria-invalid={errorOf('reportDate') ? true : undefined}
          aria-describedby={describedBy('reportDate', `${id}-date-hint`)}
        />
        <p id={`${id}-date-hint`} className="hint">
          A second report for the same date replaces the first.
        </p>
        {fieldErrorText('reportDate', controlId('reportDate'))}
      </div>

      <fieldset id={`${id}-opioids`} className="field medication-group" tabIndex={-1} aria-describedby={describedBy('opioids', `${id}-opioids-hint`)}>
        <legend>Opioids</legend>
        <p id={`${id}-opioids-hint`} className="hint">
          Each opioid taken, with the strength of one dose. None taken: add none.
        </p>
        {draft.opioids.map((opioid, index) => {
          const base = `${id}-${opioid.key}`;
          const unit = strengthUnit(opioid.drug);
          const mme = typedMme(opioid);
          return (
            <div key={opioid.key} role="group" aria-label={`Opioid ${index + 1}`} className="opioid-row">
              <div className="field">
                <label htmlFor={`${base}-drug`}>Opioid</label>
                <select
                  id={`${base}-drug`}
                  value={opioid.drug}
                  onChange={(event) => changeOpioid(index, 'drug', event.target.value)}
                  aria-invalid={errorOf(opioidField(index, 'drug')) ? true : undefined}
                  aria-describedby={errorOf(opioidField(index, 'drug')) ? `${base}-drug-error` : undefined}
                >
                  <option value="">Choose…</option>
                  {OPIOID_OPTIONS.map((drug) => (
                    <option key={drug} value={drug}>
                      {OPIOID_LABELS[drug]}
                    </option>
                  ))}
                </select>
                {fieldErrorText(opioidField(index, 'drug'), `${base}-drug`)}
              </div>
              <div className="field">
                <label htmlFor={`${base}-strength`}>{unit === 'mcg/hr' ? 'Patch rate (mcg/hr)' : 'Strength (mg per dose)'}</label>
                <input
                  id={`${base}-strength`}
                  type="text"
                  inputMode="decimal"
                  className="input-short"
                  value={opioid.strength}
                  onChange={(event) => changeOpioid(index, 'strength', event.target.value)}
                  aria-invalid={errorOf(opioidField(index, 'strength')) ? true : undefined}
                  aria-describedby={errorOf(opioidField(index, 'strength')) ? `${base}-strength-error` : undefined}
                />
                {fieldErrorText(opioidField(index, 'strength'), `${base}-strength`)}
              </div>
              <div className="field">
                <label htmlFor={`${base}-dosesPerDay`}>Doses per day</label>
                <input
                  id={`${base}-dosesPerDay`}
                  type="text"
                  inputMode="decimal"
                  className="input-short"
                  value={opioid.dosesPerDay}
                  readOnly={unit === 'mcg/hr'}
                  onChange={(event) => changeOpioid(index, 'dosesPerDay', event.target.value)}
                  aria-invalid={errorOf(opioidField(index, 'dosesPerDay')) ? true : undefined}
                  aria-describedby={errorOf(opioidField(index, 'dosesPerDay')) ? `${base}-dosesPerDay-error` : undefined}
                />
                {fieldErrorText(opioidField(index, 'dosesPerDay'), `${base}-dosesPerDay`)}
              </div>
              <p className="opioid-mme" aria-live="polite">
                {mme === null ? '— MME/day' : `${round(mme, 1)} MME/day`}
              </p>
              <button type="button" className="button button-small" onClick={() => removeOpioid(index)}>
                Remove opioid {index + 1}
              </button>
            </div>
          );
        })}
        {fieldErrorText('opioids', controlId('opioids'))}
        <div>
          <button id={`${id}-add-opioid`} type="button" className="button button-small" onClick={addOpioid} disabled={draft.opioids.length >= OPIOIDS_MAX}>
            Add an opioid
          </button>
        </div>
        {draft.opioids.length > 0 && (
          <p className="hint">
            Total: {totalMme === null ? '—' : round(totalMme, 1)} MME/day (morphine milligram equivalents, CDC 2022 factors).
          </p>
        )}
      </fieldset>

      <fieldset className="field medication-group" aria-describedby={errorOf('nonOpioids') ? `${controlId('nonOpioids')}-error` : undefined}>
        <legend>Other pain medicines (doses per week)</legend>
        <div className="form-row">
          {NON_OPIOID_CLASSES.map((drugClass: NonOpioidClass) => {
            const field = nonOpioidField(drugClass);
            return (
              <div className="field" key={drugClass}>
                <label htmlFor={controlId(field)}>{NON_OPIOID_LABELS[drugClass]}</label>
                <input
                  id={controlId(field)}
                  type="text"
                  inputMode="decimal"
                  className="input-short"
                  placeholder="None"
                  value={draft.nonOpioids[drugClass]}
                  onChange={(event) => {
                    const typed = event.target.value;
                    setDraft((current) => ({ ...current, nonOpioids: { ...current.nonOpioids, [drugClass]: typed } }));
                    form.touch(field, 'nonOpioids');
                  }}
                  aria-invalid={errorOf(field) ? true : undefined}
                  aria-describedby={describedBy(field)}
                />
                {fieldErrorText(field, controlId(field))}
              </div>
            );
          })}
        </div>
        {fieldErrorText('nonOpioids', controlId('nonOpioids'))}
      </fieldset>

      <FormActions submitLabel="Save report" busy={form.sending} onCancel={onCancel} />
    </form>
  );
}

/** The confirmation after a report is stored. */
export function medicationRecordedMessage(report: RecordedMedicationReport): string {
  return `Medication report of ${formatDate(report.reportDate)} saved: ${round(report.dailyMme, 1)} MME/day of opioids.`;
}
