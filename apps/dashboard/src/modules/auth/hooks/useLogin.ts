import { useCallback } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { LoginInput } from '../../../gql/graphql';
import { LOGIN_MUTATION, ME_QUERY } from '../graphql/auth';
import type { SignedInUser } from '../signedInUser';

export interface LoginState {
  /** Resolves to the signed-in user, or null when the API refused (the reason is in `error`). */
  logIn: (input: LoginInput) => Promise<SignedInUser | null>;
  loading: boolean;
  error: unknown;
}

export function useLogin(): LoginState {
  const client = useApolloClient();
  const [login, { loading, error }] = useMutation(LOGIN_MUTATION);

  const logIn = useCallback(
    async (input: LoginInput): Promise<SignedInUser | null> => {
      try {
        const { data } = await login({ variables: { input } });
        const me = data?.login ?? null;
        if (me) {
          // Nothing cached for a previous user may leak into this session.
          await client.clearStore();
          client.writeQuery({ query: ME_QUERY, data: { me } });
        }
        return me;
      } catch {
        // The hook's `error` carries the API's message; the form shows it.
        return null;
      }
    },
    [client, login],
  );

  return { logIn, loading, error };
}
