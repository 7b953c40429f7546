import { Injectable } from '@nestjs/common';
import { DEFAULT_K_ANONYMITY, Role } from '@outcomes/models';
import { randomUUID } from 'node:crypto';
import { type Readable, Transform, type Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { AnalyticsFilter } from '../analytics/dto/analytics-filter.input';
import type { AuditDetail } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { AccessScope } from '../common/access-scope';
import { type FieldProblem, InvalidInputError, NotFoundError } from '../common/errors';
import { dialectOfDriver } from '../database/dialect';
import { queryRows, toNumber } from '../database/sql';
import { TenantTransactions } from '../database/tenant-transactions';
import { FILE_NAMES } from './codebook';
import { K_MAX, K_MIN } from './dto/export-request.input';
import { RecordBlocks } from './csv-encoder';
import { FILE_COLUMNS, QUASI_IDENTIFIERS } from './export-columns';
import { ExportFile, type ExportFilterRecord, type ExportManifest } from './export-manifest';
import { type PlanCounts, writeReleasePlan } from './export-plan';
import { fileQuery } from './export-queries';
import { ExportEpisode, ExportRun } from './export-run.entity';
import { type ExportDialect, exportDialect, type JoinStrategy, type RowShape } from './export-sql';
import { type BoundQuery, CopyBinaryRecords, postgresCopy, sqliteRows } from './row-source';

/** How long an export's files can be downloaded; then its study-id mapping is deleted. */
export const EXPORT_LIFETIME_HOURS = 24;

/**
 * PostgreSQL's working memory for an export's sorts and hashes (SET LOCAL: this transaction
 * only). The database server's memory, not the API process's. The sessions file of the
 * 1.2M-session clinic (182,256 blocks) is sorted one of two ways, by the planner's estimate of the
 * new export's plan rows (its id is never in export_episode's statistics, and the application
 * role may not ANALYZE). With an estimate of one row, as after the table was analyzed nearly
 * empty, the leader sorts the whole file alone: about 200 MB, which at 128MB spilled 189 MB to
 * disk, and COPY of the file took 1.09-1.13 s against 0.83-0.93 s in memory at 256MB (psql, as
 * the API runs it, alternating, four runs each). With a larger estimate each of the three
 * processes sorts its third (about 66 MB). A larger export spills again, and is only slower for it.
 */
const EXPORT_WORK_MEM = '256MB';

/**
 * From this share of the clinic's rows on, a file is read with the 'set' strategy (aggregates over
 * the clinic, hash joins) instead of 'per-row' lookups; PostgreSQL only (see JoinStrategy).
 */
const SET_STRATEGY_SHARE = 0.25;

/** Who exports: a user of the clinic (HTTP) or someone with database access (the tools/export command). */
export interface ExportActor {
  clinicId: string;
  /** Null for the command line. */
  userId: string | null;
  role: Role | null;
  via: 'http' | 'cli';
}

export interface ExportWriteResult {
  rows: number;
}

export interface ExportWriteOptions {
  /** Called as rows are written (every few hundred), for a progress bar. */
  onRows?(rows: number): void;
}

/** Filters and lists normalized: sorted, without duplicates, never undefined. */
export function toFilterRecord(filter: AnalyticsFilter | null | undefined): ExportFilterRecord {
  const list = <T extends string>(values: readonly T[] | null | undefined): T[] => [...new Set(values ?? [])].sort();
  return {
    startedFrom: filter?.startedFrom ?? null,
    startedTo: filter?.startedTo ?? null,
    conditions: list(filter?.conditions),
    causes: list(filter?.causes),
    frequencies: list(filter?.frequencies),
    techniques: list(filter?.techniques),
    therapistIds: list(filter?.therapistIds),
    statuses: list(filter?.statuses),
  };
}

/**
 * The rules an export request must meet beyond the analytics filter's own: whole start years
 * (a finer date range would, with the day offsets, give away calendar dates) and k within bounds.
 * Checked here, for the HTTP routes and the command line alike (the DTO checks types only).
 */
export function exportRequestProblems(filter: ExportFilterRecord, k: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (filter.startedFrom !== null && !/^\d{4}-01-01$/.test(filter.startedFrom)) {
    problems.push({ field: 'input.startedFrom', message: 'Exports select whole start years: startedFrom must be a 1 January (YYYY-01-01).' });
  }
  if (filter.startedTo !== null && !/^\d{4}-12-31$/.test(filter.startedTo)) {
    problems.push({ field: 'input.startedTo', message: 'Exports select whole start years: startedTo must be a 31 December (YYYY-12-31).' });
  }
  if (!Number.isInteger(k) || k < K_MIN || k > K_MAX) {
    problems.push({ field: 'input.k', message: `k is a whole number from ${K_MIN} to ${K_MAX}.` });
  }
  return problems;
}

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

/**
 * Research exports: de-identified CSV files of a clinic's sessions and episodes. An export is a
 * run kept in the clinic's database (export_run, and export_episode for its release plan and
 * study ids), so its two files share study ids; each file is streamed from the database to the
 * destination with backpressure and never held whole in memory. The HTTP routes and the
 * tools/export command both go through here.
 */
@Injectable()
export class ExportsService {
  private readonly dialect: ExportDialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TenantTransactions,
    private readonly audit: AuditService,
  ) {
    this.dialect = exportDialect(dialectOfDriver(dataSource.options.type));
  }

  /**
   * Makes an export: the release plan (k-anonymity, random study ids) and the manifest, in one
   * transaction with its audit event. Expired exports of the clinic lose their mapping here.
   */
  async create(actor: ExportActor, filter: AnalyticsFilter | null | undefined, k: number = DEFAULT_K_ANONYMITY): Promise<ExportRun> {
    const record = toFilterRecord(filter);
    const problems = exportRequestProblems(record, k);
    if (problems.length > 0) throw new InvalidInputError(problems);

    return this.transactions.run(actor.clinicId, async (manager) => {
      const now = new Date();
      await this.purgeExpired(manager, actor.clinicId, now);
      await this.tuneSession(manager);
      const id = randomUUID();
      const counts = await writeReleasePlan(manager, this.dialect, this.scopeOf(actor), record, id, k);
      const expiresAt = new Date(now.getTime() + EXPORT_LIFETIME_HOURS * 3600 * 1000);
      const run: ExportRun = Object.assign(new ExportRun(), {
        clinicId: actor.clinicId,
        id,
        createdById: actor.userId,
        createdAt: now,
        expiresAt,
        k,
        filter: record,
        manifest: buildManifest(id, now, expiresAt, k, record, counts),
      });
      await manager.insert(ExportRun, run);
      await this.audit.record(manager, actor, {
        action: 'export.create',
        objectType: 'export_run',
        objectId: id,
        detail: {
          via: actor.via,
          filter: filterDetail(record),
          k,
          episodes: counts.episodesSelected - counts.episodesSuppressed,
          sessions: counts.sessionsSelected - counts.sessionsSuppressed,
          rowsSuppressed: run.manifest.rowsSuppressed,
          episodesWithoutStartYear: counts.episodesWithoutStartYear,
        },
      });
      return run;
    });
  }

  /**
   * An export of the actor's clinic. Over HTTP only the user who made it may use it; an export
   * made on the command line is not reachable over HTTP. Anything else does not exist for them.
   */
  async find(actor: ExportActor, exportId: string): Promise<ExportRun> {
    const run = await this.transactions.run(actor.clinicId, (manager) =>
      manager.findOneBy(ExportRun, { clinicId: actor.clinicId, id: exportId }),
    );
    if (!run || (actor.via === 'http' && run.createdById !== actor.userId)) throw new NotFoundError('Export', exportId);
    return run;
  }

  /**
   * The manifest of an export of the actor's clinic, whoever made it (HTTP or command line) and
   * expired or not: counts, filter (without therapist ids) and k, no identity. Another clinic's
   * export does not exist for the actor. Reading it is access to the export, so it is audited
   * like a download (export.manifest), in the same transaction as the read.
   */
  async manifest(actor: ExportActor, exportId: string): Promise<ExportManifest> {
    return this.transactions.run(actor.clinicId, async (manager) => {
      const run = await manager.findOne(ExportRun, {
        select: { clinicId: true, id: true, k: true, manifest: true },
        where: { clinicId: actor.clinicId, id: exportId },
      });
      if (!run) throw new NotFoundError('Export', exportId);
      await this.audit.record(manager, actor, {
        action: 'export.manifest',
        objectType: 'export_run',
        objectId: run.id,
        detail: { via: actor.via, k: run.k },
      });
      return run.manifest;
    });
  }

  /** Refuses a file of an expired export: its study-id mapping is gone. */
  assertDownloadable(run: ExportRun, now: Date = new Date()): void {
    if (run.expiresAt.getTime() <= now.getTime()) {
      throw new NotFoundError('Export', `${run.id} (expired: make a new export)`);
    }
  }

  /**
   * Streams one file of an export as CSV into `destination`, with backpressure from the
   * destination back to the database (PostgreSQL's COPY, SQLite's statement iterator), and ends
   * `destination` only after the audit event
   * is written: a download that looks complete to its receiver has its event. The event is
   * written when the rows are through, in a transaction of its own (the stream's own is a read
   * that may last minutes), and for a download cut short too: completed or not, and how many
   * rows went out.
   */
  async write(
    actor: ExportActor,
    run: ExportRun,
    file: ExportFile,
    destination: Writable,
    options: ExportWriteOptions = {},
  ): Promise<ExportWriteResult> {
    this.assertDownloadable(run);
    // The header, then the records as the database formatted them; counts the rows.
    const header = FILE_COLUMNS[file].map((column) => column.name);
    const writer = this.dialect.dialect === 'postgres' ? new CopyBinaryRecords(header) : new RecordBlocks(header);
    const stages: Transform[] = [writer];
    if (options.onRows) {
      const onRows = options.onRows;
      stages.push(
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            onRows(writer.rows);
            callback(null, chunk);
          },
        }),
      );
    }
    const pump = (source: Readable): Promise<void> => pipeline([source, ...stages, destination], { end: false });
    let failure: unknown = null;
    try {
      if (this.dialect.dialect === 'postgres') {
        await this.transactions.run(actor.clinicId, async (manager) => {
          const strategy = await this.joinStrategyFor(manager, run, file);
          await this.tuneSession(manager, strategy);
          const copy = await postgresCopy(manager, this.boundQuery(file, strategy, run), (pid) => this.cancelBackend(pid));
          try {
            await pump(copy.rows);
          } catch (error) {
            await copy.abort();
            throw error;
          }
        });
      } else {
        await pump(sqliteRows(this.dataSource, this.boundQuery(file, 'per-row', run)));
      }
    } catch (error) {
      failure = error;
    }
    await this.transactions.run(actor.clinicId, (manager) =>
      this.audit.record(manager, actor, {
        action: `export.${file}`,
        objectType: 'export_run',
        objectId: run.id,
        detail: {
          via: actor.via,
          filter: filterDetail(run.filter),
          k: run.k,
          rows: writer.rows,
          rowsSuppressed: file === ExportFile.SESSIONS ? run.manifest.sessions.suppressed : run.manifest.episodes.suppressed,
          episodesWithoutStartYear: run.manifest.episodes.releasedWithoutStartYear,
          completed: failure === null,
        },
      }),
    );
    if (failure !== null) throw failure;
    await finished(destination.end());
    return { rows: writer.rows };
  }

  /**
   * Cancels the statement a PostgreSQL backend is running (an export's COPY, on a download cut
   * short), from a connection of its own: the pool may be busy, and the aborting export still
   * holds one of its connections until the cancel lands.
   */
  private async cancelBackend(pid: number): Promise<void> {
    const client = new Client({ connectionString: (this.dataSource.options as PostgresConnectionOptions).url });
    await client.connect();
    try {
      await client.query('SELECT pg_cancel_backend($1)', [pid]);
    } finally {
      await client.end();
    }
  }

  /** The SQL of one file of a run, in the engine's placeholders (the measure tool times COPY of the same). */
  boundQuery(file: ExportFile, strategy: JoinStrategy, run: ExportRun, shape?: RowShape): BoundQuery {
    const query = fileQuery(file, { dialect: this.dialect, strategy }, run.clinicId, run.id, shape);
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(query.sql, query.parameters, {});
    return { sql, values };
  }

  /**
   * 'set' when the file's rows are a large share of the clinic's (PostgreSQL), else 'per-row'.
   * Sessions are compared with the clinic's sessions, episodes with its episodes.
   */
  async joinStrategyFor(manager: EntityManager, run: ExportRun, file: ExportFile): Promise<JoinStrategy> {
    if (this.dialect.dialect !== 'postgres') return 'per-row';
    const [clinic] = await queryRows<{ sessions: string | number | null; episodes: string | number | null }>(
      manager,
      'SELECT SUM(o.session_count) AS sessions, COUNT(*) AS episodes FROM episode_outcome o WHERE o.clinic_id = :clinicId',
      { clinicId: run.clinicId },
    );
    const total = toNumber((file === ExportFile.SESSIONS ? clinic?.sessions : clinic?.episodes) ?? 0);
    return run.manifest.files[file].rows >= SET_STRATEGY_SHARE * total ? 'set' : 'per-row';
  }

  /**
   * PostgreSQL settings of an export's transaction (local to it; the measure tool applies the
   * same to COPY):
   * - work_mem for the sorts and hashes of a whole clinic (EXPORT_WORK_MEM; the database server's memory);
   * - no JIT: these statements run once, and compiling them cost seconds before the first row
   *   (measured on the 1.2M-session clinic: the plan's first scan started 4-11 s late with it);
   * - a large export ('set') without nested loops: export_episode has no statistics yet when a
   *   new export is streamed right after it is made (and the application role may not ANALYZE),
   *   so the planner takes its rows for a handful and would walk the sessions index once per
   *   episode instead of hashing;
   * - a large export ('set') with parallel_tuple_cost 0: the file's rows are joined, sorted and
   *   their records built in parallel workers and merged by the leader, which the planner prices
   *   by the row (0.1 each by default, 120,000 for 1.2M rows) above a single process that sorts
   *   all of them. Once export_episode had statistics it chose that single process, whose sort
   *   spilled to disk: COPY of the 1.2M-session file took 3.0-3.5 s against 2.2-2.4 s in parallel
   *   (psql, same hour; one record per session then, at work_mem 128MB).
   */
  async tuneSession(manager: EntityManager, strategy: JoinStrategy = 'per-row'): Promise<void> {
    if (this.dialect.dialect !== 'postgres') return;
    // set_config(..., true) is SET LOCAL; one round trip for all four.
    await manager.query(
      `SELECT set_config('work_mem', $1, true), set_config('jit', 'off', true), set_config('enable_nestloop', $2, true),
        set_config('parallel_tuple_cost', COALESCE($3, current_setting('parallel_tuple_cost')), true)`,
      [EXPORT_WORK_MEM, strategy === 'set' ? 'off' : 'on', strategy === 'set' ? '0' : null],
    );
  }

  /** Expired exports keep their run (manifest, for the record) and lose their study-id mapping. */
  private async purgeExpired(manager: EntityManager, clinicId: string, now: Date): Promise<void> {
    const expired = await manager
      .getRepository(ExportRun)
      .createQueryBuilder('run')
      .select('run.id', 'id')
      .where('run.clinicId = :clinicId AND run.expiresAt <= :now', { clinicId, now })
      .getRawMany<{ id: string }>();
    if (expired.length === 0) return;
    await manager
      .createQueryBuilder()
      .delete()
      .from(ExportEpisode)
      .where('clinicId = :clinicId AND exportId IN (:...ids)', { clinicId, ids: expired.map((run) => run.id) })
      .execute();
  }

  /** Exports cover the whole clinic for owners and researchers; the scope still says whose request it is. */
  private scopeOf(actor: ExportActor): AccessScope {
    return new AccessScope(actor.clinicId, actor.userId ?? '', actor.role ?? Role.OWNER);
  }
}

/** The filter as an audit detail: the request as given, ids of therapists included (no patient's data). */
function filterDetail(filter: ExportFilterRecord): AuditDetail {
  return {
    startedFrom: filter.startedFrom,
    startedTo: filter.startedTo,
    conditions: filter.conditions,
    causes: filter.causes,
    frequencies: filter.frequencies,
    techniques: filter.techniques,
    therapistIds: filter.therapistIds,
    statuses: filter.statuses,
  };
}

export function buildManifest(
  id: string,
  createdAt: Date,
  expiresAt: Date,
  k: number,
  filter: ExportFilterRecord,
  counts: PlanCounts,
): ExportManifest {
  const sessionRows = counts.sessionsSelected - counts.sessionsSuppressed;
  const episodeRows = counts.episodesSelected - counts.episodesSuppressed;
  const names = (file: ExportFile): string[] => FILE_COLUMNS[file].map((column) => column.name);
  return {
    format: 'outcomes-research-export',
    formatVersion: 1,
    exportId: id,
    createdAt: createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
    k,
    filter: {
      startYearFrom: yearOf(filter.startedFrom),
      startYearTo: yearOf(filter.startedTo),
      conditions: filter.conditions,
      causes: filter.causes,
      frequencies: filter.frequencies,
      techniques: filter.techniques,
      therapistsSelected: filter.therapistIds.length,
      statuses: filter.statuses,
    },
    quasiIdentifiers: [...QUASI_IDENTIFIERS],
    episodes: {
      selected: counts.episodesSelected,
      releasedFull: counts.episodesFull,
      releasedWithoutStartYear: counts.episodesWithoutStartYear,
      suppressed: counts.episodesSuppressed,
    },
    sessions: { selected: counts.sessionsSelected, suppressed: counts.sessionsSuppressed },
    patients: { released: counts.patientsReleased, suppressed: counts.patientsSuppressed },
    therapists: { withStudyId: counts.therapistsWithStudyId, withheld: counts.therapistsWithheld },
    rowsSuppressed: counts.episodesSuppressed + counts.sessionsSuppressed,
    mmeFactorTables: counts.mmeFactorTables,
    files: {
      [ExportFile.SESSIONS]: { name: FILE_NAMES[ExportFile.SESSIONS], rows: sessionRows, columns: names(ExportFile.SESSIONS) },
      [ExportFile.EPISODES]: { name: FILE_NAMES[ExportFile.EPISODES], rows: episodeRows, columns: names(ExportFile.EPISODES) },
    },
    codebook: { json: 'codebook.json', markdown: 'codebook.md' },
  };
}
