import { useMemo, useState, type FormEvent } from 'react';
import { fieldErrors, userMessage } from '../../../api/errors';
import { useNavigate, useSearchParams } from 'react-router';
import { useLogin } from '../hooks/useLogin';
import { destinationAfterLogin, safeNextPath } from '../loginRedirect';

export function LoginPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNextPath(searchParams.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { logIn, loading, error } = useLogin();

  const message = error ? userMessage(error) : null;
  const messageByField = useMemo(
    () => new Map(fieldErrors(error).map((fieldError) => [fieldError.field, fieldError.message])),
    [error],
  );
  const emailError = messageByField.get('email');
  const passwordError = messageByField.get('password');

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const me = await logIn({ email: email.trim(), password });
    if (me) await navigate(destinationAfterLogin(next, me.role), { replace: true });
  }

  return (
    <main id="main" className="login-page">
      <div className="card login-card">
        <p className="brand-mark">Outcomes</p>
        <h1>Sign in</h1>
        <p className="muted">Outcomes for your clinic: pain, function and medication over time.</p>
        {message && (
          <div role="alert" id="login-error" className="alert alert-error">
            {message}
          </div>
        )}
        <form
          className="form"
          onSubmit={(event) => void handleSubmit(event)}
          aria-describedby={message ? 'login-error' : undefined}
        >
          <div className="field">
            <label htmlFor="login-email">Email</label>
            <input
              id="login-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? 'login-email-error' : undefined}
            />
            {emailError && (
              <p id="login-email-error" className="field-error">
                {emailError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="login-password">Password</label>
            <input
              id="login-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? 'login-password-error' : undefined}
            />
            {passwordError && (
              <p id="login-password-error" className="field-error">
                {passwordError}
              </p>
            )}
          </div>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
