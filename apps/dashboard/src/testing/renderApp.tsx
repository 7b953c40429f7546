import type { ReactElement } from 'react';
import { act, render, type RenderResult } from '@testing-library/react';
import { ApolloClient, ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { ApolloProvider } from '@apollo/client/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createCache } from '../api/client';
import { createUnauthenticatedLink } from '../api/unauthenticatedLink';
import { appRoutes } from '../appRoutes';
import { redirectToLogin } from '../modules/auth/loginRedirect';
import { SignedInUserContext, type SignedInUser } from '../modules/auth/signedInUser';
import { startPagePreloading } from '../pages';

export interface RenderedApp extends RenderResult {
  /** Names of the GraphQL operations that reached the network, in order. */
  operations: string[];
  /** The router's current path and query, e.g. "/login?next=%2Fcaseload". */
  href: () => string;
  /** The variables each operation was sent with, in order. */
  variables: Array<Record<string, unknown>>;
}

export interface RenderOptions {
  /** A single component to render instead of the whole app. */
  ui?: ReactElement;
  /** The route pattern `ui` is mounted at, for pages that read params ("/patients/:patientId"). */
  routePath?: string;
  /** The signed-in user `ui` sees (the whole app loads its own through the Me query). */
  me?: SignedInUser;
}

/**
 * Renders the whole app (or `options.ui`) at `path` in a memory router, behind the same link chain
 * as production with the HTTP link swapped for the mocks, and records which operations were sent.
 * The whole app preloads its pages as main.tsx does; each mock answers once, so a page query sent
 * twice (a prefetch that did not match the page's own) shows as a second operation and an error.
 */
export function renderAt(
  path: string,
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  options: RenderOptions = {},
): RenderedApp {
  const routes: RouteObject[] = options.ui
    ? [
        {
          path: options.routePath ?? '*',
          element: options.me ? (
            <SignedInUserContext value={options.me}>{options.ui}</SignedInUserContext>
          ) : (
            options.ui
          ),
        },
        { path: '*', element: <p>Left the page under test</p> },
      ]
    : appRoutes();
  const router = createMemoryRouter(routes, { initialEntries: [path] });

  const operations: string[] = [];
  const variables: Array<Record<string, unknown>> = [];
  const recorder = new ApolloLink((operation, forward) => {
    operations.push(operation.operationName ?? '(anonymous)');
    variables.push(operation.variables);
    return forward(operation);
  });
  const link = ApolloLink.from([
    recorder,
    createUnauthenticatedLink(() => redirectToLogin(router)),
    new MockLink(mocks),
  ]);
  const client = new ApolloClient({ link, cache: createCache() });
  if (!options.ui) startPagePreloading(router, client);
  const rendered = render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
  return {
    ...rendered,
    operations,
    variables,
    href: () => router.state.location.pathname + router.state.location.search,
  };
}

/** Lets the mocked link answer and React render the answer: waits `ms` inside act(). */
export async function settle(ms = 50): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}
