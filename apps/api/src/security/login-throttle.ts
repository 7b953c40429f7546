import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import {
  getOptionsToken,
  getStorageToken,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import type { Observable } from 'rxjs';
import { tap } from 'rxjs/operators';
import { UnauthenticatedError } from '../common/errors';
import { operationKeyOf } from './operation-key';

export const LOGIN_OPERATION = 'Mutation.login';
export const LOGIN_THROTTLER = 'login';

/** After this many consecutive failures for one email, each further failure doubles the wait. */
export const FREE_LOGIN_FAILURES = 3;
export const MAX_LOGIN_BACKOFF_MS = 15 * 60_000;
/** Failures older than this are forgotten. */
const FAILURE_MEMORY_MS = 15 * 60_000;

function tooManyAttempts(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many login attempts. Try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** The email a login names, normalized as the login does; hashed, so memory holds no address. */
function loginKeyOf(context: ExecutionContext): string | null {
  const args = GqlExecutionContext.create(context).getArgs<{ input?: { email?: unknown } }>();
  const email = args.input?.email;
  if (typeof email !== 'string') return null;
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

/**
 * Exponential backoff per account: the first FREE_LOGIN_FAILURES failures cost nothing; after
 * the n-th consecutive one, the account cannot be tried again for 2^(n - FREE) seconds (1, 2, 4…,
 * at most 15 minutes). A success clears it. In memory: one API process.
 */
@Injectable()
export class LoginBackoff {
  private readonly failures = new Map<string, { count: number; lastAt: number; lockedUntil: number }>();

  /** Milliseconds until this account may be tried again (0: now). */
  waitFor(key: string, now = Date.now()): number {
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (now - entry.lastAt > FAILURE_MEMORY_MS && now >= entry.lockedUntil) {
      this.failures.delete(key);
      return 0;
    }
    return Math.max(0, entry.lockedUntil - now);
  }

  failed(key: string, now = Date.now()): void {
    const previous = this.failures.get(key);
    const count = previous && now - previous.lastAt <= FAILURE_MEMORY_MS ? previous.count + 1 : 1;
    const lockMs = count >= FREE_LOGIN_FAILURES ? Math.min(MAX_LOGIN_BACKOFF_MS, 1000 * 2 ** (count - FREE_LOGIN_FAILURES)) : 0;
    this.failures.set(key, { count, lastAt: now, lockedUntil: now + lockMs });
    if (this.failures.size > 100_000) this.forgetOldest();
  }

  succeeded(key: string): void {
    this.failures.delete(key);
  }

  private forgetOldest(): void {
    const oldest = [...this.failures.entries()].sort((a, b) => a[1].lastAt - b[1].lastAt).slice(0, 10_000);
    for (const [key] of oldest) this.failures.delete(key);
  }
}

/**
 * Throttles the login mutation (and nothing else): @nestjs/throttler limits attempts per client
 * address; LoginBackoff slows guessing at one account from many addresses. Refusals are GraphQL
 * errors with code TOO_MANY_REQUESTS, HTTP 429 and Retry-After.
 */
@Injectable()
export class LoginThrottleGuard extends ThrottlerGuard {
  constructor(
    @Inject(getOptionsToken()) options: ThrottlerModuleOptions,
    @Inject(getStorageToken()) storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly backoff: LoginBackoff,
  ) {
    super(options, storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType<string>() !== 'graphql' || operationKeyOf(context) !== LOGIN_OPERATION;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (await this.shouldSkip(context)) return true;
    const key = loginKeyOf(context);
    const wait = key ? this.backoff.waitFor(key) : 0;
    if (wait > 0) throw tooManyAttempts(Math.ceil(wait / 1000));
    return super.canActivate(context);
  }

  protected override getRequestResponse(context: ExecutionContext): { req: Record<string, unknown>; res: Record<string, unknown> } {
    const { req, res } = GqlExecutionContext.create(context).getContext<{ req: Request; res: Response }>();
    return { req: req as unknown as Record<string, unknown>, res: res as unknown as Record<string, unknown> };
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw tooManyAttempts(Math.max(1, detail.timeToBlockExpire));
  }
}

/** Tells LoginBackoff how each login ended. */
@Injectable()
export class LoginOutcomeInterceptor implements NestInterceptor {
  constructor(private readonly backoff: LoginBackoff) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql' || operationKeyOf(context) !== LOGIN_OPERATION) return next.handle();
    const key = loginKeyOf(context);
    if (!key) return next.handle();
    return next.handle().pipe(
      tap({
        next: () => this.backoff.succeeded(key),
        error: (error: unknown) => {
          if (error instanceof UnauthenticatedError) this.backoff.failed(key);
        },
      }),
    );
  }
}
