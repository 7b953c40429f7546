import type { ApolloClient } from '@apollo/client';
import { prefetchQuery } from '../../api/prefetch';
import { THERAPIST_OPTIONS_QUERY } from '../analytics/graphql/analytics';
import { cohortVariablesFromParams, prefetchOutcomeSections, prefetchTherapistSection } from '../analytics/prefetch';
import { PATIENT_LIST_PAGE_SIZE, PATIENTS_QUERY } from '../patients/graphql/patients';
import { OPEN_RED_FLAG_ALERTS_QUERY } from '../red-flags/graphql/redFlags';

/** Every query OverviewPage sends when it mounts at an address with these search params. */
export function prefetchOverviewPage(client: ApolloClient, params: URLSearchParams): void {
  const variables = cohortVariablesFromParams(params);
  // The slowest on the server first: the case-mix regression.
  prefetchTherapistSection(client, variables.filter);
  prefetchOutcomeSections(client, variables);
  prefetchQuery(client, { query: THERAPIST_OPTIONS_QUERY });
  prefetchQuery(client, { query: OPEN_RED_FLAG_ALERTS_QUERY });
  prefetchQuery(client, { query: PATIENTS_QUERY, variables: { first: PATIENT_LIST_PAGE_SIZE } });
}
