import { Role } from '@outcomes/models';

/** The authenticated user, from the session cookie. The only source of clinic and user ids. */
export interface AuthUser {
  userId: string;
  clinicId: string;
  role: Role;
  displayName: string;
  email: string;
  /** SHA-256 of the session token, to revoke it at logout. */
  sessionTokenHash: string;
}

/**
 * What a user may read: the whole clinic (owner), or only the episodes and patients where they are
 * the therapist (therapist). Researchers read no row-level data at all.
 */
export class AccessScope {
  constructor(
    readonly clinicId: string,
    readonly userId: string,
    readonly role: Role,
  ) {}

  static of(user: AuthUser): AccessScope {
    return new AccessScope(user.clinicId, user.userId, user.role);
  }

  /** The therapist whose caseload bounds this scope, or null for the whole clinic. */
  get therapistId(): string | null {
    return this.role === Role.THERAPIST ? this.userId : null;
  }

  get readsIdentifiableData(): boolean {
    return this.role !== Role.RESEARCHER;
  }
}
