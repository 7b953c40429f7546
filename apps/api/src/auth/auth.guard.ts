import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@outcomes/models';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import { PUBLIC_KEY, requestOf, ROLES_KEY } from './auth.decorators';
import { AuthService, SESSION_COOKIE } from './auth.service';

/**
 * The global guard: deny by default. An operation runs only when it is marked @Public, or when a
 * valid session cookie is present and the operation's @Roles name the user's role.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = requestOf(context);
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0 && !request.user) {
      request.user = (await this.auth.authenticate(token)) ?? undefined;
    }
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    if (!request.user) throw new UnauthenticatedError();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles?.includes(request.user.role)) throw new ForbiddenError();
    return true;
  }
}
