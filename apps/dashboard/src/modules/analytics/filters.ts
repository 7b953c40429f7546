// The analytics filter lives in the address: ?from=2025-01-01&cause=PIRIFORMIS&by=FREQUENCY. A
// filtered view can be bookmarked, shared and reached again with Back; the queries read their
// variables from here, so the address is the only copy of the state.
import { Condition, EpisodeStatus, Frequency, SuspectedCause, Technique } from '@outcomes/models';
import { CohortDimension, type AnalyticsFilter } from '../../gql/graphql';
import { isLocalDate } from '../clinical/dates';

export type FilterKey = 'from' | 'to' | 'condition' | 'cause' | 'frequency' | 'technique' | 'therapist' | 'status';

const LIST_KEYS = {
  condition: Condition,
  cause: SuspectedCause,
  frequency: Frequency,
  technique: Technique,
  status: EpisodeStatus,
} as const;

/** The address's values of a list key that the enum knows, sorted and without repeats. */
function enumValues<Code extends string>(params: URLSearchParams, key: string, known: Readonly<Record<string, Code>>): Code[] {
  const allowed = new Set<string>(Object.values(known));
  return [...new Set(params.getAll(key).filter((value) => allowed.has(value)))].sort() as Code[];
}

/**
 * The AnalyticsFilter the address describes, or null when it filters nothing. Unknown values are
 * dropped rather than sent (the API would refuse the whole query for one bad code in a link).
 */
export function filterFromParams(params: URLSearchParams): AnalyticsFilter | null {
  const filter: AnalyticsFilter = {};
  const from = params.get('from');
  const to = params.get('to');
  if (from && isLocalDate(from)) filter.startedFrom = from;
  if (to && isLocalDate(to)) filter.startedTo = to;
  const conditions = enumValues(params, 'condition', LIST_KEYS.condition);
  const causes = enumValues(params, 'cause', LIST_KEYS.cause);
  const frequencies = enumValues(params, 'frequency', LIST_KEYS.frequency);
  const techniques = enumValues(params, 'technique', LIST_KEYS.technique);
  const statuses = enumValues(params, 'status', LIST_KEYS.status);
  const therapistIds = [...new Set(params.getAll('therapist').filter((id) => /^[0-9a-f-]{36}$/i.test(id)))].sort();
  if (conditions.length) filter.conditions = conditions;
  if (causes.length) filter.causes = causes;
  if (frequencies.length) filter.frequencies = frequencies;
  if (techniques.length) filter.techniques = techniques;
  if (statuses.length) filter.statuses = statuses;
  if (therapistIds.length) filter.therapistIds = therapistIds;
  return Object.keys(filter).length > 0 ? filter : null;
}

export const GROUP_BY_LABELS: Readonly<Record<CohortDimension, string>> = {
  [CohortDimension.NONE]: 'All episodes together',
  [CohortDimension.FREQUENCY]: 'Planned frequency',
  [CohortDimension.TECHNIQUE]: 'Technique',
  [CohortDimension.CAUSE]: 'Suspected cause',
  [CohortDimension.THERAPIST]: 'Therapist',
  [CohortDimension.SEVERITY]: 'Baseline pain',
  [CohortDimension.SYMPTOM_DURATION]: 'Symptom duration',
};

/** The cohort split in the address (?by=…), NONE by default or when unknown. */
export function groupByFromParams(params: URLSearchParams): CohortDimension {
  const value = params.get('by');
  return (Object.values(CohortDimension) as string[]).includes(value ?? '') ? (value as CohortDimension) : CohortDimension.NONE;
}

/**
 * The address with one key set to `value` (or removed when it is empty), every other key kept.
 * Single-choice controls write one value; the parser also reads repeated keys (?cause=A&cause=B).
 */
export function withParam(params: URLSearchParams, key: FilterKey | 'by', value: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(key);
  if (value !== '' && !(key === 'by' && value === CohortDimension.NONE)) next.set(key, value);
  return next;
}

/** The address without any filter key (the cohort split and unrelated keys stay). */
export function withoutFilter(params: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['from', 'to', 'condition', 'cause', 'frequency', 'technique', 'therapist', 'status']) next.delete(key);
  return next;
}
