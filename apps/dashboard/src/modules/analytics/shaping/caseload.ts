import type { CaseloadQuery } from '../../../gql/graphql';

export type CaseloadEntry = CaseloadQuery['caseload'][number];

export type CaseloadSortKey = 'patient' | 'latestPain' | 'painChange' | 'sessions' | 'nextDue' | 'flags';
export type SortDirection = 'ascending' | 'descending';
export type CaseloadFlag = 'redFlag' | 'failureToProgress' | 'overdue';

export interface CaseloadView {
  /** Part of the patient's name, any case. */
  search: string;
  /** Only entries with every one of these flags. */
  flags: readonly CaseloadFlag[];
  sortBy: CaseloadSortKey;
  direction: SortDirection;
}

export const DEFAULT_CASELOAD_VIEW: CaseloadView = { search: '', flags: [], sortBy: 'flags', direction: 'descending' };

/** How many flags an entry raises, red flag first: a red flag outweighs any number of the others. */
function flagWeight(entry: CaseloadEntry): number {
  return (entry.redFlag ? 4 : 0) + (entry.failureToProgress ? 2 : 0) + (entry.overdue ? 1 : 0);
}

/** Nulls (no score yet) sort last whatever the direction. */
function compareNullable(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null && b == null) return 0;
  if (a == null) return null;
  if (b == null) return null;
  return a - b;
}

function sortValue(entry: CaseloadEntry, key: CaseloadSortKey): number | string | null {
  switch (key) {
    case 'patient':
      return entry.patientName;
    case 'latestPain':
      return entry.latestPain ?? null;
    case 'painChange':
      return entry.painChange ?? null;
    case 'sessions':
      return entry.sessionCount;
    case 'nextDue':
      return entry.nextDueDate;
    case 'flags':
      return flagWeight(entry);
  }
}

/** The caseload as the table shows it: filtered, then sorted (ties by name, nulls last). */
export function caseloadRows(entries: readonly CaseloadEntry[], view: CaseloadView): CaseloadEntry[] {
  const search = view.search.trim().toLocaleLowerCase();
  const filtered = entries.filter(
    (entry) =>
      (search === '' || entry.patientName.toLocaleLowerCase().includes(search)) && view.flags.every((flag) => entry[flag]),
  );
  const sign = view.direction === 'ascending' ? 1 : -1;
  return filtered.sort((a, b) => {
    const left = sortValue(a, view.sortBy);
    const right = sortValue(b, view.sortBy);
    let order: number;
    if (typeof left === 'string' && typeof right === 'string') order = left.localeCompare(right) * sign;
    else {
      const compared = compareNullable(left as number | null, right as number | null);
      order = compared === null ? (left == null ? 1 : -1) : compared * sign;
    }
    return order !== 0 ? order : a.patientName.localeCompare(b.patientName);
  });
}

/**
 * SVG polyline points for a pain sparkline: x spread over the weeks seen, y from 0 (bottom) to 10
 * (top) inside a `width` × `height` box with `pad` pixels of margin. Empty with no weeks.
 */
export function sparklinePoints(weeklyPain: ReadonlyArray<{ week: number; meanPain: number }>, width: number, height: number, pad = 2): string {
  const weeks = [...weeklyPain].sort((a, b) => a.week - b.week);
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return '';
  const span = Math.max(1, last.week - first.week);
  const x = (week: number): number => (weeks.length === 1 ? width / 2 : pad + ((week - first.week) / span) * (width - 2 * pad));
  const y = (pain: number): number => pad + (1 - pain / 10) * (height - 2 * pad);
  return weeks.map((point) => `${round1(x(point.week))},${round1(y(point.meanPain))}`).join(' ');
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

const SORT_KEYS: readonly CaseloadSortKey[] = ['patient', 'latestPain', 'painChange', 'sessions', 'nextDue', 'flags'];
const FLAGS: readonly CaseloadFlag[] = ['redFlag', 'failureToProgress', 'overdue'];

/** The table's search, flag filter and sort, kept in the address (?q=…&flag=overdue&sort=nextDue&dir=ascending). */
export function caseloadViewFromParams(params: URLSearchParams): CaseloadView {
  const sortBy = SORT_KEYS.find((key) => key === params.get('sort')) ?? DEFAULT_CASELOAD_VIEW.sortBy;
  const direction = params.get('dir') === 'ascending' || params.get('dir') === 'descending' ? (params.get('dir') as SortDirection) : null;
  return {
    search: params.get('q') ?? '',
    flags: FLAGS.filter((flag) => params.getAll('flag').includes(flag)),
    sortBy,
    direction: direction ?? (params.has('sort') ? 'ascending' : DEFAULT_CASELOAD_VIEW.direction),
  };
}

export function caseloadViewToParams(view: CaseloadView, params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['q', 'flag', 'sort', 'dir']) next.delete(key);
  if (view.search !== '') next.set('q', view.search);
  for (const flag of view.flags) next.append('flag', flag);
  if (view.sortBy !== DEFAULT_CASELOAD_VIEW.sortBy || view.direction !== DEFAULT_CASELOAD_VIEW.direction) {
    next.set('sort', view.sortBy);
    next.set('dir', view.direction);
  }
  return next;
}
