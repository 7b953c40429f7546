import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_DATABASE_ROLE } from '../security/row-level-security';
import { dialectOfDriver } from './dialect';

/** PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back whole. */
const RETRYABLE_CODES = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 4;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  return RETRYABLE_CODES.has(String(code)) || RETRYABLE_CODES.has(String(driverError?.code));
}

interface OpenTransaction {
  clinicId: string | null;
  manager: EntityManager;
}

/**
 * Every piece of database work of a request runs here: in one transaction, with the clinic set
 * for PostgreSQL's row-level security (set_config(..., true) lasts until the transaction ends)
 * and, on PostgreSQL, as the application role (outcomes_app: owns no table, cannot bypass
 * row-level security), so a query that forgot its clinic filter still sees one clinic only.
 * SQLite has one writer and better-sqlite3 one connection, so its transactions are queued
 * rather than interleaved on that connection. Work started inside an open transaction joins it
 * instead of queueing behind it. A PostgreSQL transaction that lost a deadlock (two writes to one
 * episode refreshing its rollups at once) was rolled back whole, so it is run again, up to 4 times.
 */
@Injectable()
export class TenantTransactions {
  private readonly postgres: boolean;
  private readonly open = new AsyncLocalStorage<OpenTransaction>();
  private sqliteQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dialectOfDriver(dataSource.options.type) === 'postgres';
  }

  run<T>(clinicId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction(clinicId, work, 'app');
  }

  /** Work that belongs to no clinic yet (login looks the user up by email). */
  runUnscoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction(null, work, 'app');
  }

  /**
   * Maintenance of one clinic's rows that the application role may not do (purging expired
   * audit events: the audit trail is append-only for requests). Runs as the connection's own
   * role, still bounded to the clinic by row-level security. Never called from a request.
   */
  runMaintenance<T>(clinicId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction(clinicId, work, 'owner');
  }

  private transaction<T>(clinicId: string | null, work: (manager: EntityManager) => Promise<T>, role: 'app' | 'owner'): Promise<T> {
    const current = this.open.getStore();
    if (current && (current.clinicId === clinicId || clinicId === null)) return work(current.manager);
    if (current) throw new Error('A transaction for one clinic cannot open another clinic’s');

    const begin = (): Promise<T> =>
      this.dataSource.transaction(async (manager) => {
        if (this.postgres && role === 'app') {
          // One round trip: the role and the clinic, both local to this transaction.
          await manager.query(`SELECT set_config('role', $1, true), set_config('app.clinic_id', $2, true)`, [
            APP_DATABASE_ROLE,
            clinicId ?? '',
          ]);
        } else if (this.postgres) {
          await manager.query(`SELECT set_config('app.clinic_id', $1, true)`, [clinicId ?? '']);
        }
        return this.open.run({ clinicId, manager }, () => work(manager));
      });
    if (this.postgres) return this.withRetries(begin);
    // better-sqlite3 answers synchronously: without a turn of the event loop between queued
    // transactions, the queue would run as one chain of microtasks and starve request I/O.
    const next = this.sqliteQueue.then(yieldToEventLoop).then(begin);
    this.sqliteQueue = next.catch(() => undefined);
    return next;
  }

  private async withRetries<T>(begin: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await begin();
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  }
}
