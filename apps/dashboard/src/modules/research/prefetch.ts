import type { ApolloClient } from '@apollo/client';
import { cohortVariablesFromParams, prefetchOutcomeSections } from '../analytics/prefetch';

/** Every query ResearchPage sends when it mounts at an address with these search params. */
export function prefetchResearchPage(client: ApolloClient, params: URLSearchParams): void {
  prefetchOutcomeSections(client, cohortVariablesFromParams(params));
}
