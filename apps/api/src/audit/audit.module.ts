import { type DynamicModule, Module } from '@nestjs/common';
import { AuditBrowser } from './audit-browser.service';
import { AUDIT_RETENTION, AuditRetention, type AuditRetentionOptions } from './audit-retention.service';
import { AuditResolver } from './audit.resolver';

/** Browsing and retention of the audit trail (AuditService, which writes it, is in DatabaseModule). */
@Module({})
export class AuditModule {
  static forRoot(retention: AuditRetentionOptions): DynamicModule {
    return {
      module: AuditModule,
      providers: [AuditBrowser, AuditResolver, AuditRetention, { provide: AUDIT_RETENTION, useValue: retention }],
      exports: [AuditRetention],
    };
  }
}
