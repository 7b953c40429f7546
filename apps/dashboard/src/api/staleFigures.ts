import type { ApolloCache } from '@apollo/client';

/**
 * Root fields the API computes from the clinic's records (alerts, the caseload, the cohort
 * figures). A write to a record makes them stale: they are dropped from the cache and asked for
 * again when next shown.
 */
const COMPUTED_ROOT_FIELDS = [
  'openRedFlagAlerts',
  'caseload',
  'outcomeSummary',
  'trajectory',
  'medicationTrend',
  'timeToResponse',
  'therapistComparison',
] as const;

export function evictComputedFigures(cache: ApolloCache): void {
  for (const fieldName of COMPUTED_ROOT_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
