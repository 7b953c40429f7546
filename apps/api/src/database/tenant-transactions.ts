import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, type EntityManager } from 'typeorm';
import { dialectOfDriver } from './dialect';

interface OpenTransaction {
  clinicId: string | null;
  manager: EntityManager;
}

/**
 * Every piece of database work of a request runs here: in one transaction, with the clinic set
 * for PostgreSQL's row-level security (set_config(..., true) lasts until the transaction ends).
 * SQLite has one writer and better-sqlite3 one connection, so its transactions are queued
 * rather than interleaved on that connection. Work started inside an open transaction joins it
 * instead of queueing behind it.
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
    return this.transaction(clinicId, work);
  }

  /** Work that belongs to no clinic yet (login looks the user up by email). */
  runUnscoped<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transaction(null, work);
  }

  private transaction<T>(clinicId: string | null, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const current = this.open.getStore();
    if (current && (current.clinicId === clinicId || clinicId === null)) return work(current.manager);
    if (current) throw new Error('A transaction for one clinic cannot open another clinic’s');

    const begin = (): Promise<T> =>
      this.dataSource.transaction(async (manager) => {
        if (this.postgres && clinicId) {
          await manager.query(`SELECT set_config('app.clinic_id', $1, true)`, [clinicId]);
        }
        return this.open.run({ clinicId, manager }, () => work(manager));
      });
    if (this.postgres) return begin();
    const next = this.sqliteQueue.then(begin);
    this.sqliteQueue = next.catch(() => undefined);
    return next;
  }
}
