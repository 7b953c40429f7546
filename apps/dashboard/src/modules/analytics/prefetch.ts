import type { ApolloClient } from '@apollo/client';
import { prefetchQuery } from '../../api/prefetch';
import type { AnalyticsFilter, CohortDimension } from '../../gql/graphql';
import { filterFromParams, groupByFromParams } from './filters';
import {
  MEDICATION_TREND_QUERY,
  OUTCOME_SUMMARY_QUERY,
  THERAPIST_COMPARISON_QUERY,
  TIME_TO_RESPONSE_QUERY,
  TRAJECTORY_QUERY,
} from './graphql/analytics';

// What the analytics sections ask for when they mount, for pages to send ahead of their chunk.
// Small on purpose: this module is in the entry chunk, the sections (and Recharts) are not.

export interface CohortVariables {
  filter: AnalyticsFilter | null;
  groupBy: CohortDimension;
}

/** The filter and split of an address, as useAnalyticsParams reads them. */
export function cohortVariablesFromParams(params: URLSearchParams): CohortVariables {
  return { filter: filterFromParams(params), groupBy: groupByFromParams(params) };
}

/** KpiSection's query (ResponderSection shares it). */
export function prefetchKpiSection(client: ApolloClient, variables: CohortVariables): void {
  prefetchQuery(client, { query: OUTCOME_SUMMARY_QUERY, variables });
}

/** Everything OutcomeSections asks for: KPIs and responders, trajectory, time to response, medication. */
export function prefetchOutcomeSections(client: ApolloClient, variables: CohortVariables): void {
  prefetchKpiSection(client, variables);
  prefetchQuery(client, { query: TRAJECTORY_QUERY, variables });
  prefetchQuery(client, { query: TIME_TO_RESPONSE_QUERY, variables });
  prefetchQuery(client, { query: MEDICATION_TREND_QUERY, variables });
}

/** TherapistSection's query: the comparison follows the filter, never the split. */
export function prefetchTherapistSection(client: ApolloClient, filter: AnalyticsFilter | null): void {
  prefetchQuery(client, { query: THERAPIST_COMPARISON_QUERY, variables: { filter } });
}
