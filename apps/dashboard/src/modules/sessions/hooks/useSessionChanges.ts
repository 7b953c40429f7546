import { useCallback } from 'react';
import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { evictComputedFigures } from '../../../api/staleFigures';
import type { UpdateSessionInput, UpdateSessionMutation } from '../../../gql/graphql';
import { DELETE_SESSION_MUTATION, UPDATE_SESSION_MUTATION } from '../graphql/sessions';

export type UpdatedSession = UpdateSessionMutation['updateSession'];

export type UpdateOutcome = { session: UpdatedSession; error?: undefined } | { session: null; error: unknown };
export type DeleteOutcome = { deleted: true; error?: undefined } | { deleted: false; error: unknown };

/** Keeps the episode's cached sessions in date order, as the API lists them (a changed date moves one). */
function sortEpisodeSessions(cache: ApolloCache, episodeId: string): void {
  cache.modify({
    id: cache.identify({ __typename: 'Episode', id: episodeId }),
    fields: {
      sessions(existing: readonly Reference[] = [], { readField }) {
        const dateOf = (ref: Reference): string => readField<string>('sessionDate', ref) ?? '';
        return [...existing].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
      },
    },
  });
}

/**
 * Changes a session. The API refuses a stale `expectedVersion` with CONFLICT; the changed session
 * (with its new version) replaces its cached copy, so the patient page shows it at once.
 */
export function useUpdateSession(): (input: UpdateSessionInput) => Promise<UpdateOutcome> {
  const [updateSession] = useMutation(UPDATE_SESSION_MUTATION);
  return useCallback(
    async (input: UpdateSessionInput): Promise<UpdateOutcome> => {
      try {
        const { data } = await updateSession({
          variables: { input },
          update: (cache, { data: result }) => {
            const session = result?.updateSession;
            if (!session) return;
            sortEpisodeSessions(cache, session.episodeId);
            // A changed pain score or red flag changes alerts, the caseload and the figures.
            evictComputedFigures(cache);
          },
        });
        return data?.updateSession ? { session: data.updateSession } : { session: null, error: new Error('The API answered without a session.') };
      } catch (caught) {
        return { session: null, error: caught };
      }
    },
    [updateSession],
  );
}

/** Deletes a session (owners only, the API checks): it leaves its episode's cached list. */
export function useDeleteSession(): (session: { id: string; episodeId: string }) => Promise<DeleteOutcome> {
  const [deleteSession] = useMutation(DELETE_SESSION_MUTATION);
  return useCallback(
    async ({ id, episodeId }: { id: string; episodeId: string }): Promise<DeleteOutcome> => {
      try {
        await deleteSession({
          variables: { id },
          update: (cache, { data: result }) => {
            if (!result?.deleteSession) return;
            cache.modify({
              id: cache.identify({ __typename: 'Episode', id: episodeId }),
              fields: {
                sessions: (existing: readonly Reference[] = [], { readField }) => existing.filter((ref) => readField('id', ref) !== id),
              },
            });
            cache.evict({ id: cache.identify({ __typename: 'TreatmentSession', id }) });
            evictComputedFigures(cache);
          },
        });
        return { deleted: true };
      } catch (caught) {
        return { deleted: false, error: caught };
      }
    },
    [deleteSession],
  );
}
