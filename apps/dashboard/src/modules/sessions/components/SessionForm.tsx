import { type FormEvent, type ReactNode } from 'react';
import { PAIN_MAX, PAIN_MIN, SESSION_MINUTES_MAX, SESSION_MINUTES_MIN, type BodyRegion, type Position, type Technique } from '@outcomes/models';
import { fieldErrors } from '../../../api/errors';
import { formatDate } from '../../clinical/dates';
import { latestEpisodeDate } from '../../clinical/episodeDates';
import { codesOf, POSITION_LABELS, RED_FLAG_LABELS, REGION_LABELS, TECHNIQUE_LABELS } from '../../clinical/labels';
import { MultiChipGroup, SingleChipGroup } from '../../forms/ChipGroup';
import { FormActions } from '../../forms/FormActions';
import { type RecordOutcome, useRecordForm } from '../../forms/useRecordForm';
import {
  sessionFieldOf,
  validateSession,
  type EpisodeDates,
  type SessionDraft,
  type SessionErrors,
  type SessionField,
} from '../validation';
import { RedFlagWarning } from './RedFlagWarning';

/** The episode as the form needs it, plus what was done last time (to repeat it in one click). */
export interface SessionFormEpisode extends EpisodeDates {
  id: string;
  lastSession?: {
    sessionDate: string;
    painBefore: number;
    techniques: readonly Technique[];
    regions: readonly BodyRegion[];
    position?: Position | null;
    minutes: number;
  } | null;
}

export interface SessionFormProps {
  episode: SessionFormEpisode;
  /** The values the controls start with: empty for a new session, the stored ones for an edit. */
  initialDraft: SessionDraft;
  /** The device's date. */
  today: string;
  submitLabel: string;
  busyLabel: string;
  /** The first words of a failure: "The session was not recorded." */
  failureLead: string;
  onSubmit: (draft: SessionDraft) => Promise<RecordOutcome>;
  onCancel: () => void;
  /** The whole message for a failure the caller explains itself (a version conflict), or null. */
  explainFailure?: (error: unknown) => ReactNode | null;
  /** Labels the form, when the page holds more than one. */
  ariaLabel?: string;
}

export const emptySessionDraft = (today: string): SessionDraft => ({
  sessionDate: today,
  painBefore: null,
  painAfter: null,
  techniques: [],
  regions: [],
  position: null,
  minutes: '',
  redFlags: [],
  notes: '',
});

const PAIN_OPTIONS = Array.from({ length: PAIN_MAX - PAIN_MIN + 1 }, (_, index) => {
  const value = String(PAIN_MIN + index);
  return { code: value, label: value };
});
const TECHNIQUE_OPTIONS = codesOf(TECHNIQUE_LABELS).map((code) => ({ code, label: TECHNIQUE_LABELS[code] }));
const REGION_OPTIONS = codesOf(REGION_LABELS).map((code) => ({ code, label: REGION_LABELS[code] }));
const POSITION_OPTIONS = codesOf(POSITION_LABELS).map((code) => ({ code, label: POSITION_LABELS[code] }));
const RED_FLAG_OPTIONS = codesOf(RED_FLAG_LABELS).map((code) => ({ code, label: RED_FLAG_LABELS[code] }));
const QUICK_MINUTES = ['30', '45', '60', '90'];

/** Control ids, so a failed submit can move focus to the first field at fault. */
const FIELD_IDS: Readonly<Record<SessionField, string>> = {
  sessionDate: 'session-date',
  minutes: 'session-minutes',
  painBefore: 'session-pain-before',
  painAfter: 'session-pain-after',
  techniques: 'session-techniques',
  regions: 'session-regions',
  position: 'session-position',
  redFlags: 'session-red-flags',
  notes: 'session-notes',
};
const FIELD_ORDER = Object.keys(FIELD_IDS) as SessionField[];

const painCode = (value: number | null): string | null => (value === null ? null : String(value));
const painValue = (code: string | null): number | null => (code === null ? null : Number(code));

/**
 * The fields of a treatment session, for a new one and for an edit. Values are checked as they are
 * typed with the API's own rules; the API's field errors land beside the control they concern.
 */
export function SessionForm({
  episode,
  initialDraft,
  today,
  submitLabel,
  busyLabel,
  failureLead,
  onSubmit,
  onCancel,
  explainFailure,
  ariaLabel,
}: SessionFormProps) {
  const form = useRecordForm<SessionDraft, SessionField>({
    initialDraft,
    validate: (draft) => validateSession(draft, episode, today),
    // API errors the form has no control for (an unknown episode, a reused request id, no network) go above it.
    fieldOf: sessionFieldOf,
    focusFirst,
  });
  const { draft, setDraft, errorOf, error, formMessage } = form;
  const explained = error ? (explainFailure?.(error) ?? null) : null;

  function change<Field extends SessionField>(field: Field, value: SessionDraft[Field]): void {
    setDraft((current) => ({ ...current, [field]: value }));
    // The API's verdict on the old value no longer applies.
    form.touch(field);
  }

  function repeatLastSession(): void {
    const last = episode.lastSession;
    if (!last) return;
    setDraft((current) => ({
      ...current,
      techniques: [...last.techniques],
      regions: [...last.regions],
      position: last.position ?? null,
      minutes: String(last.minutes),
    }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    return form.submit(event, () => onSubmit(draft));
  }

  const last = episode.lastSession;

  return (
    <form
      className="form session-form"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-label={ariaLabel}
      aria-describedby={formMessage ? 'session-form-error' : undefined}
    >
      {formMessage && (
        <div role="alert" id="session-form-error" className="alert alert-error">
          {explained ?? (
            <>
              <p>
                {failureLead} {formMessage}
              </p>
              {!fieldErrors(error).length && <p>Your entries are kept: press “{submitLabel}” again to retry.</p>}
            </>
          )}
        </div>
      )}

      {last && (
        <p className="muted last-session">
          Last session {formatDate(last.sessionDate)}: pain before {last.painBefore}/10, {last.minutes} min.{' '}
          <button type="button" className="button button-small" onClick={repeatLastSession}>
            Same techniques, regions, position and minutes as last time
          </button>
        </p>
      )}

      <div className="form-row">
        <div className="field">
          <label htmlFor={FIELD_IDS.sessionDate}>Session date</label>
          <input
            id={FIELD_IDS.sessionDate}
            type="date"
            value={draft.sessionDate}
            min={episode.startDate}
            max={latestEpisodeDate(episode, today)}
            required
            onChange={(event) => change('sessionDate', event.target.value)}
            aria-invalid={errorOf('sessionDate') ? true : undefined}
            aria-describedby={errorOf('sessionDate') ? `${FIELD_IDS.sessionDate}-error` : undefined}
          />
          {errorOf('sessionDate') && (
            <p id={`${FIELD_IDS.sessionDate}-error`} className="field-error">
              {errorOf('sessionDate')}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={FIELD_IDS.minutes}>Minutes</label>
          <div className="minutes-row">
            <input
              id={FIELD_IDS.minutes}
              type="number"
              inputMode="numeric"
              min={SESSION_MINUTES_MIN}
              max={SESSION_MINUTES_MAX}
              step={1}
              required
              className="input-short"
              value={draft.minutes}
              onChange={(event) => change('minutes', event.target.value)}
              aria-invalid={errorOf('minutes') ? true : undefined}
              aria-describedby={`${FIELD_IDS.minutes}-hint${errorOf('minutes') ? ` ${FIELD_IDS.minutes}-error` : ''}`}
            />
            <span className="quick-picks" role="group" aria-label="Common lengths">
              {QUICK_MINUTES.map((minutes) => (
                <button
                  key={minutes}
                  type="button"
                  className="button button-small"
                  aria-pressed={draft.minutes === minutes}
                  onClick={() => change('minutes', minutes)}
                >
                  {minutes}
                </button>
              ))}
            </span>
          </div>
          <p id={`${FIELD_IDS.minutes}-hint`} className="hint">
            {SESSION_MINUTES_MIN}–{SESSION_MINUTES_MAX} minutes.
          </p>
          {errorOf('minutes') && (
            <p id={`${FIELD_IDS.minutes}-error`} className="field-error">
              {errorOf('minutes')}
            </p>
          )}
        </div>
      </div>

      <SingleChipGroup
        id={FIELD_IDS.painBefore}
        legend="Pain before the session"
        hint="0 = no pain, 10 = worst imaginable (NPRS)."
        options={PAIN_OPTIONS}
        selected={painCode(draft.painBefore)}
        onChange={(code) => change('painBefore', painValue(code))}
        error={errorOf('painBefore')}
        size="large"
      />
      <SingleChipGroup
        id={FIELD_IDS.painAfter}
        legend="Pain after the session (optional)"
        options={PAIN_OPTIONS}
        selected={painCode(draft.painAfter)}
        onChange={(code) => change('painAfter', painValue(code))}
        error={errorOf('painAfter')}
        noneLabel="Not asked"
        size="large"
      />
      <MultiChipGroup
        id={FIELD_IDS.techniques}
        legend="Techniques"
        options={TECHNIQUE_OPTIONS}
        selected={draft.techniques}
        onChange={(next) => change('techniques', next)}
        error={errorOf('techniques')}
      />
      <MultiChipGroup
        id={FIELD_IDS.regions}
        legend="Regions worked"
        options={REGION_OPTIONS}
        selected={draft.regions}
        onChange={(next) => change('regions', next)}
        error={errorOf('regions')}
      />
      <SingleChipGroup
        id={FIELD_IDS.position}
        legend="Position"
        options={POSITION_OPTIONS}
        selected={draft.position}
        onChange={(next) => change('position', next)}
        error={errorOf('position')}
        noneLabel="Not recorded"
      />
      <MultiChipGroup
        id={FIELD_IDS.redFlags}
        legend="Red flags"
        hint="Tick any sign seen or reported today."
        options={RED_FLAG_OPTIONS}
        selected={draft.redFlags}
        onChange={(next) => change('redFlags', next)}
        error={errorOf('redFlags')}
      />
      <RedFlagWarning redFlags={draft.redFlags} />

      <div className="field">
        <label htmlFor={FIELD_IDS.notes}>Notes (optional)</label>
        <textarea
          id={FIELD_IDS.notes}
          rows={3}
          value={draft.notes}
          onChange={(event) => change('notes', event.target.value)}
          aria-invalid={errorOf('notes') ? true : undefined}
          aria-describedby={errorOf('notes') ? `${FIELD_IDS.notes}-error` : undefined}
        />
        {errorOf('notes') && (
          <p id={`${FIELD_IDS.notes}-error`} className="field-error">
            {errorOf('notes')}
          </p>
        )}
      </div>

      <FormActions submitLabel={submitLabel} busyLabel={busyLabel} busy={form.sending} onCancel={onCancel} />
    </form>
  );
}

function focusFirst(errors: SessionErrors): void {
  const first = FIELD_ORDER.find((field) => errors[field] !== undefined);
  if (!first) return;
  // After React has rendered the error messages the control points to.
  queueMicrotask(() => document.getElementById(FIELD_IDS[first])?.focus());
}
