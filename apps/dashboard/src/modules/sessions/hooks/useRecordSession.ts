import { useCallback } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RecordSessionInput, RecordSessionMutation } from '../../../gql/graphql';
import { evictComputedFigures } from '../../../api/staleFigures';
import { RECORD_SESSION_MUTATION } from '../graphql/sessions';

export type RecordedSession = RecordSessionMutation['recordSession'];

/** The stored session, or why there is none (the API's error, or a failed request). */
export type RecordOutcome = { session: RecordedSession; error?: undefined } | { session: null; error: unknown };

export interface RecordSessionState {
  record: (input: RecordSessionInput) => Promise<RecordOutcome>;
  loading: boolean;
  error: unknown;
}

export function useRecordSession(): RecordSessionState {
  const [recordSession, { loading, error }] = useMutation(RECORD_SESSION_MUTATION);

  const record = useCallback(
    async (input: RecordSessionInput): Promise<RecordOutcome> => {
      try {
        const { data } = await recordSession({
          variables: { input },
          update: (cache, { data: result }) => {
            const session = result?.recordSession;
            if (!session) return;
            // The new session joins its episode's list (kept in date order); a replayed request
            // returns a session already there, which is not added twice.
            cache.modify({
              id: cache.identify({ __typename: 'Episode', id: session.episodeId }),
              fields: {
                sessions(existing: readonly Reference[] = [], { toReference, readField }) {
                  const added = toReference(session);
                  if (!added || existing.some((ref) => readField('id', ref) === session.id)) return existing;
                  const dateOf = (ref: Reference): string => readField<string>('sessionDate', ref) ?? '';
                  return [...existing, added].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
                },
              },
            });
            // Alerts, the caseload and the figures are computed by the API: ask it again when next shown.
            evictComputedFigures(cache);
          },
        });
        return data?.recordSession
          ? { session: data.recordSession }
          : { session: null, error: new Error('The API answered without a session.') };
      } catch (caught) {
        return { session: null, error: caught };
      }
    },
    [recordSession],
  );

  return { record, loading, error };
}
