import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clinic } from '../clinics/clinic.entity';
import { dialectOfDriver } from '../database/dialect';
import { queryRows } from '../database/sql';
import { TenantTransactions } from '../database/tenant-transactions';
import { compactCohortCube, takeDirtyClinics } from './cohort-cube';
import { refreshEpisodeRollups } from './episode-rollups';

/** How often the clinics written to since the last pass have their deltas folded in. */
const COMPACT_INTERVAL_MS = 1000;
/** How often every clinic is looked at (deltas another API process appended). */
const SWEEP_INTERVAL_MS = 30_000;

/**
 * Keeps the cohort cube small to read: folds each clinic's deltas into cohort_stat shortly
 * after its writes, and every clinic's now and then (another process may have written). At
 * start, before the API serves, builds the cube of every clinic still pending (those that existed
 * before the cube did). Figures are exact either way: readers add the deltas not yet folded.
 */
@Injectable()
export class CohortCubeMaintenance implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CohortCube');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private lastSweep = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.buildPending();
    this.timer = setInterval(() => {
      const sweep = Date.now() - this.lastSweep >= SWEEP_INTERVAL_MS;
      if (sweep) this.lastSweep = Date.now();
      this.running = this.running
        .then(() => (sweep ? this.compactAll() : this.compact(takeDirtyClinics())))
        .catch((error: unknown) => this.logger.error(`Cohort cube compaction failed: ${error instanceof Error ? error.message : String(error)}`));
    }, COMPACT_INTERVAL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Folds every clinic's deltas into its cube; returns how many deltas were folded. */
  async compactAll(): Promise<number> {
    takeDirtyClinics();
    return this.compact(await this.clinicIds());
  }

  private async compact(clinicIds: readonly string[]): Promise<number> {
    let folded = 0;
    for (const clinicId of clinicIds) {
      folded += await this.transactions.run(clinicId, (manager) => compactCohortCube(manager, clinicId));
    }
    return folded;
  }

  /** Rebuilds the rollups and cube of every clinic still pending, each in its own transaction. */
  async buildPending(): Promise<void> {
    for (const clinicId of await this.clinicIds()) {
      const started = Date.now();
      const built = await this.transactions.run(clinicId, async (manager) => {
        const pending = await queryRows(manager, 'SELECT clinic_id FROM cohort_cube_pending WHERE clinic_id = :clinicId', { clinicId });
        if (pending.length === 0) return false;
        if (dialectOfDriver(manager.connection.options.type) === 'postgres') {
          // Writers to this clinic's episodes wait until its rollups and cube are rebuilt.
          await queryRows(manager, 'SELECT id FROM episode WHERE clinic_id = :clinicId FOR NO KEY UPDATE', { clinicId });
        }
        await refreshEpisodeRollups(manager, { clinicId });
        return true;
      });
      if (built) this.logger.log(`Built the cohort cube of clinic ${clinicId} in ${Date.now() - started} ms.`);
    }
  }

  private async clinicIds(): Promise<string[]> {
    const clinics = await this.dataSource.getRepository(Clinic).find({ select: { id: true }, order: { id: 'ASC' } });
    return clinics.map((clinic) => clinic.id);
  }
}
