import { useEffect } from 'react';
import { navigate } from './location';

/** Replaces the current history entry, so Back does not bounce the user into the redirect again. */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}
