import type { Role } from '@outcomes/models';
import { currentHref, navigate } from '../../router/location';
import { canOpen, findRouteKey, HOME_BY_ROLE } from '../shell/routes';

export const LOGIN_PATH = '/login';

/** "/login?next=<where the user was>". */
export function loginPathFor(href: string): string {
  return `${LOGIN_PATH}?next=${encodeURIComponent(href)}`;
}

export function redirectToLogin(): void {
  if (window.location.pathname === LOGIN_PATH) return;
  navigate(loginPathFor(currentHref()), { replace: true });
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
