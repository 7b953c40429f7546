import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { LOGIN_PATH } from '../loginRedirect';
import { LOGOUT_MUTATION } from '../graphql/auth';

export interface LogoutState {
  logOut: () => Promise<void>;
  loading: boolean;
  error: unknown;
}

export function useLogout(): LogoutState {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout, { loading, error }] = useMutation(LOGOUT_MUTATION);

  const logOut = useCallback(async (): Promise<void> => {
    try {
      await logout();
    } catch {
      // Still signed in on the server: stay, and let `error` say so.
      return;
    }
    // Leave the signed-in pages first, so no mounted query sees the emptied cache.
    await navigate(LOGIN_PATH, { replace: true });
    await client.clearStore();
  }, [client, logout, navigate]);

  return { logOut, loading, error };
}
