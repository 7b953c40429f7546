import { Role } from '@outcomes/models';

/** Which roles may open a page. A page a role may not open is never mounted, so it fetches nothing. */
export interface AppRoute {
  path: string;
  title: string;
  roles: readonly Role[];
}

export const APP_ROUTES = {
  overview: { path: '/overview', title: 'Clinic overview', roles: [Role.OWNER] },
  caseload: { path: '/caseload', title: 'Caseload', roles: [Role.THERAPIST] },
  research: { path: '/research', title: 'Research', roles: [Role.RESEARCHER] },
} as const satisfies Record<string, AppRoute>;

export type RouteKey = keyof typeof APP_ROUTES;

const ROUTE_KEYS = Object.keys(APP_ROUTES) as RouteKey[];

export const HOME_BY_ROLE: Readonly<Record<Role, string>> = {
  [Role.OWNER]: APP_ROUTES.overview.path,
  [Role.THERAPIST]: APP_ROUTES.caseload.path,
  [Role.RESEARCHER]: APP_ROUTES.research.path,
};

export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  [Role.OWNER]: 'Owner',
  [Role.THERAPIST]: 'Therapist',
  [Role.RESEARCHER]: 'Researcher',
};

export function findRouteKey(pathname: string): RouteKey | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return ROUTE_KEYS.find((key) => APP_ROUTES[key].path === normalised);
}

export function canOpen(role: Role, key: RouteKey): boolean {
  const allowed: readonly Role[] = APP_ROUTES[key].roles;
  return allowed.includes(role);
}

/** The pages a role may open, in menu order. */
export function routesFor(role: Role): AppRoute[] {
  return ROUTE_KEYS.filter((key) => canOpen(role, key)).map((key) => APP_ROUTES[key]);
}
