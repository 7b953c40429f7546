import { Global, Module } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { TenantTransactions } from './tenant-transactions';

/** What every feature needs: tenant-scoped transactions and the audit trail. */
@Global()
@Module({ providers: [TenantTransactions, AuditService], exports: [TenantTransactions, AuditService] })
export class DatabaseModule {}
