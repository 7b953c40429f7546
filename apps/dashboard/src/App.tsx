import { LoginPage } from './modules/auth/components/LoginPage';
import { LOGIN_PATH } from './modules/auth/loginRedirect';
import { SignedInShell } from './modules/shell/components/SignedInShell';
import { useLocation } from './router/location';

/** The login page needs no user; every other path goes through the signed-in shell. */
export function App() {
  const { pathname } = useLocation();
  return pathname === LOGIN_PATH ? <LoginPage /> : <SignedInShell />;
}
