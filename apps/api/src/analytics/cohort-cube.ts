import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access-scope';
import { dialectOfDriver } from '../database/dialect';
import { queryRows, type SqlValue, toNumber } from '../database/sql';
import type { CohortDimension } from './cohort-dimension';
import { cohortSql } from './cohort-query';
import type { AnalyticsFilter } from './dto/analytics-filter.input';

/**
 * The measures behind every cohort figure: each is a GROUP BY over an episode's rollups giving
 * counts per distinct key, the exact sufficient statistic the figures are computed from. The one
 * definition serves three readers, so they cannot drift apart:
 * - a filtered or therapist-scoped figure groups the matching episodes' rollups (scan);
 * - each write computes the changed episode's contributions before and after, and appends the
 *   difference to cohort_delta;
 * - a bulk load builds a clinic's cohort_stat in one pass.
 * A clinic-wide figure with no filter adds cohort_stat and cohort_delta instead of scanning.
 *
 * Episode attributes come from the episode_outcome snapshot (o.status, o.planned_frequency,
 * o.start_date), never from the episode row, so a contribution can be recomputed exactly as it
 * was before the episode changed.
 */
export enum Measure {
  /** Per week: an episode's pain sum and count that week (its weekly mean is sum / count). */
  PAIN = 'PAIN',
  /** Per week: sum − baseline × count and count (the change from baseline is their quotient). */
  CHANGE = 'CHANGE',
  /** Status, baseline, latest, sessions bucket (0, 1, 2 = 2–3, 4 = 4+); total = sessions. */
  OUTCOME = 'OUTCOME',
  /** Active episodes: planned frequency and the date of the last session (or the start). */
  ACTIVE = 'ACTIVE',
  /** Planned frequency and gap in days between consecutive sessions; n = gaps. */
  GAP = 'GAP',
  /** Eligible episodes (≥ 2 sessions, baseline ≥ 2): day of response or censoring, and 1 = response. */
  RESPONSE = 'RESPONSE',
  MME_PAIR = 'MME_PAIR',
  NON_OPIOID_PAIR = 'NON_OPIOID_PAIR',
  /** Per week of a medication report: baseline and that week's value, for episodes with baseline > 0. */
  MME_WEEK = 'MME_WEEK',
  NON_OPIOID_WEEK = 'NON_OPIOID_WEEK',
}

interface MeasureSql {
  /** Joined to `o` (episode_outcome). */
  join?: string;
  condition?: string;
  /** Up to four key expressions. */
  keys: string[];
  n: string;
  total?: string;
}

const joinTo = (table: string, alias: string): string =>
  `JOIN ${table} ${alias} ON ${alias}.clinic_id = o.clinic_id AND ${alias}.episode_id = o.episode_id`;

const MEASURES: Readonly<Record<Measure, MeasureSql>> = {
  [Measure.PAIN]: { join: joinTo('episode_week_pain', 'w'), keys: ['w.week', 'w.pain_sum', 'w.pain_count'], n: 'COUNT(*)' },
  [Measure.CHANGE]: {
    join: joinTo('episode_week_pain', 'w'),
    keys: ['w.week', 'w.pain_sum - o.baseline_pain * w.pain_count', 'w.pain_count'],
    n: 'COUNT(*)',
  },
  [Measure.OUTCOME]: {
    keys: [
      'o.status',
      'o.baseline_pain',
      'o.latest_pain',
      'CASE WHEN o.session_count >= 4 THEN 4 WHEN o.session_count >= 2 THEN 2 ELSE o.session_count END',
    ],
    n: 'COUNT(*)',
    total: 'SUM(o.session_count)',
  },
  [Measure.ACTIVE]: {
    condition: `o.status = 'ACTIVE'`,
    keys: ['o.planned_frequency', 'COALESCE(o.last_session_date, o.start_date)'],
    n: 'COUNT(*)',
  },
  [Measure.GAP]: { join: joinTo('episode_gap', 'g'), keys: ['o.planned_frequency', 'g.gap_days'], n: 'SUM(g.gap_count)' },
  [Measure.RESPONSE]: {
    condition: 'o.session_count >= 2 AND o.baseline_pain >= 2',
    keys: ['COALESCE(o.response_day_index, o.last_day_index)', 'CASE WHEN o.response_day_index IS NULL THEN 0 ELSE 1 END'],
    n: 'COUNT(*)',
  },
  [Measure.MME_PAIR]: { condition: 'o.baseline_mme IS NOT NULL', keys: ['o.baseline_mme', 'o.latest_mme'], n: 'COUNT(*)' },
  [Measure.NON_OPIOID_PAIR]: {
    condition: 'o.baseline_non_opioid_doses IS NOT NULL',
    keys: ['o.baseline_non_opioid_doses', 'o.latest_non_opioid_doses'],
    n: 'COUNT(*)',
  },
  [Measure.MME_WEEK]: {
    join: joinTo('episode_week_medication', 'm'),
    condition: 'o.baseline_mme > 0',
    keys: ['m.week', 'o.baseline_mme', 'm.daily_mme'],
    n: 'COUNT(*)',
  },
  [Measure.NON_OPIOID_WEEK]: {
    join: joinTo('episode_week_medication', 'm'),
    condition: 'o.baseline_non_opioid_doses > 0',
    keys: ['m.week', 'o.baseline_non_opioid_doses', 'm.non_opioid_doses'],
    n: 'COUNT(*)',
  },
};

const KEY_COLUMNS = ['k1', 'k2', 'k3', 'k4'] as const;

/** One grouped row of a measure: a cohort, the keys as text ('' for null or unused) and the counts. */
/** A measure key: text as SQL gives it, or (from the cube's documents) the number that text spells exactly. */
export type MeasureKey = string | number;

export interface MeasureRow {
  cohort: string;
  keys: readonly [MeasureKey, MeasureKey, MeasureKey, MeasureKey];
  n: number;
  total: number;
}

/** A key read back as a number; null for SQL NULL. */
export function keyNumber(key: MeasureKey): number | null {
  return key === '' ? null : Number(key);
}

function measureWhere(measure: MeasureSql, where: string): string {
  return measure.condition ? `${where} AND ${measure.condition}` : where;
}

/** Cohort columns of a measure's groups: [SQL expression, output name]. */
type CohortColumns = readonly (readonly [string, string])[];
const BY_COHORT = (cohortKey: string): CohortColumns => [[cohortKey, 'cohort']];
const BY_DIMENSION_AND_COHORT: CohortColumns = [
  ['c.dimension', 'dimension'],
  ['c.cohort', 'cohort'],
];

/**
 * SELECT of one measure's groups over the episodes `from … where` selects (o = episode_outcome).
 * Grouped on the raw values, then the keys turned to text ('' for null or unused) — the same
 * strings on both engines, so the cube's cells and a scan's groups compare equal.
 */
function measureSelect(measureId: Measure, cohortColumns: CohortColumns, from: string, where: string): string {
  const measure = MEASURES[measureId];
  const inner = [
    ...cohortColumns.map(([expression, name]) => `${expression} AS ${name}`),
    ...measure.keys.map((expression, index) => `${expression} AS r${index + 1}`),
  ];
  const keys = KEY_COLUMNS.map((column, index) =>
    index < measure.keys.length ? `COALESCE(CAST(g.r${index + 1} AS TEXT), '') AS ${column}` : `'' AS ${column}`,
  );
  return `SELECT ${cohortColumns.map(([, name]) => `g.${name} AS ${name}`).join(', ')}, '${measureId}' AS measure, ${keys.join(', ')},
      g.n AS n, g.total AS total
    FROM (
      SELECT ${inner.join(', ')}, ${measure.n} AS n, ${measure.total ?? '0'} AS total
      FROM ${from} ${measure.join ?? ''} WHERE ${measureWhere(measure, where)}
      GROUP BY ${inner.map((_, index) => index + 1).join(', ')}
    ) g`;
}

type Row = Record<string, SqlValue>;

function toMeasureRows(rows: readonly Row[], measures: readonly Measure[]): Map<Measure, MeasureRow[]> {
  const byMeasure = new Map<Measure, MeasureRow[]>(measures.map((measure) => [measure, []]));
  for (const row of rows) {
    byMeasure.get(String(row['measure']) as Measure)?.push({
      cohort: String(row['cohort']),
      keys: [String(row['k1']), String(row['k2']), String(row['k3']), String(row['k4'])],
      n: toNumber(row['n']),
      total: toNumber(row['total']),
    });
  }
  return byMeasure;
}

/** No filter at all: the whole clinic (or deployment). */
export function isEmptyFilter(filter: AnalyticsFilter | null | undefined): boolean {
  if (!filter) return true;
  return Object.values(filter).every((value) => value === null || value === undefined || (Array.isArray(value) && value.length === 0));
}

/**
 * The groups of the given measures for a scope, filter and cohort split. Clinic-wide with no
 * filter: cohort_stat plus the pending deltas (exact whether or not the compactor has run);
 * otherwise a scan of the matching episodes' rollups. Both give the same rows.
 */
export async function measureRows(
  manager: EntityManager,
  scope: AccessScope,
  filter: AnalyticsFilter | null | undefined,
  groupBy: CohortDimension,
  measures: readonly Measure[],
): Promise<Map<Measure, MeasureRow[]>> {
  if (readsCube(scope, filter)) {
    const rows = await readCube(
      manager,
      'clinic_id = :clinicId AND dimension = :dimension AND measure IN (:...measures)',
      { clinicId: scope.clinicId, dimension: groupBy, measures: [...measures] },
      measures,
      scope.clinicId,
    );
    if (rows) return rows;
  }
  return scanRows(manager, scope, filter, groupBy, measures);
}

/** Whether a figure of this scope and filter is read from the clinic's cube (else a scan). */
export function readsCube(scope: AccessScope, filter: AnalyticsFilter | null | undefined): boolean {
  return scope.therapistId === null && isEmptyFilter(filter);
}

/**
 * The clinic's cube generation when its documents alone are the answer — the cube is built and
 * no delta waits to be folded in — else null. Within one generation the documents do not change,
 * so a figure computed from them then is still exact (see CubeFigureCache).
 */
export async function settledCubeGeneration(manager: EntityManager, clinicId: string): Promise<number | null> {
  const [row] = await queryRows<Row>(
    manager,
    `SELECT (SELECT generation FROM cohort_cube_version WHERE clinic_id = :clinicId) AS generation,
       CASE WHEN EXISTS (SELECT 1 FROM cohort_cube_pending WHERE clinic_id = :clinicId)
         OR EXISTS (SELECT 1 FROM cohort_delta WHERE clinic_id = :clinicId) THEN 1 ELSE 0 END AS unsettled`,
    { clinicId },
  );
  if (!row || toNumber(row['unsettled']) === 1) return null;
  return row['generation'] === null ? 0 : toNumber(row['generation']);
}

/** Raises a clinic's cube generation: in the transaction that changes its documents. */
async function nextCubeGeneration(manager: EntityManager, clinicId: string): Promise<void> {
  await queryRows(
    manager,
    `INSERT INTO cohort_cube_version (clinic_id, generation) VALUES (:clinicId, 1)
     ON CONFLICT (clinic_id) DO UPDATE SET generation = cohort_cube_version.generation + 1`,
    { clinicId },
  );
}

export async function scanRows(
  manager: EntityManager,
  scope: AccessScope,
  filter: AnalyticsFilter | null | undefined,
  groupBy: CohortDimension,
  measures: readonly Measure[],
): Promise<Map<Measure, MeasureRow[]>> {
  const cohorts = cohortSql(scope, filter, groupBy);
  const sql = measures.map((measure) => measureSelect(measure, BY_COHORT(cohorts.cohortKey), cohorts.from, cohorts.where));
  return toMeasureRows(await queryRows<Row>(manager, sql.join(' UNION ALL '), cohorts.parameters), measures);
}

const CELL_COLUMNS = 'cohort, k1, k2, k3, k4, n, total';

/** A cell as cohort_stat stores it: [cohort, k1, k2, k3, k4, n, total]. */
type StoredCell = [string, MeasureKey, MeasureKey, MeasureKey, MeasureKey, number, number];

/**
 * A key as a document stores it: a number when the text spells that number exactly (it reads
 * back with no string to allocate, and joins to the same text), else the text.
 */
function storedKey(key: MeasureKey): MeasureKey {
  if (typeof key === 'number' || key === '') return key;
  const value = Number(key);
  return String(value) === key ? value : key;
}

/** A cell's identity within its measure: cohort and keys (numbers join to the text they spell). */
function cellKey(cell: StoredCell): string {
  return cell.slice(0, 5).join('\u0000');
}

/** A cell from a row with cohort, k1..k4, n and total columns (a delta, or a group of a measure). */
function cellOf(row: Row): StoredCell {
  return [
    String(row['cohort']),
    String(row['k1']),
    String(row['k2']),
    String(row['k3']),
    String(row['k4']),
    toNumber(row['n']),
    toNumber(row['total']),
  ];
}

/** The measure column of readCube's row that says the clinic's cube is not built yet. */
const PENDING_MARK = 'PENDING';

/**
 * The cube's documents and the deltas not yet folded into them, in ONE statement (one snapshot:
 * a compaction committing meanwhile cannot make a delta count twice or not at all), added up.
 * Given a clinic, the same statement asks whether that clinic's cube is built: null when not.
 */
function readCube(manager: EntityManager, where: string, parameters: Record<string, unknown>, measures: readonly Measure[]): Promise<Map<Measure, MeasureRow[]>>;
function readCube(
  manager: EntityManager,
  where: string,
  parameters: Record<string, unknown>,
  measures: readonly Measure[],
  pendingClinic: string,
): Promise<Map<Measure, MeasureRow[]> | null>;
async function readCube(
  manager: EntityManager,
  where: string,
  parameters: Record<string, unknown>,
  measures: readonly Measure[],
  pendingClinic?: string,
): Promise<Map<Measure, MeasureRow[]> | null> {
  const pendingSql = pendingClinic
    ? `UNION ALL SELECT '${PENDING_MARK}', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM cohort_cube_pending WHERE clinic_id = :pendingClinic`
    : '';
  const rows = await queryRows<Row>(
    manager,
    `SELECT measure, cells, NULL AS cohort, NULL AS k1, NULL AS k2, NULL AS k3, NULL AS k4, NULL AS n, NULL AS total
       FROM cohort_stat WHERE ${where}
     UNION ALL
     SELECT measure, NULL, ${CELL_COLUMNS} FROM cohort_delta WHERE ${where}
     ${pendingSql}`,
    { ...parameters, pendingClinic },
  );
  if (rows.some((row) => row['measure'] === PENDING_MARK)) return null;
  const byMeasure = new Map<Measure, MeasureRow[]>(measures.map((measure) => [measure, []]));
  const toRow = (cell: StoredCell): MeasureRow => ({ cohort: cell[0], keys: [cell[1], cell[2], cell[3], cell[4]], n: cell[5], total: cell[6] });
  const deltas = rows.filter((row) => row['cells'] === null);
  // Usually the compactor has run and there is nothing to add: the documents are the answer.
  const pending = new Map<string, StoredCell>();
  const keyOf = (measure: string, cell: StoredCell): string => `${measure}\u0000${cellKey(cell)}`;
  for (const row of deltas) {
    const cell = cellOf(row);
    const key = keyOf(String(row['measure']), cell);
    const found = pending.get(key);
    if (found) {
      found[5] += cell[5];
      found[6] += cell[6];
    } else {
      pending.set(key, cell);
    }
  }
  for (const row of rows) {
    if (row['cells'] === null) continue;
    const measure = String(row['measure']) as Measure;
    const list = byMeasure.get(measure);
    for (const cell of JSON.parse(String(row['cells'])) as StoredCell[]) {
      if (pending.size > 0) {
        const key = keyOf(measure, cell);
        const change = pending.get(key);
        if (change) {
          cell[5] += change[5];
          cell[6] += change[6];
          pending.delete(key);
          if (cell[5] === 0 && cell[6] === 0) continue;
        }
      }
      list?.push(toRow(cell));
    }
  }
  // Deltas of cells the documents do not have yet.
  for (const [key, cell] of pending) {
    if (cell[5] === 0 && cell[6] === 0) continue;
    byMeasure.get(key.slice(0, key.indexOf('\u0000')) as Measure)?.push(toRow(cell));
  }
  return byMeasure;
}

/**
 * The whole deployment's groups of some measures over all cohorts of one split: every clinic's
 * cube and deltas. Crosses clinics, so it needs a database role that row-level security does not
 * bound to one clinic (an operator's, as the tools use); no API request can call it. Clinics whose
 * cube is still pending are not counted: their number comes back so the caller can say so.
 */
export async function deploymentMeasureRows(
  manager: EntityManager,
  groupBy: CohortDimension,
  measures: readonly Measure[],
): Promise<{ rows: Map<Measure, MeasureRow[]>; pendingClinics: number }> {
  const rows = await readCube(manager, 'dimension = :dimension AND measure IN (:...measures)', {
    dimension: groupBy,
    measures: [...measures],
  }, measures);
  const [pending] = await queryRows<Row>(manager, 'SELECT COUNT(*) AS clinics FROM cohort_cube_pending', {});
  return { rows, pendingClinics: toNumber(pending?.['clinics'] ?? 0) };
}

// ---- Maintenance: contributions, deltas, compaction, rebuild --------------------------------

/** A cube cell's full key: dimension, cohort, measure, k1..k4. */
type CellKey = string;
export interface Contribution {
  n: number;
  total: number;
}

const ALL_MEASURES = Object.values(Measure);

function contributionSelect(episodeFilter: string): string {
  const from = 'episode_outcome o JOIN episode_cohort c ON c.clinic_id = o.clinic_id AND c.episode_id = o.episode_id';
  return ALL_MEASURES.map((measure) => measureSelect(measure, BY_DIMENSION_AND_COHORT, from, episodeFilter)).join(
    ' UNION ALL ',
  );
}

/** What some episodes add to the cube now, from their rollups and cohort rows alone (parameters :clinicId, :...episodeIds). */
export const EPISODE_CONTRIBUTIONS_SQL = contributionSelect('o.clinic_id = :clinicId AND o.episode_id IN (:...episodeIds)');

/** What some episodes add to the cube now (see EPISODE_CONTRIBUTIONS_SQL). */
export async function episodeContributions(
  manager: EntityManager,
  clinicId: string,
  episodeIds: readonly string[],
): Promise<Map<CellKey, Contribution>> {
  return contributionCells(await queryRows<Row>(manager, EPISODE_CONTRIBUTIONS_SQL, { clinicId, episodeIds: [...episodeIds] }));
}

/** The rows of EPISODE_CONTRIBUTIONS_SQL as cells. */
export function contributionCells(rows: readonly Row[]): Map<CellKey, Contribution> {
  const cells = new Map<CellKey, Contribution>();
  for (const row of rows) {
    const key = JSON.stringify([row['dimension'], row['cohort'], row['measure'], row['k1'], row['k2'], row['k3'], row['k4']].map(String));
    const cell = cells.get(key) ?? { n: 0, total: 0 };
    cell.n += toNumber(row['n']);
    cell.total += toNumber(row['total']);
    cells.set(key, cell);
  }
  return cells;
}

/** Clinics this process appended deltas for since the compactor last asked. */
const dirtyClinics = new Set<string>();

export function takeDirtyClinics(): string[] {
  const clinics = [...dirtyClinics];
  dirtyClinics.clear();
  return clinics;
}

const DELTA_COLUMNS = ['clinic_id', 'id', 'dimension', 'cohort', 'measure', 'k1', 'k2', 'k3', 'k4', 'n', 'total'];
const DELTA_ROWS_PER_INSERT = 500;

/** Appends after − before to cohort_delta: only the cells that changed. */
export async function appendCubeDelta(
  manager: EntityManager,
  clinicId: string,
  before: ReadonlyMap<CellKey, Contribution>,
  after: ReadonlyMap<CellKey, Contribution>,
): Promise<number> {
  const changes: unknown[][] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const n = (after.get(key)?.n ?? 0) - (before.get(key)?.n ?? 0);
    const total = (after.get(key)?.total ?? 0) - (before.get(key)?.total ?? 0);
    if (n !== 0 || total !== 0) changes.push([clinicId, randomUUID(), ...(JSON.parse(key) as string[]), n, total]);
  }
  for (let start = 0; start < changes.length; start += DELTA_ROWS_PER_INSERT) {
    const chunk = changes.slice(start, start + DELTA_ROWS_PER_INSERT);
    const parameters: Record<string, unknown> = {};
    const tuples = chunk.map((values, row) =>
      `(${values.map((value, column) => {
        parameters[`v${row}_${column}`] = value;
        return `:v${row}_${column}`;
      }).join(', ')})`,
    );
    await queryRows(manager, `INSERT INTO cohort_delta (${DELTA_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`, parameters);
  }
  if (changes.length > 0) dirtyClinics.add(clinicId);
  return changes.length;
}

const DELTA_CELL_COLUMNS = 'dimension, measure, cohort, k1, k2, k3, k4, n, total';

/** Measures whose first key is the week: their documents are split by week. */
const WEEKLY_MEASURES: ReadonlySet<string> = new Set([Measure.PAIN, Measure.CHANGE, Measure.MME_WEEK, Measure.NON_OPIOID_WEEK]);

/** The document a cell belongs to within its dimension and measure. */
function partOf(measure: string, k1: string): string {
  return WEEKLY_MEASURES.has(measure) ? k1 : '';
}

/** Adds signed cells (dimension, measure, cell) into the clinic's documents, in the caller's transaction. */
async function mergeIntoCube(manager: EntityManager, clinicId: string, rows: readonly Row[], replace: boolean): Promise<void> {
  const postgres = dialectOfDriver(manager.connection.options.type) === 'postgres';
  const documents = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${String(row['dimension'])}\u0000${String(row['measure'])}\u0000${partOf(String(row['measure']), String(row['k1']))}`;
    const list = documents.get(key) ?? [];
    list.push(row);
    documents.set(key, list);
  }
  for (const [key, cells] of [...documents].sort(([a], [b]) => a.localeCompare(b))) {
    const [dimension, measure, part] = key.split('\u0000') as [string, string, string];
    const parameters = { clinicId, dimension, measure, part };
    const merged = new Map<string, StoredCell>();
    if (!replace) {
      const [stored] = await queryRows<Row>(
        manager,
        `SELECT cells FROM cohort_stat
         WHERE clinic_id = :clinicId AND dimension = :dimension AND measure = :measure AND part = :part${postgres ? ' FOR UPDATE' : ''}`,
        parameters,
      );
      for (const cell of stored ? (JSON.parse(String(stored['cells'])) as StoredCell[]) : []) merged.set(cellKey(cell), cell);
    }
    for (const row of cells) {
      const cell = cellOf(row);
      const key = cellKey(cell);
      const found = merged.get(key);
      if (found) {
        found[5] += cell[5];
        found[6] += cell[6];
      } else {
        merged.set(key, cell);
      }
    }
    const kept = [...merged.values()]
      .filter((cell) => cell[5] !== 0 || cell[6] !== 0)
      .map((cell): StoredCell => [cell[0], storedKey(cell[1]), storedKey(cell[2]), storedKey(cell[3]), storedKey(cell[4]), cell[5], cell[6]]);
    if (kept.length === 0) {
      await queryRows(
        manager,
        'DELETE FROM cohort_stat WHERE clinic_id = :clinicId AND dimension = :dimension AND measure = :measure AND part = :part',
        parameters,
      );
      continue;
    }
    const document = JSON.stringify(kept);
    await queryRows(
      manager,
      `INSERT INTO cohort_stat (clinic_id, dimension, measure, part, cells) VALUES (:clinicId, :dimension, :measure, :part, :cells)
       ON CONFLICT (clinic_id, dimension, measure, part) DO UPDATE SET cells = excluded.cells`,
      { ...parameters, cells: document },
    );
  }
}

/**
 * Folds a clinic's deltas into its cube, in the caller's transaction. On PostgreSQL the deltas
 * are claimed by DELETE … RETURNING (a delta committed meanwhile is left for next time, never
 * lost or counted twice) and compactions of one clinic take turns on an advisory lock; SQLite's
 * transactions are serial. Returns how many deltas were folded.
 */
export async function compactCohortCube(manager: EntityManager, clinicId: string): Promise<number> {
  const parameters = { clinicId };
  let moved: Row[];
  if (dialectOfDriver(manager.connection.options.type) === 'postgres') {
    await queryRows(manager, `SELECT pg_advisory_xact_lock(hashtext('cohort_cube:' || :clinicId))`, parameters);
    // In a CTE: the driver hands back a bare DELETE … RETURNING as [rows, count], a SELECT as rows.
    moved = await queryRows<Row>(
      manager,
      `WITH moved AS (DELETE FROM cohort_delta WHERE clinic_id = :clinicId RETURNING ${DELTA_CELL_COLUMNS}) SELECT * FROM moved`,
      parameters,
    );
  } else {
    moved = await queryRows<Row>(manager, `SELECT ${DELTA_CELL_COLUMNS} FROM cohort_delta WHERE clinic_id = :clinicId`, parameters);
    if (moved.length > 0) await queryRows(manager, 'DELETE FROM cohort_delta WHERE clinic_id = :clinicId', parameters);
  }
  if (moved.length > 0) {
    await mergeIntoCube(manager, clinicId, moved, false);
    await nextCubeGeneration(manager, clinicId);
  }
  return moved.length;
}

/**
 * Rebuilds a clinic's cube from its rollups (after a bulk load, or for a clinic still pending),
 * in the caller's transaction, and marks it ready. The caller keeps writers out meanwhile.
 */
export async function rebuildCohortCube(manager: EntityManager, clinicId: string): Promise<void> {
  const parameters = { clinicId };
  await queryRows(manager, 'DELETE FROM cohort_delta WHERE clinic_id = :clinicId', parameters);
  await queryRows(manager, 'DELETE FROM cohort_stat WHERE clinic_id = :clinicId', parameters);
  const from = 'episode_outcome o JOIN episode_cohort c ON c.clinic_id = o.clinic_id AND c.episode_id = o.episode_id';
  for (const measure of ALL_MEASURES) {
    const rows = await queryRows<Row>(
      manager,
      measureSelect(measure, BY_DIMENSION_AND_COHORT, from, 'o.clinic_id = :clinicId'),
      parameters,
    );
    await mergeIntoCube(manager, clinicId, rows, true);
  }
  await nextCubeGeneration(manager, clinicId);
  await queryRows(manager, 'DELETE FROM cohort_cube_pending WHERE clinic_id = :clinicId', parameters);
}
