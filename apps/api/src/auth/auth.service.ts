import { Injectable } from '@nestjs/common';
import { Role } from '@outcomes/models';
import argon2 from 'argon2';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/access-scope';
import { UnauthenticatedError } from '../common/errors';
import { loadConfig } from '../config';
import { TenantTransactions } from '../database/tenant-transactions';
import { User } from '../users/user.entity';
import { UserSession } from './user-session.entity';

export const SESSION_COOKIE = 'outcomes_session';

/** argon2id with the OWASP-recommended minimum (m=19 MiB, t=2, p=1). */
export const PASSWORD_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_OPTIONS);
}

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toAuthUser(user: User, sessionTokenHash: string): AuthUser {
  return {
    userId: user.id,
    clinicId: user.clinicId,
    role: user.role as Role,
    displayName: user.displayName,
    email: user.email,
    sessionTokenHash,
  };
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: User;
}

@Injectable()
export class AuthService {
  private readonly sessionTtlMs = loadConfig().sessionTtlHours * 3600_000;
  /** Verified against when the email is unknown, so both failures take the same time. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  async login(email: string, password: string): Promise<LoginResult> {
    const normalizedEmail = email.trim().toLowerCase();
    const user = await this.dataSource.getRepository(User).findOneBy({ email: normalizedEmail });
    const passwordMatches = await argon2.verify(user?.passwordHash ?? (await this.decoyHash), password);

    if (!user || !user.active || !passwordMatches) {
      await this.transactions.runUnscoped((manager) =>
        this.audit.record(manager, user ? { clinicId: user.clinicId, userId: null, role: null } : null, {
          action: 'login.failure',
          objectType: user ? 'user' : undefined,
          objectId: user?.id,
          detail: { reason: !user ? 'unknown-email' : !user.active ? 'inactive-user' : 'wrong-password' },
        }),
      );
      throw new UnauthenticatedError('The email or password is not right.');
    }

    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMs);
    await this.transactions.run(user.clinicId, async (manager) => {
      await manager.insert(UserSession, {
        tokenHash: hashSessionToken(token),
        clinicId: user.clinicId,
        userId: user.id,
        createdAt: now,
        expiresAt,
        revokedAt: null,
      });
      await this.audit.record(
        manager,
        { clinicId: user.clinicId, userId: user.id, role: user.role },
        { action: 'login.success', objectType: 'user', objectId: user.id },
      );
    });
    return { token, expiresAt, user };
  }

  /** The user behind a session token, or null when it is unknown, expired, revoked or deactivated. */
  async authenticate(token: string): Promise<AuthUser | null> {
    const tokenHash = hashSessionToken(token);
    // One statement per request: the session's user, if the session is current.
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .innerJoin(UserSession, 'session', 'session.clinicId = user.clinicId AND session.userId = user.id')
      .where('session.tokenHash = :tokenHash AND session.revokedAt IS NULL AND session.expiresAt > :now', { tokenHash, now: new Date() })
      .getOne();
    if (!user || !user.active) return null;
    return toAuthUser(user, tokenHash);
  }

  async logout(user: AuthUser): Promise<void> {
    await this.transactions.run(user.clinicId, async (manager) => {
      await manager.update(UserSession, { tokenHash: user.sessionTokenHash }, { revokedAt: new Date() });
      await this.audit.record(
        manager,
        { clinicId: user.clinicId, userId: user.userId, role: user.role },
        { action: 'logout', objectType: 'user', objectId: user.userId },
      );
    });
  }
}
