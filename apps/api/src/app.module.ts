import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { Logger } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuditModule } from './audit/audit.module';
import type { AuditRetentionOptions } from './audit/audit-retention.service';
import { AuditService } from './audit/audit.service';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { DomainErrorFilter } from './common/domain-error.filter';
import { inputValidationPipe } from './common/validation';
import { loadConfig } from './config';
import { type DatabaseTarget, dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { TenantTransactions } from './database/tenant-transactions';
import { EpisodesModule } from './episodes/episodes.module';
import { ExportsModule } from './exports/exports.module';
import { createGraphQLContext } from './graphql/graphql-context';
import { formatGraphQLError } from './graphql/format-error';
import './graphql/enums';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import type { LoggingOptions } from './logging/phi-redaction';
import { MedicationsModule } from './medications/medications.module';
import { OutcomeMeasuresModule } from './outcome-measures/outcome-measures.module';
import { PatientsModule } from './patients/patients.module';
import { RedFlagsModule } from './red-flags/red-flags.module';
import { ClientErrorFilter } from './security/client-error.filter';
import { fieldAccessPlugin, guardIdentifiableFields, IdentifiableReads } from './security/field-access';
import { graphqlLimits } from './security/graphql-limits';
import { InputTextPipe } from './security/input-text.pipe';
import { LoginOutcomeInterceptor, LoginThrottleGuard } from './security/login-throttle';
import { PolicyGuard } from './security/policy.guard';
import { SecurityModule } from './security/security.module';
import { SessionsModule } from './sessions/sessions.module';
import { UsersModule } from './users/users.module';

export interface AppOptions {
  database: DatabaseTarget;
  production: boolean;
  /** A TypeORM logger, e.g. one that counts statements in a test. */
  sqlLogger?: Logger;
  /** Log level and destination; from the environment (LOG_LEVEL) when absent. */
  logging?: LoggingOptions;
  /** Audit retention; AUDIT_RETENTION_YEARS (default 6), purged daily, when absent. */
  auditRetention?: AuditRetentionOptions;
  /** Login attempts per client address per minute; LOGIN_ATTEMPTS_PER_MINUTE when absent. */
  loginAttemptsPerMinute?: number;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const config = loadConfig();
    return {
      module: AppModule,
      imports: [
        LoggingModule.forRoot(options.logging ?? { level: config.logLevel }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.database, options.sqlLogger), migrationsRun: true }),
        DatabaseModule,
        SecurityModule.forRoot({
          production: options.production,
          loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? config.loginAttemptsPerMinute,
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule],
          inject: [TenantTransactions, AuthService, AuditService, IdentifiableReads],
          useFactory: (transactions: TenantTransactions, auth: AuthService, audit: AuditService, reads: IdentifiableReads) => {
            const limits = graphqlLimits(options.production);
            return {
              autoSchemaFile: true,
              sortSchema: true,
              resolvers: { LocalDate: LocalDateResolver },
              // The Playground and Sandbox load from a CDN this product must not depend on.
              playground: false,
              introspection: !options.production,
              includeStacktraceInErrorResponses: !options.production,
              // Apollo's defaults, stated: a request must prove it is not a simple cross-site form post.
              csrfPrevention: true,
              allowBatchedHttpRequests: false,
              validationRules: limits.validationRules,
              parseOptions: limits.parseOptions,
              // No cache hints are used: without the cache-control plugin, Apollo does not wrap every field's resolver.
              plugins: [...limits.plugins, fieldAccessPlugin({ auth, transactions, audit, reads }), ApolloServerPluginCacheControlDisabled()],
              transformSchema: (schema) => guardIdentifiableFields(schema, reads),
              formatError: formatGraphQLError,
              context: ({ req, res }: { req: Request; res: Response }) => createGraphQLContext(transactions, { req, res }),
            };
          },
        }),
        HealthModule,
        AuditModule.forRoot(options.auditRetention ?? { years: config.auditRetentionYears, scheduled: true }),
        AuthModule,
        UsersModule,
        PatientsModule,
        EpisodesModule,
        SessionsModule,
        MedicationsModule,
        OutcomeMeasuresModule,
        RedFlagsModule,
        AnalyticsModule,
        ExportsModule,
      ],
      providers: [
        // Global guards run in this order: login throttle, authentication (@Roles), access policy.
        { provide: APP_GUARD, useExisting: LoginThrottleGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useExisting: PolicyGuard },
        { provide: APP_INTERCEPTOR, useExisting: LoginOutcomeInterceptor },
        // The last filter registered is tried first: client errors of the HTTP layer, then domain errors.
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_FILTER, useClass: ClientErrorFilter },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
        { provide: APP_PIPE, useClass: InputTextPipe },
      ],
    };
  }
}
