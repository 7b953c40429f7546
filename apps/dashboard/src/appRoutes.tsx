import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './modules/auth/components/LoginPage';
import { LOGIN_PATH } from './modules/auth/loginRedirect';
import { useSignedInUser } from './modules/auth/signedInUser';
import { NotFoundPage } from './modules/shell/components/NotFoundPage';
import { RoleGate } from './modules/shell/components/RoleGate';
import { RouteErrorPage } from './modules/shell/components/RouteErrorPage';
import { SignedInShell } from './modules/shell/components/SignedInShell';
import { APP_ROUTES, HOME_BY_ROLE, type RouteKey } from './modules/shell/routes';

// Every page is its own chunk: a role downloads only the pages it opens, and the chart code
// (Recharts) arrives with the first page that draws a chart, not with the login page.
const PAGES: Readonly<Record<RouteKey, LazyExoticComponent<ComponentType>>> = {
  overview: lazy(() => import('./modules/overview/components/OverviewPage').then((m) => ({ default: m.OverviewPage }))),
  caseload: lazy(() => import('./modules/caseload/components/CaseloadPage').then((m) => ({ default: m.CaseloadPage }))),
  research: lazy(() => import('./modules/research/components/ResearchPage').then((m) => ({ default: m.ResearchPage }))),
  team: lazy(() => import('./modules/team/components/TeamPage').then((m) => ({ default: m.TeamPage }))),
  audit: lazy(() => import('./modules/audit/components/AuditPage').then((m) => ({ default: m.AuditPage }))),
  patient: lazy(() => import('./modules/patients/components/PatientPage').then((m) => ({ default: m.PatientPage }))),
  recordSession: lazy(() =>
    import('./modules/sessions/components/RecordSessionPage').then((m) => ({ default: m.RecordSessionPage })),
  ),
};

function HomeRedirect() {
  const me = useSignedInUser();
  return <Navigate to={HOME_BY_ROLE[me.role]} replace />;
}

/** The whole route tree: the login page, and every other page behind the signed-in shell. */
export function appRoutes(): RouteObject[] {
  const pageRoutes: RouteObject[] = (Object.keys(PAGES) as RouteKey[]).map((key) => {
    const Page = PAGES[key];
    return {
      path: APP_ROUTES[key].path,
      element: (
        <RoleGate page={key}>
          <Page />
        </RoleGate>
      ),
    };
  });
  return [
    { path: LOGIN_PATH, element: <LoginPage />, errorElement: <RouteErrorPage /> },
    {
      element: <SignedInShell />,
      errorElement: <RouteErrorPage />,
      children: [
        { index: true, element: <HomeRedirect /> },
        ...pageRoutes,
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
