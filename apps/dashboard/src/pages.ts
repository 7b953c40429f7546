import type { ComponentType } from 'react';
import type { ApolloClient } from '@apollo/client';
import type { DataRouter } from 'react-router';
import { ME_QUERY } from './modules/auth/graphql/auth';
import { prefetchCaseloadPage } from './modules/caseload/prefetch';
import { prefetchOverviewPage } from './modules/overview/prefetch';
import { prefetchResearchPage } from './modules/research/prefetch';
import { canOpen, findRouteKey, type RouteKey } from './modules/shell/routes';

/** Where a page's chunk is: asked for by nobody yet or downloading, here, or failed. */
export type ChunkState =
  | { status: 'pending' }
  | { status: 'loaded'; Page: ComponentType }
  | { status: 'failed'; error: unknown };

export interface PageModule {
  /** Downloads the page's chunk: the first call starts it, later calls share it (after a failure, it starts again). */
  load: () => Promise<ComponentType>;
  /** The chunk's state now; the same object until it changes (a snapshot for useSyncExternalStore). */
  state: () => ChunkState;
  /** Sends the queries the page sends when it mounts, with the same variables. */
  prefetch?: (client: ApolloClient, params: URLSearchParams) => void;
}

const PENDING: ChunkState = { status: 'pending' };

/** A page's chunk behind `importPage` (a dynamic import), downloaded once however often it is asked for. */
export function chunk(importPage: () => Promise<ComponentType>): Pick<PageModule, 'load' | 'state'> {
  let loading: Promise<ComponentType> | null = null;
  let state: ChunkState = PENDING;
  return {
    load: () => {
      if (!loading) {
        state = PENDING;
        loading = importPage().then(
          (Page) => {
            state = { status: 'loaded', Page };
            return Page;
          },
          (error: unknown) => {
            state = { status: 'failed', error };
            loading = null;
            throw error;
          },
        );
      }
      return loading;
    },
    state: () => state,
  };
}

// Every page is its own chunk: a role downloads only the pages it opens, and the chart code
// (Recharts) arrives with the first page that draws a chart, not with the login page.
export const PAGES: Readonly<Record<RouteKey, PageModule>> = {
  overview: {
    ...chunk(() => import('./modules/overview/components/OverviewPage').then((m) => m.OverviewPage)),
    prefetch: prefetchOverviewPage,
  },
  caseload: {
    ...chunk(() => import('./modules/caseload/components/CaseloadPage').then((m) => m.CaseloadPage)),
    prefetch: prefetchCaseloadPage,
  },
  research: {
    ...chunk(() => import('./modules/research/components/ResearchPage').then((m) => m.ResearchPage)),
    prefetch: prefetchResearchPage,
  },
  team: chunk(() => import('./modules/team/components/TeamPage').then((m) => m.TeamPage)),
  audit: chunk(() => import('./modules/audit/components/AuditPage').then((m) => m.AuditPage)),
  patient: chunk(() => import('./modules/patients/components/PatientPage').then((m) => m.PatientPage)),
  recordSession: chunk(() => import('./modules/sessions/components/RecordSessionPage').then((m) => m.RecordSessionPage)),
};

/**
 * Starts what the page at `location` needs before React gets to it, so that nothing waits for
 * something it does not depend on: the page's chunk at once, beside the Me query, and the page's
 * queries as soon as Me says the user's role may open it (a refused page fetches nothing). When
 * the page mounts, its queries are answered from the cache or share the requests in flight.
 */
export function preloadPage(client: ApolloClient, location: { pathname: string; search: string }): void {
  const key = findRouteKey(location.pathname);
  if (!key) return;
  const { load, prefetch } = PAGES[key];
  // A failed download is shown where the page mounts.
  load().catch(() => undefined);
  if (!prefetch) return;
  const params = new URLSearchParams(location.search);
  // The shell sends the same Me query: one request between them, or the answer already cached.
  client.query({ query: ME_QUERY }).then(
    ({ data }) => {
      if (data && canOpen(data.me.role, key)) prefetch(client, params);
    },
    // No user (signed out, or the API unreachable): the shell says so, and no page mounts.
    () => undefined,
  );
}

/**
 * Preloads the page the app starts on, then each page it navigates to (a change of the path; a
 * change of the filter alone is left to the mounted page). Returns the unsubscribe function.
 */
export function startPagePreloading(router: Pick<DataRouter, 'state' | 'subscribe'>, client: ApolloClient): () => void {
  let pathname = router.state.location.pathname;
  preloadPage(client, router.state.location);
  return router.subscribe(({ location }) => {
    if (location.pathname === pathname) return;
    pathname = location.pathname;
    preloadPage(client, location);
  });
}
