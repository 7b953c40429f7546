import { registerEnumType } from '@nestjs/graphql';

/** How analytics split episodes into cohorts. */
export enum CohortDimension {
  /** All episodes in one cohort. */
  NONE = 'NONE',
  FREQUENCY = 'FREQUENCY',
  /** An episode is in a technique's cohort when the technique was used in at least half its sessions. */
  TECHNIQUE = 'TECHNIQUE',
  CAUSE = 'CAUSE',
  THERAPIST = 'THERAPIST',
  /** Baseline pain 1-3, 4-6, 7-10 (a baseline of 0 is its own cohort, NONE_0). */
  SEVERITY = 'SEVERITY',
  /** Symptom duration at intake: < 6, 6-12, > 12 weeks. */
  SYMPTOM_DURATION = 'SYMPTOM_DURATION',
}

registerEnumType(CohortDimension, { name: 'CohortDimension', description: 'How analytics split episodes into cohorts.' });
