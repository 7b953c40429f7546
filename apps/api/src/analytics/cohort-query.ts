import type { AccessScope } from '../common/access-scope';
import { CohortDimension } from './cohort-dimension';
import type { AnalyticsFilter } from './dto/analytics-filter.input';

/**
 * SQL fragments selecting the episodes an analytics figure covers, and the cohort each belongs
 * to: `FROM ${from} WHERE ${where}`, with `${cohortKey}` usable in SELECT and GROUP BY. Episodes
 * are aliased `e`, their rollup `o` (episode_outcome), their cohort row `c` (episode_cohort). Values travel as named parameters
 * (`:name`), never in the SQL text.
 *
 * The one place where a user's scope and a filter become SQL for analytics and exports: the
 * clinic always; a therapist's own episodes only.
 */
export interface CohortSql {
  from: string;
  where: string;
  cohortKey: string;
  parameters: Record<string, unknown>;
}

/** Each dimension's cohort key of an episode (e = episode, o = its episode_outcome), as episode_cohort stores it. */
const COHORT_KEYS: Readonly<Record<Exclude<CohortDimension, CohortDimension.TECHNIQUE>, string>> = {
  [CohortDimension.NONE]: `'ALL'`,
  [CohortDimension.FREQUENCY]: 'e.planned_frequency',
  [CohortDimension.CAUSE]: 'e.suspected_cause',
  [CohortDimension.THERAPIST]: 'CAST(e.therapist_id AS TEXT)',
  [CohortDimension.SEVERITY]: `CASE WHEN o.baseline_pain IS NULL THEN 'NO_SESSIONS'
    WHEN o.baseline_pain = 0 THEN 'NONE_0' WHEN o.baseline_pain <= 3 THEN 'MILD_1_3'
    WHEN o.baseline_pain <= 6 THEN 'MODERATE_4_6' ELSE 'SEVERE_7_10' END`,
  [CohortDimension.SYMPTOM_DURATION]: `CASE WHEN e.symptom_duration_weeks < 6 THEN 'UNDER_6_WEEKS'
    WHEN e.symptom_duration_weeks <= 12 THEN 'WEEKS_6_12' ELSE 'OVER_12_WEEKS' END`,
};

/** A technique counts for an episode when used in at least half its sessions. */
const TECHNIQUE_MAJORITY = (alias: string): string => `${alias}.session_count * 2 >= o.session_count`;

/**
 * SELECT of the episode_cohort rows of the episodes `where` selects (over e = episode and o = its
 * episode_outcome, already rebuilt): one per dimension, and one per technique used in at least
 * half the episode's sessions (so an episode may be in several technique cohorts, or none).
 */
export function episodeCohortSelect(where: string): string {
  const from = 'episode e JOIN episode_outcome o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id';
  const fixed = Object.entries(COHORT_KEYS).map(
    ([dimension, key]) => `SELECT e.clinic_id, e.id, '${dimension}', ${key} FROM ${from} WHERE ${where}`,
  );
  const techniques = `SELECT e.clinic_id, e.id, '${CohortDimension.TECHNIQUE}', t.technique FROM ${from}
    JOIN episode_technique t ON t.clinic_id = e.clinic_id AND t.episode_id = e.id AND ${TECHNIQUE_MAJORITY('t')}
    WHERE ${where}`;
  return [...fixed, techniques].join(' UNION ALL ');
}

/** Display labels of the computed cohort keys; enum codes and therapist ids are labelled by the caller. */
export const COHORT_KEY_LABELS: Readonly<Record<string, string>> = {
  ALL: 'All episodes',
  NO_SESSIONS: 'No sessions yet',
  NONE_0: 'Baseline 0',
  MILD_1_3: 'Baseline 1–3',
  MODERATE_4_6: 'Baseline 4–6',
  SEVERE_7_10: 'Baseline 7–10',
  UNDER_6_WEEKS: 'Symptoms < 6 weeks',
  WEEKS_6_12: 'Symptoms 6–12 weeks',
  OVER_12_WEEKS: 'Symptoms > 12 weeks',
};

export function cohortSql(scope: AccessScope, filter: AnalyticsFilter | null | undefined, groupBy: CohortDimension): CohortSql {
  const parameters: Record<string, unknown> = { clinicId: scope.clinicId };
  const conditions = ['e.clinic_id = :clinicId'];
  let from = 'episode e JOIN episode_outcome o ON o.clinic_id = e.clinic_id AND o.episode_id = e.id';

  if (scope.therapistId) {
    conditions.push('e.therapist_id = :scopeTherapistId');
    parameters['scopeTherapistId'] = scope.therapistId;
  }
  if (filter?.startedFrom) {
    conditions.push('e.start_date >= :startedFrom');
    parameters['startedFrom'] = filter.startedFrom;
  }
  if (filter?.startedTo) {
    conditions.push('e.start_date <= :startedTo');
    parameters['startedTo'] = filter.startedTo;
  }
  const anyOf = (column: string, name: string, values: readonly string[] | null | undefined): void => {
    if (!values?.length) return;
    conditions.push(`${column} IN (:...${name})`);
    parameters[name] = [...values];
  };
  anyOf('e.condition', 'conditions', filter?.conditions);
  anyOf('e.suspected_cause', 'causes', filter?.causes);
  anyOf('e.planned_frequency', 'frequencies', filter?.frequencies);
  anyOf('e.therapist_id', 'therapistIds', filter?.therapistIds);
  anyOf('e.status', 'statuses', filter?.statuses);
  if (filter?.techniques?.length) {
    conditions.push(`EXISTS (SELECT 1 FROM episode_technique ft
      WHERE ft.clinic_id = e.clinic_id AND ft.episode_id = e.id AND ft.technique IN (:...techniques) AND ${TECHNIQUE_MAJORITY('ft')})`);
    parameters['techniques'] = [...filter.techniques];
  }

  let cohortKey = `'ALL'`;
  if (groupBy !== CohortDimension.NONE) {
    // An episode belongs to every technique cohort it qualifies for, so it may count in several.
    from += ` JOIN episode_cohort c ON c.clinic_id = e.clinic_id AND c.episode_id = e.id AND c.dimension = :cohortDimension`;
    parameters['cohortDimension'] = groupBy;
    cohortKey = 'c.cohort';
  }
  return { from, where: conditions.join(' AND '), cohortKey, parameters };
}
