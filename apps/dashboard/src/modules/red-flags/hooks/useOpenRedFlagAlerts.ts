import { useQuery } from '@apollo/client/react';
import type { OpenRedFlagAlertsQuery } from '../../../gql/graphql';
import { OPEN_RED_FLAG_ALERTS_QUERY } from '../graphql/redFlags';

export type OpenRedFlagAlert = OpenRedFlagAlertsQuery['openRedFlagAlerts'][number];

export interface OpenRedFlagAlertsState {
  alerts: readonly OpenRedFlagAlert[];
  loading: boolean;
  error: unknown;
  retry: () => void;
}

const NO_ALERTS: readonly OpenRedFlagAlert[] = [];

/** Open alerts in the user's scope (the API applies it), oldest first. */
export function useOpenRedFlagAlerts(): OpenRedFlagAlertsState {
  const { data, loading, error, refetch } = useQuery(OPEN_RED_FLAG_ALERTS_QUERY);
  return {
    alerts: data?.openRedFlagAlerts ?? NO_ALERTS,
    loading,
    error,
    retry: () => {
      refetch().catch(() => undefined);
    },
  };
}
