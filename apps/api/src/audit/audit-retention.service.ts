import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { TenantTransactions } from '../database/tenant-transactions';
import { AuditEvent, NO_CLINIC_ID } from './audit-event.entity';
import { AuditService } from './audit.service';

export const AUDIT_RETENTION = Symbol('AUDIT_RETENTION');

export interface AuditRetentionOptions {
  /** Events older than this are purged (AUDIT_RETENTION_YEARS, default 6). */
  years: number;
  /** Purge once at start and then daily; off where a caller purges by hand (tests, tools). */
  scheduled: boolean;
}

const DAY_MS = 24 * 3600_000;

/** The instant before which audit events are purged: `years` calendar years (to the month) before now. */
export function retentionCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - Math.round(years * 12));
  return cutoff;
}

/**
 * Keeps the audit trail for the configured retention and no longer. Each clinic's expired events
 * are deleted in that clinic's own transaction, with an `audit.purge` event saying how many.
 */
@Injectable()
export class AuditRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditRetention');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
    @Inject(AUDIT_RETENTION) private readonly options: AuditRetentionOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.options.scheduled) return;
    const purgeInBackground = (): void => {
      this.running = this.purge().catch((error: unknown) => {
        this.logger.error(`Audit purge failed: ${error instanceof Error ? error.message : String(error)}`);
        return 0;
      });
    };
    this.timer = setInterval(purgeInBackground, DAY_MS);
    this.timer.unref();
    setImmediate(purgeInBackground);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  get retentionYears(): number {
    return this.options.years;
  }

  /** Deletes every clinic's events older than the retention; returns how many. */
  async purge(now: Date = new Date()): Promise<number> {
    const cutoff = retentionCutoff(now, this.options.years);
    const clinics = await this.dataSource.getRepository(Clinic).find({ select: { id: true } });
    let deleted = 0;
    for (const clinicId of [...clinics.map((clinic) => clinic.id), NO_CLINIC_ID]) {
      deleted += await this.transactions.runMaintenance(clinicId, async (manager) => {
        const result = await manager
          .createQueryBuilder()
          .delete()
          .from(AuditEvent)
          .where('clinic_id = :clinicId AND occurred_at < :cutoff', { clinicId, cutoff })
          .execute();
        const count = result.affected ?? 0;
        if (count > 0) {
          await this.audit.record(
            manager,
            { clinicId, userId: null, role: null },
            { action: 'audit.purge', objectType: 'audit_event', detail: { deleted: count, before: cutoff.toISOString(), retentionYears: this.options.years } },
          );
        }
        return count;
      });
    }
    if (deleted > 0) this.logger.log(`Purged ${deleted} audit event(s) older than ${cutoff.toISOString()}.`);
    return deleted;
  }
}
