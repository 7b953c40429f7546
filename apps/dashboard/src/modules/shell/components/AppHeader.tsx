import type { Me } from '../../../api/types';
import { Link } from '../../../router/Link';
import { useLocation } from '../../../router/location';
import { useLogout } from '../../auth/hooks/useLogout';
import { ROLE_LABEL, routesFor } from '../routes';

export function AppHeader({ me }: { me: Me }) {
  const { pathname } = useLocation();
  const { logOut, loading, error } = useLogout();

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <span className="brand">Outcomes</span>
        <nav aria-label="Main">
          <ul className="nav-list">
            {routesFor(me.role).map((route) => (
              <li key={route.path}>
                <Link to={route.path} aria-current={route.path === pathname ? 'page' : undefined}>
                  {route.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="user">
          <span className="user-name">{me.displayName}</span>
          <span className="role-badge">{ROLE_LABEL[me.role]}</span>
          <button type="button" className="button button-quiet" onClick={() => void logOut()} disabled={loading}>
            {loading ? 'Logging out…' : 'Log out'}
          </button>
        </div>
      </div>
      {error !== undefined && (
        <p role="alert" className="alert alert-error app-header-alert">
          Logging out failed. Try again.
        </p>
      )}
    </header>
  );
}
