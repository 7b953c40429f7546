import { Frequency, SUSPECTED_CAUSE_LABELS, type SuspectedCause, TECHNIQUE_LABELS, type Technique } from '@outcomes/models';
import { CohortDimension } from './cohort-dimension';
import { COHORT_KEY_LABELS } from './cohort-query';

const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = {
  [Frequency.WEEKLY]: 'Weekly',
  [Frequency.BIWEEKLY]: 'Every other week',
};

/** The label users see for a cohort key; therapist keys are labelled with names by the caller. */
export function cohortLabel(groupBy: CohortDimension, key: string, therapistNames: ReadonlyMap<string, string>): string {
  switch (groupBy) {
    case CohortDimension.FREQUENCY:
      return FREQUENCY_LABELS[key as Frequency] ?? key;
    case CohortDimension.CAUSE:
      return SUSPECTED_CAUSE_LABELS[key as SuspectedCause] ?? key;
    case CohortDimension.TECHNIQUE:
      return TECHNIQUE_LABELS[key as Technique] ?? key;
    case CohortDimension.THERAPIST:
      return therapistNames.get(key) ?? 'Former therapist';
    default:
      return COHORT_KEY_LABELS[key] ?? key;
  }
}
