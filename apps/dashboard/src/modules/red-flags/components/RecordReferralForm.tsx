import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ReferralDestination } from '@outcomes/models';
import { fieldErrors, userMessage } from '../../../api/errors';
import { today as deviceToday } from '../../clinical/dates';
import { codesOf, REFERRAL_DESTINATION_LABELS } from '../../clinical/labels';
import { FormActions } from '../../forms/FormActions';
import { RECORD_REFERRAL_MUTATION } from '../graphql/redFlags';
import { validateReferral, type ReferralDraft, type ReferralErrors } from '../referralValidation';

export interface RecordReferralFormProps {
  alertId: string;
  raisedOn: string;
  sameDayReferral: boolean;
  onDone: () => void;
  onCancel: () => void;
  today?: string;
}

/** Records the referral that answers a red-flag alert; the alert closes when it is stored. */
export function RecordReferralForm({ alertId, raisedOn, sameDayReferral, onDone, onCancel, today = deviceToday() }: RecordReferralFormProps) {
  const id = useId();
  const [destination, setDestination] = useState<ReferralDestination>(
    sameDayReferral ? ReferralDestination.EMERGENCY_DEPARTMENT : ReferralDestination.PHYSICIAN,
  );
  const [draft, setDraft] = useState<ReferralDraft>({ referredOn: today, notes: '' });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ReferralErrors>({});
  const [recordReferral, { loading, error }] = useMutation(RECORD_REFERRAL_MUTATION);

  const clientErrors = useMemo(() => validateReferral(draft, raisedOn, today), [draft, raisedOn, today]);
  const errorOf = (field: keyof ReferralDraft): string | undefined => (submitted ? clientErrors[field] : undefined) ?? serverErrors[field];
  const unplaced = error ? fieldErrors(error).filter((fieldError) => !/^input\.(referredOn|notes)/.test(fieldError.field)) : [];

  function change(field: keyof ReferralDraft, value: string): void {
    setDraft((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(clientErrors).length > 0 || loading) return;
    try {
      await recordReferral({
        variables: { input: { alertId, destination, referredOn: draft.referredOn, notes: draft.notes.trim() || null } },
        // The alert is closed: it leaves the cached list of open alerts at once (no refetch, no
        // flash of "loading"); the caseload's red-flag column is the API's to recompute.
        update: (cache) => {
          cache.modify({
            id: 'ROOT_QUERY',
            fields: {
              openRedFlagAlerts: (existing: readonly Reference[] = [], { readField }) =>
                existing.filter((ref) => readField('id', ref) !== alertId),
            },
          });
          cache.evict({ id: cache.identify({ __typename: 'RedFlagAlert', id: alertId }) });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'caseload' });
          cache.gc();
        },
      });
      onDone();
    } catch (caught) {
      const placed: ReferralErrors = {};
      for (const fieldError of fieldErrors(caught)) {
        if (fieldError.field === 'input.referredOn') placed.referredOn = fieldError.message;
        if (fieldError.field === 'input.notes') placed.notes = fieldError.message;
      }
      setServerErrors(placed);
    }
  }

  const formError = error && (fieldErrors(error).length === 0 || unplaced.length > 0)
    ? unplaced.length > 0 ? unplaced.map((fieldError) => fieldError.message).join(' ') : userMessage(error)
    : null;

  return (
    <form className="form referral-form" noValidate onSubmit={(event) => void handleSubmit(event)} aria-label="Record referral">
      {formError && (
        <p role="alert" className="alert alert-error">
          The referral was not recorded. {formError}
        </p>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-destination`}>Referred to</label>
          <select
            id={`${id}-destination`}
            value={destination}
            onChange={(event) => setDestination(event.target.value as ReferralDestination)}
          >
            {codesOf(REFERRAL_DESTINATION_LABELS).map((code) => (
              <option key={code} value={code}>
                {REFERRAL_DESTINATION_LABELS[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>Referred on</label>
          <input
            id={`${id}-date`}
            type="date"
            value={draft.referredOn}
            min={raisedOn}
            max={today}
            onChange={(event) => change('referredOn', event.target.value)}
            aria-invalid={errorOf('referredOn') ? true : undefined}
            aria-describedby={errorOf('referredOn') ? `${id}-date-error` : undefined}
          />
          {errorOf('referredOn') && (
            <p id={`${id}-date-error`} className="field-error">
              {errorOf('referredOn')}
            </p>
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes (optional)</label>
        <textarea
          id={`${id}-notes`}
          rows={2}
          value={draft.notes}
          onChange={(event) => change('notes', event.target.value)}
          aria-invalid={errorOf('notes') ? true : undefined}
          aria-describedby={errorOf('notes') ? `${id}-notes-error` : undefined}
        />
        {errorOf('notes') && (
          <p id={`${id}-notes-error`} className="field-error">
            {errorOf('notes')}
          </p>
        )}
      </div>
      <FormActions submitLabel="Save referral" busy={loading} onCancel={onCancel} />
    </form>
  );
}
