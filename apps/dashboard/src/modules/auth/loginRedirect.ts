import type { Role } from '@outcomes/models';
import { canOpen, findRouteKey, HOME_BY_ROLE } from '../shell/routes';

export const LOGIN_PATH = '/login';

/** "/login?next=<where the user was>". */
export function loginPathFor(href: string): string {
  return `${LOGIN_PATH}?next=${encodeURIComponent(href)}`;
}

/** The part of a data router that sending someone to log in needs (tests pass a memory router). */
export interface NavigatingRouter {
  state: { location: { pathname: string; search: string } };
  navigate: (to: string, options: { replace: boolean }) => Promise<void>;
}

/** Sends the user to log in, remembering where they were; nothing when they are already there. */
export function redirectToLogin(router: NavigatingRouter): void {
  const { pathname, search } = router.state.location;
  if (pathname === LOGIN_PATH) return;
  void router.navigate(loginPathFor(pathname + search), { replace: true });
}

/**
 * The `next` parameter, if it is a path inside this app. Anything else ("//evil.example",
 * "https://…", "/\\evil") is dropped, so the login page cannot be used as an open redirect.
 */
export function safeNextPath(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  const url = new URL(raw, 'http://dashboard.invalid');
  if (url.origin !== 'http://dashboard.invalid' || url.pathname === LOGIN_PATH) return null;
  return url.pathname + url.search;
}

/** Back to where the user came from when their role may open it; otherwise their home page. */
export function destinationAfterLogin(next: string | null, role: Role): string {
  if (next) {
    const key = findRouteKey(new URL(next, 'http://dashboard.invalid').pathname);
    if (key && canOpen(role, key)) return next;
  }
  return HOME_BY_ROLE[role];
}
