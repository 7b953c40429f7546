import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { requestOf } from '../auth/auth.decorators';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import { isAllowed, policyFor } from './access-policy';
import { operationKeyOf } from './operation-key';

/**
 * Enforces ACCESS_POLICY, the one table of who may call what. Runs after the AuthGuard (which
 * authenticates and checks the resolver's @Roles): an operation must pass both, and one missing
 * from the table is refused whatever its decorators say.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger('AccessPolicy');

  canActivate(context: ExecutionContext): boolean {
    const key = operationKeyOf(context);
    const policy = policyFor(key);
    if (!policy) {
      this.logger.error(`No access policy for ${key}: refused. Add it to ACCESS_POLICY.`);
      throw new ForbiddenError();
    }
    if (policy.public) return true;
    const user = requestOf(context).user;
    if (!user) throw new UnauthenticatedError();
    if (!isAllowed(policy, user.role)) throw new ForbiddenError();
    return true;
  }
}
