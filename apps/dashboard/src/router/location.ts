// A router of a few lines, because the app has a handful of flat paths and react-router is not a
// dependency: the address bar is the state (History API), and components read it through
// useSyncExternalStore so that back/forward and navigate() re-render the same way.
import { useMemo, useSyncExternalStore } from 'react';

const NAVIGATED = 'outcomes:navigated';

/** Path plus query string, e.g. "/login?next=%2Fcaseload". */
export function currentHref(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentHref()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

export interface AppLocation {
  /** Path plus query string, as given to navigate(). */
  href: string;
  pathname: string;
  searchParams: URLSearchParams;
}

export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, currentHref, currentHref);
  return useMemo(() => {
    const url = new URL(href, window.location.origin);
    return { href, pathname: url.pathname, searchParams: url.searchParams };
  }, [href]);
}
