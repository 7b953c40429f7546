import { createContext, useContext } from 'react';
import type { MeQuery } from '../../gql/graphql';

export type SignedInUser = MeQuery['me'];

/** The user the signed-in shell loaded; every page under the shell may read it. */
export const SignedInUserContext = createContext<SignedInUser | null>(null);

export function useSignedInUser(): SignedInUser {
  const me = useContext(SignedInUserContext);
  if (!me) throw new Error('useSignedInUser() is only available under the signed-in shell');
  return me;
}
