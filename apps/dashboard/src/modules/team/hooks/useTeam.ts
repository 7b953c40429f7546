import { useCallback } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { CreateUserInput, UpdateUserInput, UsersQuery } from '../../../gql/graphql';
import { CREATE_USER_MUTATION, UPDATE_USER_MUTATION, USERS_QUERY } from '../graphql/team';

export type TeamMember = UsersQuery['users'][number];

/** Why a mutation stored nothing: the API's error or a failed request. */
export type MutationOutcome = { ok: true } | { ok: false; error: unknown };

export interface TeamState {
  users: readonly TeamMember[];
  loading: boolean;
  error: unknown;
  retry: () => void;
  createUser: (input: CreateUserInput) => Promise<MutationOutcome>;
  creating: boolean;
  updateUser: (input: UpdateUserInput) => Promise<MutationOutcome>;
}

const NO_USERS: readonly TeamMember[] = [];

export function useTeam(): TeamState {
  const { data, loading, error, refetch } = useQuery(USERS_QUERY);
  const [create, { loading: creating }] = useMutation(CREATE_USER_MUTATION, { refetchQueries: [USERS_QUERY] });
  // The answer carries the changed user; the normalised cache updates the list by id.
  const [update] = useMutation(UPDATE_USER_MUTATION);

  const createUser = useCallback(
    async (input: CreateUserInput): Promise<MutationOutcome> => {
      try {
        await create({ variables: { input }, awaitRefetchQueries: true });
        return { ok: true };
      } catch (caught) {
        return { ok: false, error: caught };
      }
    },
    [create],
  );

  const updateUser = useCallback(
    async (input: UpdateUserInput): Promise<MutationOutcome> => {
      try {
        await update({ variables: { input } });
        return { ok: true };
      } catch (caught) {
        return { ok: false, error: caught };
      }
    },
    [update],
  );

  return {
    users: data?.users ?? NO_USERS,
    loading,
    error,
    retry: () => {
      refetch().catch(() => undefined);
    },
    createUser,
    creating,
    updateUser,
  };
}
