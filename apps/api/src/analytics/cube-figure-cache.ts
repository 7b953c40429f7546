import { LRUCache } from 'lru-cache';
import type { EntityManager } from 'typeorm';
import type { AccessScope } from '../common/access-scope';
import { readsCube, settledCubeGeneration } from './cohort-cube';
import type { AnalyticsFilter } from './dto/analytics-filter.input';

/**
 * What the kept figures may add up to, measured as their JSON text: a figure split by frequency
 * is a few kilobytes, one split by 40 therapists a few hundred. In memory, objects take a few
 * times their JSON.
 */
const CAPACITY_JSON_BYTES = 8 * 1024 * 1024;

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
  // Boxed: LRUCache's values are objects, a figure may be any value.
  private readonly figures: LRUCache<string, { figure: unknown }>;

  constructor(capacityBytes = CAPACITY_JSON_BYTES) {
    // A figure larger than the whole size is not kept (LRUCache's maxEntrySize defaults to maxSize).
    this.figures = new LRUCache<string, { figure: unknown }>({
      maxSize: capacityBytes,
      sizeCalculation: ({ figure }, cacheKey) => cacheKey.length + JSON.stringify(figure).length,
    });
  }

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
    const kept = this.figures.get(cacheKey);
    if (kept) return kept.figure as T;
    const figure = await compute();
    this.figures.set(cacheKey, { figure });
    return figure;
  }

  /** Figures kept now, and their size as JSON text. */
  get usage(): { figures: number; bytes: number } {
    return { figures: this.figures.size, bytes: this.figures.calculatedSize };
  }
}
