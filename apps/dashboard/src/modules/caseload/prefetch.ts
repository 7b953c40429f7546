import type { ApolloClient } from '@apollo/client';
import { prefetchQuery } from '../../api/prefetch';
import { CohortDimension } from '../../gql/graphql';
import { CASELOAD_QUERY } from '../analytics/graphql/analytics';
import { prefetchKpiSection } from '../analytics/prefetch';
import { PATIENT_LIST_PAGE_SIZE, PATIENTS_QUERY } from '../patients/graphql/patients';
import { OPEN_RED_FLAG_ALERTS_QUERY } from '../red-flags/graphql/redFlags';

/** Every query CaseloadPage sends when it mounts (it has no filter in its address). */
export function prefetchCaseloadPage(client: ApolloClient): void {
  prefetchQuery(client, { query: OPEN_RED_FLAG_ALERTS_QUERY });
  prefetchQuery(client, { query: CASELOAD_QUERY });
  prefetchKpiSection(client, { filter: null, groupBy: CohortDimension.NONE });
  prefetchQuery(client, { query: PATIENTS_QUERY, variables: { first: PATIENT_LIST_PAGE_SIZE } });
}
