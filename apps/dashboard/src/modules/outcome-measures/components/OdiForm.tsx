import { useId, type FormEvent } from 'react';
import { ODI_MAX_MISSING_SECTIONS, odiBand } from '@outcomes/metrics';
import { ODI_SECTION_MAX, ODI_SECTIONS } from '@outcomes/models';
import { round } from '../../analytics/format';
import { formatDate } from '../../clinical/dates';
import { latestEpisodeDate } from '../../clinical/episodeDates';
import { SingleChipGroup } from '../../forms/ChipGroup';
import { FormActions } from '../../forms/FormActions';
import { useRecordForm } from '../../forms/useRecordForm';
import type { EpisodeRecordFormProps } from '../../forms/RecordPanel';
import { ODI_BAND_LABELS } from '../../patients/shaping/odi';
import { useRecordOdi, type RecordedOdi } from '../hooks/useRecordOdi';
import {
  draftScore,
  emptyOdiDraft,
  ODI_SECTION_TITLES,
  odiFieldOf,
  toRecordOdiInput,
  validateOdi,
  type OdiDraft,
  type OdiErrors,
  type OdiField,
} from '../odiValidation';

export type OdiFormProps = EpisodeRecordFormProps<RecordedOdi>;

const ANSWER_OPTIONS = Array.from({ length: ODI_SECTION_MAX + 1 }, (_, answer) => ({ code: String(answer), label: String(answer) }));

/**
 * Enters a completed Oswestry questionnaire: the statement ticked in each of its ten sections. The
 * score shows as the answers go in, computed as the API computes it.
 */
export function OdiForm({ episode, onRecorded, onCancel, today }: OdiFormProps) {
  const id = useId();
  const record = useRecordOdi();
  const form = useRecordForm<OdiDraft, OdiField>({
    initialDraft: () => emptyOdiDraft(today),
    validate: (draft) => validateOdi(draft, episode, today),
    fieldOf: odiFieldOf,
    // The sections show their fault only on submit: an unanswered section is allowed up to a point.
    showsWhenTouched: (field) => field === 'measuredOn',
    focusFirst,
  });
  const { draft, errorOf, formMessage } = form;
  const score = draftScore(draft);
  const answered = draft.answers.filter((answer) => answer !== null).length;

  function change(field: OdiField, next: Partial<OdiDraft>): void {
    form.setDraft((current) => ({ ...current, ...next }));
    form.touch(field);
  }

  function answer(section: number, value: string | null): void {
    change('answers', { answers: draft.answers.map((current, at) => (at === section ? (value === null ? null : Number(value)) : current)) });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    return form.submit(event, async () => {
      const outcome = await record(toRecordOdiInput(draft, episode.id));
      if (outcome.measure) {
        onRecorded(outcome.measure);
        return { ok: true };
      }
      return { ok: false, error: outcome.error };
    });
  }

  function focusFirst(errors: OdiErrors, current: OdiDraft): void {
    const target = errors.measuredOn
      ? `${id}-date`
      : errors.answers
        ? `${id}-section-${Math.max(0, current.answers.findIndex((value) => value === null))}`
        : null;
    if (target) queueMicrotask(() => document.getElementById(target)?.focus());
  }

  return (
    <form className="form odi-form" noValidate aria-label="Oswestry Disability Index questionnaire" onSubmit={(event) => void handleSubmit(event)}>
      {formMessage && (
        <div role="alert" className="alert alert-error">
          <p>The questionnaire was not saved. {formMessage}</p>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-date`}>Completed on</label>
        <input
          id={`${id}-date`}
          type="date"
          className="input-date"
          value={draft.measuredOn}
          min={episode.startDate}
          max={latestEpisodeDate(episode, today)}
          onChange={(event) => change('measuredOn', { measuredOn: event.target.value })}
          aria-invalid={errorOf('measuredOn') ? true : undefined}
          aria-describedby={errorOf('measuredOn') ? `${id}-date-error` : undefined}
        />
        {errorOf('measuredOn') && (
          <p id={`${id}-date-error`} className="field-error">
            {errorOf('measuredOn')}
          </p>
        )}
      </div>
      <p className="hint" id={`${id}-sections-hint`}>
        For each section, the statement the patient ticked: 0 for the first (no difficulty) to {ODI_SECTION_MAX} for the last. Up to{' '}
        {ODI_MAX_MISSING_SECTIONS} sections may be left unanswered.
      </p>
      <div className="odi-sections">
        {ODI_SECTION_TITLES.map((title, section) => {
          const selected = draft.answers[section];
          return (
            <SingleChipGroup
              key={title}
              id={`${id}-section-${section}`}
              legend={`${section + 1}. ${title}`}
              options={ANSWER_OPTIONS}
              selected={selected === null || selected === undefined ? null : String(selected)}
              onChange={(value) => answer(section, value)}
              noneLabel="Not answered"
            />
          );
        })}
      </div>
      <div className="odi-score">
        <output aria-live="polite">
          {score === null
            ? `${answered} of ${ODI_SECTIONS} sections answered: at least ${ODI_SECTIONS - ODI_MAX_MISSING_SECTIONS} are needed for a score.`
            : `Score ${round(score, 1)} of 100: ${ODI_BAND_LABELS[odiBand(score)]}.`}
        </output>
        {errorOf('answers') && (
          <p id={`${id}-answers-error`} className="field-error" role="alert">
            {errorOf('answers')}
          </p>
        )}
      </div>
      <FormActions submitLabel="Save questionnaire" busy={form.sending} onCancel={onCancel} />
    </form>
  );
}

/** The confirmation after a questionnaire is stored. */
export function odiRecordedMessage(measure: RecordedOdi): string {
  return `ODI of ${formatDate(measure.measuredOn)} saved: score ${round(measure.score, 1)}.`;
}
