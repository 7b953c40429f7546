import { NavLink } from 'react-router';
import type { SignedInUser } from '../../auth/signedInUser';
import { useLogout } from '../../auth/hooks/useLogout';
import { menuFor, ROLE_LABEL } from '../routes';

export function AppHeader({ me }: { me: SignedInUser }) {
  const { logOut, loading, error } = useLogout();

  return (
    <header className="app-header">
      <div className="app-header-inner">
        <span className="brand">Outcomes</span>
        <nav aria-label="Main">
          <ul className="nav-list">
            {menuFor(me.role).map((route) => (
              <li key={route.path}>
                {/* NavLink marks the current page with aria-current="page". */}
                <NavLink to={route.path} end>
                  {route.title}
                </NavLink>
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
