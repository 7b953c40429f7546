import { type Spread, spread } from './stats';

export type Size = 'S' | 'L';
export type Engine = 'postgres' | 'sqlite';

export const ENGINE_NAMES: Readonly<Record<Engine, string>> = { postgres: 'PostgreSQL', sqlite: 'SQLite' };

/** Units the table prints; each has its own number format. */
export type Unit = 'ms' | 's' | 'rows/s' | 'req/s' | 'MB' | 'kB' | 'ratio' | 'yes/no';

/** A target from an issue, compared with the median over runs. */
export interface Goal {
  comparator: '<=' | '>=';
  value: number;
  /** Where the goal holds (the issues set most goals for L on PostgreSQL); elsewhere the verdict is n/a. */
  appliesTo?: { size?: Size; engine?: Engine };
}

export interface Figure {
  id: string;
  label: string;
  unit: Unit;
  /** One value per run. */
  values: number[];
  goal?: Goal;
  /** Why there is no number (a route that does not exist yet, say): printed instead of one. */
  unavailable?: string;
  /** How it was measured, or what to know about it; printed under the table. */
  note?: string;
  /** Requests that failed during the runs: a figure with failures does not meet its goal. */
  failures?: number;
}

export type Verdict = 'met' | 'missed' | 'n/a';

export interface RunContext {
  size: Size;
  engine: Engine;
}

export function goalApplies(goal: Goal, context: RunContext): boolean {
  const where = goal.appliesTo ?? {};
  return (where.size === undefined || where.size === context.size) && (where.engine === undefined || where.engine === context.engine);
}

/**
 * met / missed by the median over runs; n/a without a goal, a number, or where the goal does not
 * hold. Failed requests miss the goal whatever the median says.
 */
export function verdict(figure: Figure, context: RunContext): Verdict {
  const { goal } = figure;
  if (!goal || figure.unavailable || figure.values.length === 0 || !goalApplies(goal, context)) return 'n/a';
  const { median } = spread(figure.values);
  if (!Number.isFinite(median)) return 'n/a';
  if ((figure.failures ?? 0) > 0) return 'missed';
  return (goal.comparator === '<=' ? median <= goal.value : median >= goal.value) ? 'met' : 'missed';
}

const grouped = (value: number, digits: number): string =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A number in its unit's format: milliseconds to 0.1 (0.01 below 10), rates without decimals, and so on. */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${grouped(value, Math.abs(value) < 10 ? 2 : 1)} ms`;
    case 's':
      return `${grouped(value, 1)} s`;
    case 'rows/s':
    case 'req/s':
      return `${grouped(value, 0)} ${unit}`;
    case 'MB':
      return `${grouped(value, 1)} MB`;
    case 'kB':
      return `${grouped(value, 1)} kB`;
    case 'ratio':
      return `×${grouped(value, Math.abs(value) < 10 ? 2 : 1)}`;
    case 'yes/no':
      return value >= 1 ? 'yes' : 'no';
  }
}

export function formatGoal(goal: Goal | undefined, unit: Unit): string {
  if (!goal) return '—';
  const where = [goal.appliesTo?.size, goal.appliesTo?.engine && ENGINE_NAMES[goal.appliesTo.engine]].filter(Boolean).join(', ');
  const target = unit === 'yes/no' ? (goal.value >= 1 ? 'yes' : 'no') : `${goal.comparator === '<=' ? '≤' : '≥'} ${formatValue(goal.value, unit)}`;
  return where ? `${target} (${where})` : target;
}

export interface TableRow {
  figure: string;
  runs: string;
  min: string;
  median: string;
  p95: string;
  goal: string;
  verdict: string;
}

const COLUMNS: readonly (keyof TableRow)[] = ['figure', 'runs', 'min', 'median', 'p95', 'goal', 'verdict'];

export function tableRow(figure: Figure, context: RunContext): TableRow {
  const common = { figure: figure.label, goal: formatGoal(figure.goal, figure.unit), verdict: verdict(figure, context) };
  if (figure.unavailable || figure.values.length === 0) {
    return { ...common, runs: '0', min: '—', median: 'not available', p95: '—' };
  }
  const { runs, min, median, p95 }: Spread = spread(figure.values);
  return {
    ...common,
    runs: String(runs),
    min: formatValue(min, figure.unit),
    median: formatValue(median, figure.unit),
    p95: formatValue(p95, figure.unit),
  };
}

/** A Markdown table, padded so that it also reads as plain text in a terminal. */
export function renderTable(rows: readonly TableRow[]): string {
  const header: TableRow = { figure: 'figure', runs: 'runs', min: 'min', median: 'median', p95: 'p95', goal: 'goal', verdict: 'verdict' };
  const widths = COLUMNS.map((column) => Math.max(...[header, ...rows].map((row) => [...row[column]].length)));
  const numeric = new Set<keyof TableRow>(['runs', 'min', 'median', 'p95']);
  const line = (row: TableRow): string =>
    `| ${COLUMNS.map((column, index) => {
      const cell = row[column];
      const padding = ' '.repeat((widths[index] as number) - [...cell].length);
      return numeric.has(column) && row !== header ? padding + cell : cell + padding;
    }).join(' | ')} |`;
  const rule = `|${COLUMNS.map((column, index) => {
    const dashes = '-'.repeat((widths[index] as number) + 2);
    return numeric.has(column) ? `${dashes.slice(1)}:` : dashes;
  }).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** The table and, under it, each figure's note or reason for having no number. */
export function renderReport(figures: readonly Figure[], context: RunContext): string {
  const table = renderTable(figures.map((figure) => tableRow(figure, context)));
  const notes = figures
    .filter((figure) => figure.unavailable || figure.note)
    .map((figure) => `- ${figure.label}: ${[figure.unavailable, figure.note].filter(Boolean).join(' ')}`);
  return notes.length > 0 ? `${table}\n\n${notes.join('\n')}` : table;
}
