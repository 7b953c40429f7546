import { useState, type FormEvent } from 'react';
import { formLevelMessage, placeFieldErrors } from '../../api/errors';
import { useSubmitOnce } from './useSubmitOnce';

/** What became of a submit: stored, or the API's error (or a failed request). */
export type RecordOutcome = { ok: true } | { ok: false; error: unknown };

/** A form's messages per field. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

export interface RecordFormOptions<Draft, Field extends string> {
  initialDraft: Draft | (() => Draft);
  /** The form's own checks of a draft (the API's rules), run on every render. */
  validate(draft: Draft): FieldErrors<Field>;
  /** The form's field of an API error path, or null when the form has no control for it. */
  fieldOf(apiPath: string): Field | null;
  /** Moves focus to the first field at fault. */
  focusFirst(errors: FieldErrors<Field>, draft: Draft): void;
  /** Whether a field's own check shows as soon as it is changed (before any submit): every field by default. */
  showsWhenTouched?(field: Field): boolean;
}

export interface RecordForm<Draft, Field extends string> {
  draft: Draft;
  setDraft(update: (current: Draft) => Draft): void;
  /** Marks fields as changed: their checks show, and the API's verdicts on their old values go. */
  touch(...fields: Field[]): void;
  /** Drops the API's verdicts on the fields `stale` picks (rows that moved, say). */
  dropServerErrors(stale: (field: Field) => boolean): void;
  /** The message to show beside a field: its own check once changed or submitted, else the API's. */
  errorOf(field: Field): string | undefined;
  /** The form's own checks of the current draft. */
  clientErrors: FieldErrors<Field>;
  /** The last failure (null after a success): for a caller that explains some failures itself. */
  error: unknown;
  /** The failure as a sentence when no field can show it (an unknown episode, no network), else null. */
  formMessage: string | null;
  sending: boolean;
  /**
   * The submit flow of every record form: checks first (and focus on the first fault), then one
   * request at a time; the API's field errors land beside their controls, and focus on the first.
   * `fieldOf` places the API's errors when the request's paths depend on what was sent.
   */
  submit(event: FormEvent<HTMLFormElement>, work: () => Promise<RecordOutcome>, fieldOf?: (apiPath: string) => Field | null): Promise<void>;
}

/**
 * The state and submit flow the record forms share (session, medication report, ODI): the draft,
 * which fields were changed, whether a submit was tried, the API's field errors and the last
 * failure. Each form keeps its controls, its checks and where focus goes.
 */
export function useRecordForm<Draft, Field extends string>(options: RecordFormOptions<Draft, Field>): RecordForm<Draft, Field> {
  const [draft, setDraft] = useState<Draft>(options.initialDraft);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors<Field>>({});
  // The last failure, with the mapping its field errors were placed by.
  const [failure, setFailure] = useState<{ error: unknown; fieldOf(apiPath: string): Field | null } | null>(null);
  const { sending, send } = useSubmitOnce();

  const clientErrors = options.validate(draft);
  const shows = (field: Field): boolean => submitted || (touched.has(field) && (options.showsWhenTouched?.(field) ?? true));
  const dropServerErrors = (stale: (field: Field) => boolean): void =>
    setServerErrors((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !stale(field as Field))) as FieldErrors<Field>);

  return {
    draft,
    setDraft,
    touch(...fields) {
      setTouched((current) => new Set([...current, ...fields]));
      dropServerErrors((field) => fields.includes(field));
    },
    dropServerErrors,
    errorOf: (field) => (shows(field) ? clientErrors[field] : undefined) ?? serverErrors[field],
    clientErrors,
    error: failure?.error ?? null,
    formMessage: failure ? formLevelMessage(failure.error, (apiPath) => failure.fieldOf(apiPath) !== null) : null,
    sending,
    async submit(event, work, fieldOf = options.fieldOf) {
      event.preventDefault();
      if (sending) return;
      setSubmitted(true);
      if (Object.keys(clientErrors).length > 0) {
        options.focusFirst(clientErrors, draft);
        return;
      }
      const outcome = await send(work);
      if (!outcome) return;
      if (outcome.ok) {
        setFailure(null);
        return;
      }
      setFailure({ error: outcome.error, fieldOf });
      const placed = placeFieldErrors(outcome.error, fieldOf);
      setServerErrors(placed);
      options.focusFirst(placed, draft);
    },
  };
}
