import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '@outcomes/models';
import type { Request } from 'express';
import { AccessScope, type AuthUser } from '../common/access-scope';

export const ROLES_KEY = 'outcomes:roles';
export const PUBLIC_KEY = 'outcomes:public';

/** The roles allowed to call an operation. An operation without it is refused (deny by default). */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** An operation anyone may call, logged in or not (login itself). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

export function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}

/** The logged-in user; set by the AuthGuard. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = requestOf(context).user;
  if (!user) throw new Error('CurrentUser used on an operation the AuthGuard did not authenticate');
  return user;
});

/** The logged-in user's access scope: clinic, and caseload for therapists. */
export const Scope = createParamDecorator((_: unknown, context: ExecutionContext): AccessScope => {
  const user = requestOf(context).user;
  if (!user) throw new Error('Scope used on an operation the AuthGuard did not authenticate');
  return AccessScope.of(user);
});
