import type { Goal } from './report';

/** The targets the issues set, each compared with the median over runs. */
export const GOALS = {
  /** Benchmark issue: seeding L on PostgreSQL within a minute. */
  seedSeconds: { comparator: '<=', value: 60, appliesTo: { size: 'L', engine: 'postgres' } },
  /** Analytics issue: the owner's overview for the largest clinic, p50 warm, on L/PostgreSQL. */
  overview: { comparator: '<=', value: 30, appliesTo: { size: 'L', engine: 'postgres' } },
  /** Analytics issue: a whole-deployment trajectory, p50, on L/PostgreSQL. */
  deploymentTrajectory: { comparator: '<=', value: 100, appliesTo: { size: 'L', engine: 'postgres' } },
  /** Benchmark issue: recordSession at 20 clients on PostgreSQL. */
  writesThroughput: { comparator: '>=', value: 800, appliesTo: { engine: 'postgres' } },
  writesP99: { comparator: '<=', value: 50, appliesTo: { engine: 'postgres' } },
  /** Analytics issue: a session just written shows in the next query (1 = yes). */
  readYourWrite: { comparator: '>=', value: 1 },
  /** Export issue: anonymized CSV at 300k rows/s with the API within 150 MB. */
  exportRows: { comparator: '>=', value: 300_000 },
  exportRss: { comparator: '<=', value: 150 },
  /** Dashboard issue: initial JavaScript within 250 kB gzip; overview charts drawn within 1 s on L. */
  initialJsKb: { comparator: '<=', value: 250 },
  paintMs: { comparator: '<=', value: 1000, appliesTo: { size: 'L' } },
} as const satisfies Record<string, Goal>;
