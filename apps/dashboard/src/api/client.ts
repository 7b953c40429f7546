import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { unauthenticatedLink } from './unauthenticatedLink';

/** The one client of the app: same-origin GraphQL, authenticated by the session cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      unauthenticatedLink,
      new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache(),
  });
}
