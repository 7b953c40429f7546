import { useMemo, useState, type FormEvent } from 'react';
import { Role } from '@outcomes/models';
import { fieldErrors, userMessage } from '../../../api/errors';
import { codesOf, ROLE_LABELS } from '../../clinical/labels';
import type { CreateUserInput } from '../../../gql/graphql';
import type { MutationOutcome } from '../hooks/useTeam';
import { newUserFieldOf, PASSWORD_MIN_LENGTH, validateNewUser, type NewUserDraft, type NewUserErrors, type NewUserField } from '../userValidation';

export interface AddUserFormProps {
  onCreate: (input: CreateUserInput) => Promise<MutationOutcome>;
  creating: boolean;
}

const EMPTY: NewUserDraft = { email: '', displayName: '', role: Role.THERAPIST, password: '' };

export function AddUserForm({ onCreate, creating }: AddUserFormProps) {
  const [draft, setDraft] = useState<NewUserDraft>(EMPTY);
  const [touched, setTouched] = useState<ReadonlySet<NewUserField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<NewUserErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);

  const clientErrors = useMemo(() => validateNewUser(draft), [draft]);
  const errorOf = (field: NewUserField): string | undefined =>
    (submitted || touched.has(field) ? clientErrors[field] : undefined) ?? serverErrors[field];

  function change<Field extends NewUserField>(field: Field, value: NewUserDraft[Field]): void {
    setDraft((current) => ({ ...current, [field]: value }));
    setServerErrors(({ [field]: _dropped, ...rest }) => rest);
    setAdded(null);
  }

  function blur(field: NewUserField): void {
    setTouched((current) => new Set(current).add(field));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    if (Object.keys(clientErrors).length > 0 || creating) return;
    const outcome = await onCreate({ ...draft, email: draft.email.trim(), displayName: draft.displayName.trim() });
    if (outcome.ok) {
      setAdded(draft.displayName.trim());
      setDraft(EMPTY);
      setTouched(new Set());
      setSubmitted(false);
      return;
    }
    const placed: NewUserErrors = {};
    const unplaced: string[] = [];
    for (const fieldError of fieldErrors(outcome.error)) {
      const field = newUserFieldOf(fieldError.field);
      if (field) placed[field] ??= fieldError.message;
      else unplaced.push(fieldError.message);
    }
    setServerErrors(placed);
    if (unplaced.length > 0) setFormError(unplaced.join(' '));
    else if (Object.keys(placed).length === 0) setFormError(userMessage(outcome.error));
  }

  const field = (name: 'email' | 'displayName' | 'password', label: string, type: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`new-user-${name}`}>{label}</label>
      <input
        id={`new-user-${name}`}
        type={type}
        autoComplete={autoComplete}
        value={draft[name]}
        onChange={(event) => change(name, event.target.value)}
        onBlur={() => blur(name)}
        aria-invalid={errorOf(name) ? true : undefined}
        aria-describedby={[hint ? `new-user-${name}-hint` : '', errorOf(name) ? `new-user-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
      />
      {hint && (
        <p id={`new-user-${name}-hint`} className="hint">
          {hint}
        </p>
      )}
      {errorOf(name) && (
        <p id={`new-user-${name}-error`} className="field-error">
          {errorOf(name)}
        </p>
      )}
    </div>
  );

  return (
    <section className="card" aria-labelledby="add-user-title">
      <h2 id="add-user-title">Add a user</h2>
      {added && (
        <p role="status" className="alert alert-success">
          {added} can now sign in.
        </p>
      )}
      {formError && (
        <p role="alert" className="alert alert-error">
          The user was not added. {formError}
        </p>
      )}
      <form className="form add-user-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="form-grid">
          {field('displayName', 'Name', 'text', 'off')}
          {field('email', 'Email', 'email', 'off')}
          <div className="field">
            <label htmlFor="new-user-role">Role</label>
            <select id="new-user-role" value={draft.role} onChange={(event) => change('role', event.target.value as Role)}>
              {codesOf(ROLE_LABELS).map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABELS[role]}
                </option>
              ))}
            </select>
            {errorOf('role') && <p className="field-error">{errorOf('role')}</p>}
          </div>
          {field('password', 'First password', 'password', 'new-password', `At least ${PASSWORD_MIN_LENGTH} characters.`)}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={creating}>
            {creating ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </section>
  );
}
