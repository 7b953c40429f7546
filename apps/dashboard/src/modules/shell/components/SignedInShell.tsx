import { useQuery } from '@apollo/client/react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { hasErrorCode, userMessage } from '../../../api/errors';
import { ME_QUERY } from '../../auth/graphql/auth';
import { loginPathFor } from '../../auth/loginRedirect';
import { SignedInUserContext } from '../../auth/signedInUser';
import { AppHeader } from './AppHeader';
import { StatusScreen } from './StatusScreen';

/** Everything behind sign-in: who the user is decides which page may mount. */
export function SignedInShell() {
  const { pathname, search } = useLocation();
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  const me = data?.me;

  if (loading && !me) return <StatusScreen>Loading…</StatusScreen>;
  if (hasErrorCode(error, 'UNAUTHENTICATED') || (!error && !me)) {
    return <Navigate to={loginPathFor(pathname + search)} replace />;
  }
  if (!me) {
    return (
      <StatusScreen tone="alert">
        <p>{userMessage(error)}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </StatusScreen>
    );
  }

  return (
    <SignedInUserContext value={me}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader me={me} />
      <main id="main" className="page">
        <Outlet />
      </main>
    </SignedInUserContext>
  );
}
