import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import type { CookieOptions } from 'express';
import type { AuthUser } from '../common/access-scope';
import { loadConfig } from '../config';
import type { GraphQLContext } from '../graphql/graphql-context';
import { LoginInput } from '../users/dto/user.inputs';
import { User } from '../users/user.entity';
import { CurrentUser, Public, Roles } from './auth.decorators';
import { AuthService, hashSessionToken, SESSION_COOKIE, toAuthUser } from './auth.service';

function cookieOptions(): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: loadConfig().production, path: '/' };
}

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => User, { description: 'Logs in; the session travels in an httpOnly cookie.' })
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<User> {
    const { token, expiresAt, user } = await this.auth.login(input.email, input.password);
    context.res.cookie(SESSION_COOKIE, token, { ...cookieOptions(), expires: expiresAt });
    // The answer is read by the user who just logged in, not by whoever the old cookie named.
    context.req.user = toAuthUser(user, hashSessionToken(token));
    return user;
  }

  @Roles(Role.OWNER, Role.THERAPIST, Role.RESEARCHER)
  @Mutation(() => Boolean, { description: 'Ends the session: the cookie stops working at once.' })
  async logout(@CurrentUser() user: AuthUser, @Context() context: GraphQLContext): Promise<boolean> {
    await this.auth.logout(user);
    context.res.clearCookie(SESSION_COOKIE, cookieOptions());
    return true;
  }
}
