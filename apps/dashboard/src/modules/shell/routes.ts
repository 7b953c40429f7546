import { matchPath } from 'react-router';
import { Role } from '@outcomes/models';
import { ROLE_LABELS } from '../clinical/labels';

/**
 * Which roles may open a page. A page a role may not open is never mounted, so it fetches nothing.
 * `path` is a react-router pattern; pages with `inMenu` appear in the header.
 */
export interface AppRoute {
  path: string;
  title: string;
  roles: readonly Role[];
  inMenu: boolean;
}

export const APP_ROUTES = {
  overview: { path: '/overview', title: 'Clinic overview', roles: [Role.OWNER], inMenu: true },
  caseload: { path: '/caseload', title: 'Caseload', roles: [Role.THERAPIST], inMenu: true },
  research: { path: '/research', title: 'Research', roles: [Role.RESEARCHER], inMenu: true },
  team: { path: '/team', title: 'Team', roles: [Role.OWNER], inMenu: true },
  audit: { path: '/audit', title: 'Audit log', roles: [Role.OWNER], inMenu: true },
  patient: { path: '/patients/:patientId', title: 'Patient', roles: [Role.OWNER, Role.THERAPIST], inMenu: false },
  recordSession: {
    path: '/episodes/:episodeId/sessions/new',
    title: 'Record a session',
    roles: [Role.OWNER, Role.THERAPIST],
    inMenu: false,
  },
} as const satisfies Record<string, AppRoute>;

export type RouteKey = keyof typeof APP_ROUTES;

const ROUTE_KEYS = Object.keys(APP_ROUTES) as RouteKey[];

export const HOME_BY_ROLE: Readonly<Record<Role, string>> = {
  [Role.OWNER]: APP_ROUTES.overview.path,
  [Role.THERAPIST]: APP_ROUTES.caseload.path,
  [Role.RESEARCHER]: APP_ROUTES.research.path,
};

export const ROLE_LABEL = ROLE_LABELS;

/** The page a path opens (trailing slashes ignored), if any. */
export function findRouteKey(pathname: string): RouteKey | undefined {
  return ROUTE_KEYS.find((key) => matchPath({ path: APP_ROUTES[key].path, end: true }, pathname) !== null);
}

export function canOpen(role: Role, key: RouteKey): boolean {
  const allowed: readonly Role[] = APP_ROUTES[key].roles;
  return allowed.includes(role);
}

/** The menu pages a role may open, in menu order. */
export function menuFor(role: Role): AppRoute[] {
  return ROUTE_KEYS.filter((key) => APP_ROUTES[key].inMenu && canOpen(role, key)).map((key) => APP_ROUTES[key]);
}

export const patientPath = (patientId: string): string => `/patients/${encodeURIComponent(patientId)}`;
export const recordSessionPath = (episodeId: string): string =>
  `/episodes/${encodeURIComponent(episodeId)}/sessions/new`;
