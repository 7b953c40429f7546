import type { ReactElement } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ApolloLink } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { App } from '../App';
import { unauthenticatedLink } from '../api/unauthenticatedLink';
import { currentHref } from '../router/location';

export interface RenderedApp extends RenderResult {
  /** Names of the GraphQL operations that reached the network, in order. */
  operations: string[];
  href: () => string;
}

/**
 * Renders `ui` (the whole App by default) at `path`, behind the same link chain as production with
 * the HTTP link swapped for the mocks, and records which operations were sent.
 */
export function renderAt(
  path: string,
  mocks: ReadonlyArray<MockLink.MockedResponse>,
  ui: ReactElement = <App />,
): RenderedApp {
  window.history.replaceState(null, '', path);
  const operations: string[] = [];
  const recorder = new ApolloLink((operation, forward) => {
    operations.push(operation.operationName ?? '(anonymous)');
    return forward(operation);
  });
  const link = ApolloLink.from([recorder, unauthenticatedLink, new MockLink(mocks)]);
  const rendered = render(<MockedProvider link={link}>{ui}</MockedProvider>);
  return { ...rendered, operations, href: currentHref };
}
