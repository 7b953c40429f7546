import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { Logger } from 'typeorm';
import { LocalDateResolver } from 'graphql-scalars';
import { AnalyticsModule } from './analytics/analytics.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { DomainErrorFilter } from './common/domain-error.filter';
import { inputValidationPipe } from './common/validation';
import { type DatabaseTarget, dataSourceOptions } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { TenantTransactions } from './database/tenant-transactions';
import { EpisodesModule } from './episodes/episodes.module';
import { ExportsModule } from './exports/exports.module';
import { createGraphQLContext } from './graphql/graphql-context';
import { formatGraphQLError } from './graphql/format-error';
import './graphql/enums';
import { MedicationsModule } from './medications/medications.module';
import { OutcomeMeasuresModule } from './outcome-measures/outcome-measures.module';
import { PatientsModule } from './patients/patients.module';
import { RedFlagsModule } from './red-flags/red-flags.module';
import { SessionsModule } from './sessions/sessions.module';
import { UsersModule } from './users/users.module';

export interface AppOptions {
  database: DatabaseTarget;
  production: boolean;
  /** A TypeORM logger, e.g. one that counts statements in a test. */
  sqlLogger?: Logger;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(options.database, options.sqlLogger), migrationsRun: true }),
        DatabaseModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [TenantTransactions],
          useFactory: (transactions: TenantTransactions) => ({
            autoSchemaFile: true,
            sortSchema: true,
            resolvers: { LocalDate: LocalDateResolver },
            // The Playground and Sandbox load from a CDN this product must not depend on.
            playground: false,
            introspection: !options.production,
            includeStacktraceInErrorResponses: !options.production,
            formatError: formatGraphQLError,
            context: ({ req, res }: { req: Request; res: Response }) => createGraphQLContext(transactions, { req, res }),
          }),
        }),
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
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_PIPE, useFactory: inputValidationPipe },
      ],
    };
  }
}
