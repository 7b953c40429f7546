import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  Clinic,
  type Dialect,
  dialectOfDriver,
  Episode,
  MedicationItem,
  MedicationReport,
  NonOpioidUse,
  OutcomeMeasure,
  Patient,
  RedFlagAlert,
  Referral,
  refreshEpisodeRollups,
  SessionRedFlag,
  SessionRegion,
  SessionTechnique,
  TreatmentSession,
  User,
} from './api';
import { CLINIC_TABLES, clinicRows, type ClinicTable, countRows } from './clinic-tables';
import { copyTables } from './clinic-plan';
import type { CopyKind, CopyTable, CopyTableSpec } from './copy-format';
import type { GeneratedClinic } from './generate';

export { countRows } from './clinic-tables';

/**
 * Most bound parameters one statement may carry: SQLite's SQLITE_MAX_VARIABLE_NUMBER (32766 since
 * 3.32; better-sqlite3 12 bundles a newer SQLite) and PostgreSQL's wire-protocol limit (a 16-bit count).
 */
export const MAX_BIND_PARAMETERS: Readonly<Record<Dialect, number>> = {
  sqlite: 32766,
  postgres: 65535,
};

/**
 * Rows per statement, at most. Measured on 2000 patients: 250 to 2000 rows per statement load at
 * the same speed on both engines (TypeORM's building of the SQL, not the round trips, dominates),
 * 5000 is slower.
 */
const MAX_ROWS_PER_STATEMENT = 2000;

/** Rows one INSERT may carry: one bound parameter per column per row, within the engine's limit. */
export function rowsPerStatement(columns: number, maxParameters: number): number {
  return Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(maxParameters / columns)));
}

export interface LoadProgress {
  /** Table just written to. */
  table: string;
  /** Rows of the clinic written so far, over all tables. */
  insertedRows: number;
  totalRows: number;
}

export interface LoadResult {
  rows: number;
  /** Rows written per table name. */
  rowsByTable: Record<string, number>;
  /** Where the load's time went, in seconds of wall time. */
  phases: LoadPhases;
}

export interface LoadPhases {
  /** Writing the rows (COPY or INSERT), from the start of the transaction. */
  write: number;
  rollups: number;
  /** The set-based foreign-key check (COPY with the key triggers off), else 0. */
  keyCheck: number;
  commit: number;
}

/** A stopwatch of the load's phases: each lap ends the phase that began at the previous one. */
class PhaseClock {
  readonly phases: LoadPhases = { write: 0, rollups: 0, keyCheck: 0, commit: 0 };
  private last = process.hrtime.bigint();

  lap(phase: keyof LoadPhases): void {
    const now = process.hrtime.bigint();
    this.phases[phase] += Number(now - this.last) / 1e9;
    this.last = now;
  }
}

/** How rows reach the database: multi-row INSERTs (both engines) or COPY FROM STDIN (PostgreSQL). */
export type LoadMethod = 'insert' | 'copy';

export interface LoadOptions {
  /** Default: COPY on PostgreSQL, INSERT on SQLite. */
  method?: LoadMethod;
}

const ENTITIES: Readonly<Record<ClinicTable, EntityTarget<ObjectLiteral>>> = {
  clinic: Clinic,
  app_user: User,
  patient: Patient,
  episode: Episode,
  treatment_session: TreatmentSession,
  session_technique: SessionTechnique,
  session_region: SessionRegion,
  session_red_flag: SessionRedFlag,
  medication_report: MedicationReport,
  medication_item: MedicationItem,
  non_opioid_use: NonOpioidUse,
  outcome_measure: OutcomeMeasure,
  red_flag_alert: RedFlagAlert,
  referral: Referral,
};

/**
 * Loads one generated clinic, all in ONE transaction: a process killed half-way leaves no clinic
 * rather than half of one. PostgreSQL gets COPY FROM STDIN unless INSERT is asked for; SQLite gets
 * multi-row INSERTs. The API's analytics rollups are rebuilt for the whole clinic in the same
 * transaction, as every API write does for its episode, so the dashboards see the seeded clinic at once.
 */
export async function loadClinic(
  dataSource: DataSource,
  generated: GeneratedClinic,
  onProgress?: (progress: LoadProgress) => void,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const dialect = dialectOfDriver(dataSource.options.type);
  const method = options.method ?? (dialect === 'postgres' ? 'copy' : 'insert');
  if (method === 'copy') {
    if (dialect !== 'postgres') throw new Error('COPY is PostgreSQL only; SQLite loads with INSERT');
    return loadCopyTables(dataSource, generated.clinic.id, copyTables(generated, copyTableSpecs(dataSource)), onProgress);
  }
  return insertClinic(dataSource, generated, onProgress);
}

async function insertClinic(
  dataSource: DataSource,
  generated: GeneratedClinic,
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadResult> {
  const dialect = dialectOfDriver(dataSource.options.type);
  const rows = clinicRows(generated);
  const rowsByTable = countRows(generated);
  const totalRows = Object.values(rowsByTable).reduce((sum, count) => sum + count, 0);
  const written: Record<string, number> = {};
  let insertedRows = 0;
  const clock = new PhaseClock();

  await dataSource.transaction(async (manager) => {
    if (dialect === 'postgres') {
      await manager.query(`SELECT set_config('app.clinic_id', $1, true)`, [generated.clinic.id]);
    }
    for (const table of CLINIC_TABLES) {
      written[table] = 0;
      await insertRows(manager, ENTITIES[table], rows[table], MAX_BIND_PARAMETERS[dialect], (chunkRows) => {
        insertedRows += chunkRows;
        written[table] = (written[table] ?? 0) + chunkRows;
        onProgress?.({ table, insertedRows, totalRows });
      });
    }
    clock.lap('write');
    await refreshClinicRollups(manager, generated.clinic.id);
    clock.lap('rollups');
  });
  clock.lap('commit');
  return { rows: insertedRows, rowsByTable: written, phases: clock.phases };
}

async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly object[],
  maxParameters: number,
  onChunk: (rows: number) => void,
): Promise<void> {
  const rowsPerChunk = rowsPerStatement(manager.connection.getMetadata(entity).columns.length, maxParameters);
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const chunk = rows.slice(start, start + rowsPerChunk) as QueryDeepPartialEntity<T>[];
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(chunk)
      // Nothing is generated by the database, so there is nothing to read back into the rows.
      .updateEntity(false)
      .callListeners(false)
      .execute();
    onChunk(chunk.length);
  }
}

/** COPY column specs of the clinic's tables, from the entities' metadata (plain data: it crosses to the worker). */
export function copyTableSpecs(dataSource: DataSource): CopyTableSpec[] {
  return CLINIC_TABLES.map((table) => {
    const metadata = dataSource.getMetadata(ENTITIES[table]);
    return {
      table: metadata.tableName,
      columns: metadata.columns.map((column) => ({
        name: column.databaseName,
        property: column.propertyName,
        kind: copyKind(column, `${metadata.tableName}.${column.databaseName}`),
      })),
    };
  });
}

/** The COPY kind of a column; a column this loader cannot write the way INSERT would is refused, not guessed. */
function copyKind(column: ColumnMetadata, where: string): CopyKind {
  if (column.transformer || column.embeddedMetadata || column.isVirtual) {
    throw new Error(`${where}: COPY does not handle transformed, embedded or virtual columns; load with INSERT`);
  }
  const type = typeof column.type === 'function' ? column.type.name.toLowerCase() : String(column.type);
  switch (type) {
    case 'uuid':
    case 'varchar':
    case 'character varying':
    case 'text':
    case 'string':
      return 'text';
    case 'integer':
    case 'int':
    case 'double precision':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'timestamptz':
    case 'timestamp with time zone':
      return 'timestamp';
    case 'date':
      return 'date';
    case 'simple-json':
      return 'json';
    default:
      throw new Error(`${where}: COPY does not handle column type ${type}; load with INSERT`);
  }
}

/**
 * Loads one clinic already written as COPY text (by loadClinic, or by the generation worker) into
 * PostgreSQL, in ONE transaction on one connection of the pool: COPY FROM STDIN per table, the
 * clinic's rollups, the key check (below), then commit. Anything failing rolls all of it back.
 *
 * When the connecting role may (a superuser), the foreign-key triggers are switched off for the
 * transaction (`session_replication_role = replica`, as pg_restore --disable-triggers does): they
 * check every row one by one and took ~70 % of the COPY's time. The same keys are then checked for
 * the clinic's rows by one set-based query before commit, so the load still fails, writing
 * nothing, if any row points at a missing parent.
 */
export async function loadCopyTables(
  dataSource: DataSource,
  clinicId: string,
  tables: readonly CopyTable[],
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadResult> {
  const totalRows = tables.reduce((sum, table) => sum + table.rows, 0);
  const rowsByTable: Record<string, number> = {};
  let insertedRows = 0;
  const clock = new PhaseClock();
  const queryRunner = dataSource.createQueryRunner() as PostgresQueryRunner;
  // connect() hands back the pool client the runner holds: COPY is streamed on it, in its transaction.
  const client = (await queryRunner.connect()) as PoolClient;
  try {
    await queryRunner.startTransaction();
    const manager = queryRunner.manager;
    await manager.query(`SELECT set_config('app.clinic_id', $1, true)`, [clinicId]);
    const triggersOff = await disableTriggersForTransaction(manager);
    for (const table of tables) {
      rowsByTable[table.table] = 0;
      if (table.rows === 0) continue;
      const columns = table.columns.map(quoteIdentifier).join(', ');
      await pipeline(
        Readable.from(
          (function* chunks() {
            for (const chunk of table.chunks) {
              yield chunk.text;
              insertedRows += chunk.rows;
              rowsByTable[table.table] = (rowsByTable[table.table] ?? 0) + chunk.rows;
              onProgress?.({ table: table.table, insertedRows, totalRows });
            }
          })(),
        ),
        client.query(copyFrom(`COPY ${quoteIdentifier(table.table)} (${columns}) FROM STDIN`)),
      );
    }
    clock.lap('write');
    await refreshClinicRollups(manager, clinicId);
    clock.lap('rollups');
    if (triggersOff) await checkForeignKeys(manager, clinicId);
    clock.lap('keyCheck');
    await queryRunner.commitTransaction();
    clock.lap('commit');
  } catch (error) {
    if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction();
    throw error;
  } finally {
    await queryRunner.release();
  }
  return { rows: insertedRows, rowsByTable, phases: clock.phases };
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Turns off the row-by-row foreign-key triggers for this transaction when the role may; says whether it did. */
async function disableTriggersForTransaction(manager: EntityManager): Promise<boolean> {
  const [role] = (await manager.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)) as {
    superuser: boolean;
  }[];
  if (!role?.superuser) return false;
  await manager.query(`SET LOCAL session_replication_role = replica`);
  return true;
}

interface ForeignKey {
  name: string;
  child: string;
  parent: string;
  childColumns: string[];
  parentColumns: string[];
}

/** Every foreign key from a table with a clinic_id column, read from the catalogue (the migrations are the truth). */
async function clinicForeignKeys(manager: EntityManager): Promise<ForeignKey[]> {
  const rows = (await manager.query(
    `SELECT c.conname AS name, child.relname AS child, parent.relname AS parent,
       (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS child_columns,
       (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
          JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS parent_columns
     FROM pg_constraint c
     JOIN pg_class child ON child.oid = c.conrelid
     JOIN pg_class parent ON parent.oid = c.confrelid
     WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace
       AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.conrelid AND a.attname = 'clinic_id' AND NOT a.attisdropped)
     ORDER BY c.conname`,
  )) as { name: string; child: string; parent: string; child_columns: string; parent_columns: string }[];
  return rows.map((row) => ({
    name: row.name,
    child: row.child,
    parent: row.parent,
    childColumns: row.child_columns.split(','),
    parentColumns: row.parent_columns.split(','),
  }));
}

/**
 * The foreign keys the switched-off triggers did not check, checked for this clinic's rows in one
 * query (an anti-join per key, which the planner runs as a hash or merge join rather than a lookup
 * per row). MATCH SIMPLE, as the keys are declared: a row with a NULL in its key is not checked.
 */
export async function checkForeignKeys(manager: EntityManager, clinicId: string): Promise<void> {
  const keys = await clinicForeignKeys(manager);
  if (keys.length === 0) return;
  const checks = keys.map((key, position) => {
    const child = (column: string): string => `c.${quoteIdentifier(column)}`;
    const matches = key.childColumns
      .map((column, index) => `p.${quoteIdentifier(key.parentColumns[index] as string)} = ${child(column)}`)
      .join(' AND ');
    const present = key.childColumns.map((column) => `${child(column)} IS NOT NULL`).join(' AND ');
    return `SELECT ${position} AS key, COUNT(*) AS orphans FROM ${quoteIdentifier(key.child)} c
      WHERE c.clinic_id = $1 AND ${present}
        AND NOT EXISTS (SELECT 1 FROM ${quoteIdentifier(key.parent)} p WHERE ${matches})`;
  });
  const statement = checks.join('\nUNION ALL\n');
  const results = (await manager.query(statement, [clinicId])) as { key: number; orphans: string | number }[];
  const broken = results
    .filter((result) => Number(result.orphans) > 0)
    .map((result) => `${(keys[Number(result.key)] as ForeignKey).name} (${Number(result.orphans)} rows)`);
  if (broken.length > 0) {
    throw new Error(`rows of clinic ${clinicId} point at missing parents: ${broken.join(', ')}`);
  }
}

/**
 * The analytics rollups of the whole clinic, in the load's transaction. On PostgreSQL the planner
 * sees statistics from before this clinic existed (an ANALYZE here would see its rows, but would
 * hold its lock to the end of the transaction and so queue the other load behind this one), and on
 * them it chose nested loops over every session of the clinic: minutes instead of about a second
 * for 5000 patients. Rebuilding a whole clinic is work for hash joins, so nested loops are off for
 * the rest of this transaction.
 */
async function refreshClinicRollups(manager: EntityManager, clinicId: string): Promise<void> {
  if (dialectOfDriver(manager.connection.options.type) === 'postgres') await manager.query(`SET LOCAL enable_nestloop = off`);
  await refreshEpisodeRollups(manager, { clinicId });
}

/**
 * Fresh statistics for every table once the clinics are in (PostgreSQL; outside any transaction,
 * so the other loads are not held up): what the API plans its queries on next. Autovacuum would
 * get there too, later.
 */
export async function analyzeAfterLoad(dataSource: DataSource): Promise<void> {
  if (dialectOfDriver(dataSource.options.type) === 'postgres') await dataSource.query('ANALYZE');
}
