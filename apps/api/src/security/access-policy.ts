import { Role } from '@outcomes/models';

/**
 * On whose objects a role may act through an operation:
 * - self: only the caller's own login (me, logout);
 * - clinic: any object of the caller's clinic, never another clinic's;
 * - caseload: only the caller's own caseload (a therapist's patients and episodes);
 * - anonymized: the clinic's figures with small cells suppressed, or de-identified rows; never
 *   an identifiable field (field-level: see identifiable-fields.ts).
 */
export type Reach = 'self' | 'clinic' | 'caseload' | 'anonymized';

/** What an operation's id arguments name, so the authorization test can aim at each owner's objects. */
export type PolicyTarget = 'patient' | 'episode' | 'session' | 'alert' | 'user' | 'therapist' | 'export';

/** What a list operation returns, so the authorization test can check whose rows come back. */
export type PolicyListing = 'patient' | 'episode' | 'alert' | 'user' | 'audit-event';

export interface OperationPolicy {
  /** Anyone may call it, logged in or not. */
  public?: true;
  /** The roles that may call it, each with its reach. A role not named is refused (FORBIDDEN). */
  access: Partial<Record<Role, Reach>>;
  target?: PolicyTarget;
  lists?: PolicyListing;
}

const ALL_ROLES_SELF: Partial<Record<Role, Reach>> = { [Role.OWNER]: 'self', [Role.THERAPIST]: 'self', [Role.RESEARCHER]: 'self' };
const CARE_TEAM: Partial<Record<Role, Reach>> = { [Role.OWNER]: 'clinic', [Role.THERAPIST]: 'caseload' };
const OWNER_ONLY: Partial<Record<Role, Reach>> = { [Role.OWNER]: 'clinic' };
const ANALYTICS: Partial<Record<Role, Reach>> = { [Role.OWNER]: 'clinic', [Role.THERAPIST]: 'caseload', [Role.RESEARCHER]: 'anonymized' };
const RESEARCH_EXPORT: Partial<Record<Role, Reach>> = { [Role.OWNER]: 'anonymized', [Role.RESEARCHER]: 'anonymized' };

/**
 * THE authorization policy: every GraphQL query ("Query.x"), mutation ("Mutation.x") and HTTP
 * route ("GET /path") of the API. The PolicyGuard refuses any operation not listed here and any
 * role not named for it; the @Roles decorators on the resolvers must agree (a test compares
 * them), and the authorization-matrix test proves each line against the running API for every
 * role and every owner of the object (own, another therapist's, another clinic's).
 */
export const ACCESS_POLICY: Readonly<Record<string, OperationPolicy>> = {
  // Sessions
  'Mutation.login': { public: true, access: {} },
  'Mutation.logout': { access: ALL_ROLES_SELF },
  'Query.me': { access: ALL_ROLES_SELF },

  // Users (the clinic's logins)
  'Query.users': { access: OWNER_ONLY, lists: 'user' },
  'Mutation.createUser': { access: OWNER_ONLY },
  'Mutation.updateUser': { access: OWNER_ONLY, target: 'user' },

  // Patients and episodes: identifiable, the care team only
  'Query.patients': { access: CARE_TEAM, lists: 'patient' },
  'Query.patient': { access: CARE_TEAM, target: 'patient' },
  'Mutation.createPatient': { access: CARE_TEAM, target: 'therapist' },
  'Mutation.updatePatient': { access: CARE_TEAM, target: 'patient' },
  'Query.episode': { access: CARE_TEAM, target: 'episode' },
  'Query.episodes': { access: CARE_TEAM, target: 'patient' },
  'Mutation.openEpisode': { access: CARE_TEAM, target: 'patient' },
  'Mutation.updateEpisode': { access: CARE_TEAM, target: 'episode' },
  'Mutation.dischargeEpisode': { access: CARE_TEAM, target: 'episode' },
  'Mutation.markEpisodeDroppedOut': { access: CARE_TEAM, target: 'episode' },

  // Clinical records of an episode
  'Mutation.recordSession': { access: CARE_TEAM, target: 'episode' },
  'Mutation.updateSession': { access: CARE_TEAM, target: 'session' },
  'Mutation.deleteSession': { access: OWNER_ONLY, target: 'session' },
  'Mutation.recordMedicationReport': { access: CARE_TEAM, target: 'episode' },
  'Mutation.recordOdi': { access: CARE_TEAM, target: 'episode' },
  'Query.openRedFlagAlerts': { access: CARE_TEAM, lists: 'alert' },
  'Mutation.recordReferral': { access: CARE_TEAM, target: 'alert' },

  // Analytics: researchers get the clinic's figures with small cells suppressed
  'Query.outcomeSummary': { access: ANALYTICS },
  'Query.trajectory': { access: ANALYTICS },
  'Query.medicationTrend': { access: ANALYTICS },
  'Query.timeToResponse': { access: ANALYTICS },
  'Query.therapistComparison': { access: OWNER_ONLY },
  'Query.caseload': { access: { [Role.THERAPIST]: 'caseload' }, lists: 'episode' },

  // The audit trail: who saw and changed what
  'Query.auditEvents': { access: OWNER_ONLY, lists: 'audit-event' },

  // Plain HTTP: anonymized research exports and the health probes
  'GET /exports/sessions.csv': { access: RESEARCH_EXPORT },
  'GET /exports/episodes.csv': { access: RESEARCH_EXPORT },
  'GET /exports/codebook.json': { access: RESEARCH_EXPORT },
  'GET /exports/codebook.csv': { access: RESEARCH_EXPORT },
  // Any export of the clinic, whoever made it: the manifest holds counts and the filter, no identity.
  'GET /exports/:exportId/manifest.json': { access: RESEARCH_EXPORT, target: 'export' },
  'GET /health/live': { public: true, access: {} },
  'GET /health/ready': { public: true, access: {} },
};

/** The policy key of a GraphQL root field: "Query.patients", "Mutation.recordSession". */
export function graphQLOperationKey(rootType: string, fieldName: string): string {
  return `${rootType}.${fieldName}`;
}

/** The policy key of an HTTP route: "GET /exports/sessions.csv". */
export function routeKey(method: string, path: string): string {
  const normalized = `/${path.split('/').filter(Boolean).join('/')}`;
  return `${method.toUpperCase()} ${normalized}`;
}

export function policyFor(key: string): OperationPolicy | undefined {
  return Object.prototype.hasOwnProperty.call(ACCESS_POLICY, key) ? ACCESS_POLICY[key] : undefined;
}

/** The roles a policy admits, for comparing with a resolver's @Roles. */
export function rolesOf(policy: OperationPolicy): Role[] {
  return (Object.keys(policy.access) as Role[]).sort();
}

/** Whether the policy lets this role call the operation (anonymous callers: role null). */
export function isAllowed(policy: OperationPolicy, role: Role | null): boolean {
  if (policy.public) return true;
  return role !== null && policy.access[role] !== undefined;
}
