import { Navigate, type RouteObject } from 'react-router';
import { LoginPage } from './modules/auth/components/LoginPage';
import { LOGIN_PATH } from './modules/auth/loginRedirect';
import { useSignedInUser } from './modules/auth/signedInUser';
import { ChunkedPage } from './modules/shell/components/ChunkedPage';
import { NotFoundPage } from './modules/shell/components/NotFoundPage';
import { RoleGate } from './modules/shell/components/RoleGate';
import { RouteErrorPage } from './modules/shell/components/RouteErrorPage';
import { SignedInShell } from './modules/shell/components/SignedInShell';
import { APP_ROUTES, HOME_BY_ROLE, type RouteKey } from './modules/shell/routes';
import { PAGES } from './pages';

function HomeRedirect() {
  const me = useSignedInUser();
  return <Navigate to={HOME_BY_ROLE[me.role]} replace />;
}

/** The whole route tree: the login page, and every other page behind the signed-in shell. */
export function appRoutes(): RouteObject[] {
  const pageRoutes: RouteObject[] = (Object.keys(PAGES) as RouteKey[]).map((key) => ({
    path: APP_ROUTES[key].path,
    element: (
      <RoleGate page={key}>
        <ChunkedPage page={PAGES[key]} />
      </RoleGate>
    ),
  }));
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
