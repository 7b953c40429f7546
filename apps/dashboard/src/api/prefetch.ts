import type { ApolloClient, OperationVariables } from '@apollo/client';

/**
 * Sends a query a page will send when it mounts, ahead of it: with the same document and
 * variables, the page's own query finds the answer in the cache or shares the request in flight
 * (Apollo deduplicates identical requests). A failure is left for the page to show: its query is
 * sent again when it mounts, and its error state says what went wrong.
 */
export function prefetchQuery<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  options: ApolloClient.QueryOptions<TData, TVariables>,
): void {
  client.query(options).catch(() => undefined);
}
