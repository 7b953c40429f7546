import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { createUnauthenticatedLink } from './unauthenticatedLink';

/** Type policies shared by the app and the component tests, so both cache the same way. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          // "Load more" appends the next page to the list cached for the same filter.
          auditEvents: relayStylePagination(['filter']),
        },
      },
    },
  });
}

/** The one client of the app: same-origin GraphQL, authenticated by the session cookie. */
export function createApolloClient(options: { onUnauthenticated: () => void }): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      createUnauthenticatedLink(options.onUnauthenticated),
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: createCache(),
  });
}
