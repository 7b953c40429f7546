import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PatientsQuery } from '../../../gql/graphql';
import { PATIENT_LIST_PAGE_SIZE, PATIENTS_QUERY } from '../graphql/patients';

export type PatientSummary = PatientsQuery['patients']['edges'][number]['node'];

export interface PatientListState {
  patients: PatientSummary[];
  /** More patients exist than the page shows. */
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  retry: () => void;
}

/** The first page of the patients the signed-in user may see (the API applies the scope). */
export function usePatientList(first = PATIENT_LIST_PAGE_SIZE): PatientListState {
  const { data, loading, error, refetch } = useQuery(PATIENTS_QUERY, { variables: { first } });

  const patients = useMemo(() => data?.patients.edges.map((edge) => edge.node) ?? [], [data]);

  return {
    patients,
    hasMore: data?.patients.pageInfo.hasNextPage ?? false,
    loading,
    error,
    retry: () => {
      // A failed retry shows through `error` like the first attempt.
      refetch().catch(() => undefined);
    },
  };
}
