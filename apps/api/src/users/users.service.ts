import { Injectable } from '@nestjs/common';
import { Role } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { hashPassword } from '../auth/auth.service';
import { UserSession } from '../auth/user-session.entity';
import type { AccessScope } from '../common/access-scope';
import { ConflictError, InvalidInputError, NotFoundError } from '../common/errors';
import { TenantTransactions } from '../database/tenant-transactions';
import type { CreateUserInput, UpdateUserInput } from './dto/user.inputs';
import { User } from './user.entity';

/** The clinic's logins, managed by its owners. */
@Injectable()
export class UsersService {
  constructor(
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {}

  list(scope: AccessScope): Promise<User[]> {
    return this.transactions.run(scope.clinicId, (manager) =>
      manager.find(User, { where: { clinicId: scope.clinicId }, order: { displayName: 'ASC' } }),
    );
  }

  async create(scope: AccessScope, input: CreateUserInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    const email = input.email.trim().toLowerCase();
    return this.transactions.run(scope.clinicId, async (manager) => {
      if (await manager.existsBy(User, { email })) {
        throw InvalidInputError.field('input.email', 'This email already has an account.');
      }
      const user = Object.assign(new User(), {
        clinicId: scope.clinicId,
        id: randomUUID(),
        email,
        displayName: input.displayName.trim(),
        role: input.role,
        passwordHash,
        active: true,
        createdAt: new Date(),
      });
      await manager.insert(User, user);
      await this.audit.record(manager, scope, {
        action: 'user.create',
        objectType: 'user',
        objectId: user.id,
        detail: { role: user.role },
      });
      return user;
    });
  }

  async update(scope: AccessScope, input: UpdateUserInput): Promise<User> {
    return this.transactions.run(scope.clinicId, async (manager) => {
      const user = await manager.findOneBy(User, { clinicId: scope.clinicId, id: input.id });
      if (!user) throw new NotFoundError('User', input.id);
      const losesOwnership =
        user.role === Role.OWNER && user.active && (input.active === false || (input.role !== undefined && input.role !== Role.OWNER));
      if (losesOwnership) {
        const activeOwners = await manager.countBy(User, { clinicId: scope.clinicId, role: Role.OWNER, active: true });
        if (activeOwners <= 1) throw new ConflictError('A clinic keeps at least one active owner.');
      }
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.role !== undefined) user.role = input.role;
      if (input.active !== undefined) user.active = input.active;
      await manager.update(User, { clinicId: scope.clinicId, id: user.id }, user);
      if (input.active === false || input.role !== undefined) {
        // A changed role or a deactivation takes effect now, not when the old session expires.
        await manager.update(UserSession, { clinicId: scope.clinicId, userId: user.id }, { revokedAt: new Date() });
      }
      await this.audit.record(manager, scope, {
        action: 'user.update',
        objectType: 'user',
        objectId: user.id,
        detail: { role: input.role ?? null, active: input.active ?? null },
      });
      return user;
    });
  }
}
