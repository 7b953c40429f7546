import type { ComponentType } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Role } from '@outcomes/models';
import { hasErrorCode, userMessage } from '../../../api/errors';
import { Redirect } from '../../../router/Redirect';
import { useLocation } from '../../../router/location';
import { ME_QUERY } from '../../auth/graphql/auth';
import { loginPathFor } from '../../auth/loginRedirect';
import { CaseloadPage } from '../../caseload/components/CaseloadPage';
import { OverviewPage } from '../../overview/components/OverviewPage';
import { ResearchPage } from '../../research/components/ResearchPage';
import { canOpen, findRouteKey, HOME_BY_ROLE, type RouteKey } from '../routes';
import { AppHeader } from './AppHeader';
import { NotAllowedPage } from './NotAllowedPage';
import { NotFoundPage } from './NotFoundPage';
import { StatusScreen } from './StatusScreen';

const PAGES: Readonly<Record<RouteKey, ComponentType>> = {
  overview: OverviewPage,
  caseload: CaseloadPage,
  research: ResearchPage,
};

/** Everything behind sign-in: who the user is decides which page may mount. */
export function SignedInShell() {
  const { href, pathname } = useLocation();
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  const me = data?.me;

  if (loading && !me) return <StatusScreen>Loading…</StatusScreen>;
  if (hasErrorCode(error, 'UNAUTHENTICATED') || (!error && !me)) {
    return <Redirect to={loginPathFor(href)} />;
  }
  if (!me) {
    return (
      <StatusScreen tone="alert">
        <p>{userMessage(error)}</p>
        <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
          Try again
        </button>
      </StatusScreen>
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <AppHeader me={me} />
      <main id="main" className="page">
        <PageFor pathname={pathname} role={me.role} />
      </main>
    </>
  );
}

function PageFor({ pathname, role }: { pathname: string; role: Role }) {
  if (pathname === '/') return <Redirect to={HOME_BY_ROLE[role]} />;
  const key = findRouteKey(pathname);
  if (!key) return <NotFoundPage home={HOME_BY_ROLE[role]} />;
  if (!canOpen(role, key)) return <NotAllowedPage role={role} />;
  const Page = PAGES[key];
  return <Page />;
}
