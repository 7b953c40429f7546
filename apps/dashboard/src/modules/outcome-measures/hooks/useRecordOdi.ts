import { useCallback } from 'react';
import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import type { RecordOdiInput, RecordOdiMutation } from '../../../gql/graphql';
import { RECORD_ODI_MUTATION } from '../graphql/outcomeMeasures';

export type RecordedOdi = RecordOdiMutation['recordOdi'];

export type OdiOutcome = { measure: RecordedOdi; error?: undefined } | { measure: null; error: unknown };

/** Records an ODI; it joins its episode's cached list, replacing one of the same date as the API does. */
export function useRecordOdi(): (input: RecordOdiInput) => Promise<OdiOutcome> {
  const [recordOdi] = useMutation(RECORD_ODI_MUTATION);
  return useCallback(
    async (input: RecordOdiInput): Promise<OdiOutcome> => {
      try {
        const { data } = await recordOdi({
          variables: { input },
          update: (cache, { data: result }) => {
            const measure = result?.recordOdi;
            if (!measure) return;
            cache.modify({
              id: cache.identify({ __typename: 'Episode', id: measure.episodeId }),
              fields: {
                outcomeMeasures(existing: readonly Reference[] = [], { toReference, readField }) {
                  const added = toReference(measure);
                  if (!added) return existing;
                  const replaced = (ref: Reference): boolean =>
                    readField('id', ref) === measure.id ||
                    (readField('measuredOn', ref) === measure.measuredOn && readField('instrument', ref) === measure.instrument);
                  return [...existing.filter((ref) => !replaced(ref)), added];
                },
              },
            });
          },
        });
        return data?.recordOdi ? { measure: data.recordOdi } : { measure: null, error: new Error('The API answered without a score.') };
      } catch (caught) {
        return { measure: null, error: caught };
      }
    },
    [recordOdi],
  );
}
