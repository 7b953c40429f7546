import type { ReactNode } from 'react';
import { useSignedInUser } from '../../auth/signedInUser';
import { canOpen, type RouteKey } from '../routes';
import { NotAllowedPage } from './NotAllowedPage';

/** Mounts the page only for the roles that may open it, so a refused page fetches nothing. */
export function RoleGate({ page, children }: { page: RouteKey; children: ReactNode }) {
  const me = useSignedInUser();
  return canOpen(me.role, page) ? children : <NotAllowedPage role={me.role} />;
}
