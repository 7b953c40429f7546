import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access-scope';
import { readsCube, settledCubeGeneration } from './cohort-cube';
import type { AnalyticsFilter } from './dto/analytics-filter.input';

/** Figures kept at most; each is one clinic's figure for one split (kilobytes, not megabytes). */
const CAPACITY = 512;

/**
 * Clinic-wide figures computed from the cohort cube, kept while the cube is unchanged. A figure is
 * reused only when, in the reading transaction, the clinic's cube generation is the one it was
 * computed at and no delta is pending: the documents then hold exactly what they held, so the
 * figure is exactly what computing it again would give. A write appends a delta (so the next
 * read computes afresh, from the documents and the deltas), and the compactor's folding it in
 * raises the generation. Nothing else is cached: filtered and therapist-scoped figures, and
 * anything read while deltas are pending, are computed every time.
 *
 * The key must name everything else the figure depends on (the role's suppression, the split,
 * the day for overdue counts, names used as labels). Least recently used figures go first.
 */
export class CubeFigureCache {
  private readonly figures = new Map<string, unknown>();

  constructor(private readonly capacity = CAPACITY) {}

  async figure<T>(
    manager: EntityManager,
    scope: AccessScope,
    filter: AnalyticsFilter | null | undefined,
    key: readonly string[],
    compute: () => Promise<T>,
  ): Promise<T> {
    if (!readsCube(scope, filter)) return compute();
    const generation = await settledCubeGeneration(manager, scope.clinicId);
    if (generation === null) return compute();
    const cacheKey = JSON.stringify([scope.clinicId, generation, scope.role, ...key]);
    if (this.figures.has(cacheKey)) {
      const figure = this.figures.get(cacheKey) as T;
      // Most recently used last.
      this.figures.delete(cacheKey);
      this.figures.set(cacheKey, figure);
      return figure;
    }
    const figure = await compute();
    this.figures.set(cacheKey, figure);
    if (this.figures.size > this.capacity) this.figures.delete(this.figures.keys().next().value as string);
    return figure;
  }

  get size(): number {
    return this.figures.size;
  }
}
