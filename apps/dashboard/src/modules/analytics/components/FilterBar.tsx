import { useId } from 'react';
import { Condition, EpisodeStatus, Frequency, SuspectedCause, Technique } from '@outcomes/models';
import { CohortDimension } from '../../../gql/graphql';
import {
  codesOf,
  CONDITION_LABELS,
  EPISODE_STATUS_LABELS,
  FREQUENCY_LABELS,
  SUSPECTED_CAUSE_LABELS,
  TECHNIQUE_LABELS,
} from '../../clinical/labels';
import { GROUP_BY_LABELS, type FilterKey } from '../filters';
import type { AnalyticsParams } from '../hooks/useAnalyticsParams';

export interface FilterBarProps {
  analytics: AnalyticsParams;
  /** The owner's therapists; absent for roles that may not list users. */
  therapists?: ReadonlyArray<{ id: string; displayName: string }>;
  /** Cohort splits offered (researchers never split by therapist). */
  dimensions: readonly CohortDimension[];
}

interface SelectSpec {
  key: FilterKey;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

const optionsOf = <Code extends string>(labels: Readonly<Record<Code, string>>) =>
  codesOf(labels).map((code) => ({ value: code, label: labels[code] }));

const SELECTS: readonly SelectSpec[] = [
  { key: 'condition', label: 'Condition', options: optionsOf<Condition>(CONDITION_LABELS) },
  { key: 'cause', label: 'Suspected cause', options: optionsOf<SuspectedCause>(SUSPECTED_CAUSE_LABELS) },
  { key: 'frequency', label: 'Frequency', options: optionsOf<Frequency>(FREQUENCY_LABELS) },
  { key: 'technique', label: 'Technique', options: optionsOf<Technique>(TECHNIQUE_LABELS) },
  { key: 'status', label: 'Status', options: optionsOf<EpisodeStatus>(EPISODE_STATUS_LABELS) },
];

/** The cohort filter and split, written to the address as they change. */
export function FilterBar({ analytics, therapists, dimensions }: FilterBarProps) {
  const id = useId();
  const { params, setParam, clearFilter, groupBy } = analytics;
  const selects: SelectSpec[] = therapists
    ? [...SELECTS, { key: 'therapist', label: 'Therapist', options: therapists.map((t) => ({ value: t.id, label: t.displayName })) }]
    : [...SELECTS];
  const filtered = ['from', 'to', ...selects.map((select) => select.key)].some((key) => params.has(key));

  return (
    <form className="card filter-bar" role="search" aria-label="Episodes to include" onSubmit={(event) => event.preventDefault()}>
      <div className="field">
        <label htmlFor={`${id}-from`}>Started from</label>
        <input id={`${id}-from`} type="date" value={params.get('from') ?? ''} onChange={(event) => setParam('from', event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Started to</label>
        <input id={`${id}-to`} type="date" value={params.get('to') ?? ''} onChange={(event) => setParam('to', event.target.value)} />
      </div>
      {selects.map((select) => (
        <div className="field" key={select.key}>
          <label htmlFor={`${id}-${select.key}`}>{select.label}</label>
          <select id={`${id}-${select.key}`} value={params.get(select.key) ?? ''} onChange={(event) => setParam(select.key, event.target.value)}>
            <option value="">All</option>
            {select.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${id}-by`}>Compare cohorts by</label>
        <select id={`${id}-by`} value={groupBy} onChange={(event) => setParam('by', event.target.value)}>
          {dimensions.map((dimension) => (
            <option key={dimension} value={dimension}>
              {GROUP_BY_LABELS[dimension]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button-small" onClick={clearFilter} disabled={!filtered}>
        Clear filter
      </button>
    </form>
  );
}

export const OWNER_DIMENSIONS: readonly CohortDimension[] = [
  CohortDimension.NONE,
  CohortDimension.FREQUENCY,
  CohortDimension.TECHNIQUE,
  CohortDimension.CAUSE,
  CohortDimension.THERAPIST,
  CohortDimension.SEVERITY,
  CohortDimension.SYMPTOM_DURATION,
];

export const RESEARCH_DIMENSIONS: readonly CohortDimension[] = OWNER_DIMENSIONS.filter(
  (dimension) => dimension !== CohortDimension.THERAPIST,
);
