import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PatientDetailQuery } from '../../../gql/graphql';
import { PATIENT_DETAIL_QUERY } from '../graphql/patient';

export type PatientDetail = PatientDetailQuery['patient'];
export type PatientEpisode = PatientDetail['episodes'][number];
export type EpisodeSession = PatientEpisode['sessions'][number];

export interface PatientDetailState {
  patient: PatientDetail | null;
  /** The episode asked for in the address, else the newest (the API lists newest first). */
  episode: PatientEpisode | null;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

export function usePatientDetail(patientId: string, episodeId: string | null): PatientDetailState {
  const { data, loading, error, refetch } = useQuery(PATIENT_DETAIL_QUERY, { variables: { id: patientId } });
  const patient = data?.patient ?? null;
  const episode = useMemo(
    () => patient?.episodes.find((candidate) => candidate.id === episodeId) ?? patient?.episodes[0] ?? null,
    [patient, episodeId],
  );
  return {
    patient,
    episode,
    loading,
    error,
    retry: () => {
      refetch().catch(() => undefined);
    },
  };
}
