import { type DynamicModule, Inject, type MiddlewareConsumer, Module, type NestModule, RequestMethod } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { IdentifiableReads } from './field-access';
import { securityHeaders } from './http-hardening';
import { LOGIN_THROTTLER, LoginBackoff, LoginOutcomeInterceptor, LoginThrottleGuard } from './login-throttle';
import { PolicyGuard } from './policy.guard';

export interface SecurityOptions {
  production: boolean;
  loginAttemptsPerMinute: number;
}

const SECURITY_OPTIONS = Symbol('SECURITY_OPTIONS');

/**
 * The guards, limits and headers of the API. The guards themselves are registered as global
 * guards by the AppModule, in order: login throttle, authentication, access policy.
 */
@Module({})
export class SecurityModule implements NestModule {
  constructor(@Inject(SECURITY_OPTIONS) private readonly options: SecurityOptions) {}

  static forRoot(options: SecurityOptions): DynamicModule {
    return {
      module: SecurityModule,
      global: true,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [{ name: LOGIN_THROTTLER, ttl: 60_000, limit: options.loginAttemptsPerMinute, blockDuration: 60_000 }],
        }),
      ],
      providers: [
        { provide: SECURITY_OPTIONS, useValue: options },
        LoginBackoff,
        LoginThrottleGuard,
        LoginOutcomeInterceptor,
        PolicyGuard,
        IdentifiableReads,
      ],
      exports: [LoginBackoff, LoginThrottleGuard, LoginOutcomeInterceptor, PolicyGuard, IdentifiableReads, ThrottlerModule],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(securityHeaders(this.options.production)).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
