import type { ValueCount } from '@outcomes/metrics';

/** Counts per distinct value: the exact, mergeable sufficient statistic behind means and medians. */
export class ValueCounter {
  private readonly countsByValue = new Map<number, number>();
  total = 0;

  add(value: number, count: number): void {
    this.countsByValue.set(value, (this.countsByValue.get(value) ?? 0) + count);
    this.total += count;
  }

  counts(): ValueCount[] {
    return [...this.countsByValue].map(([value, count]) => ({ value, count }));
  }
}
