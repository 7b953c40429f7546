import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/** Outputs thrown away after seeding: xoroshiro128+ seeded from a small integer starts with correlated values. */
const WARM_UP_STEPS = 32;

/**
 * A seeded random source: every decision of the seed generator comes from one of these, so the same
 * seed gives the same clinic. Wraps pure-rand's xoroshiro128+ (its recommended generator) in its
 * in-place form; a stream is advanced by each call and is not safe to share across interleaved work
 * whose order may change.
 */
export class SeededRandom {
  /** The second normal deviate of the last Box–Muller pair, used by the next call. */
  private spareNormal: number | null = null;

  private constructor(private readonly generator: JumpableRandomGenerator) {}

  /** A stream from a 32-bit seed (integers outside 0..2^32-1 are rejected, not silently truncated). */
  static fromSeed(seed: number): SeededRandom {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) {
      throw new RangeError(`a seed is an integer from 0 to ${0xffff_ffff}, got ${seed}`);
    }
    const generator = xoroshiro128plus(seed | 0);
    for (let step = 0; step < WARM_UP_STEPS; step += 1) generator.next();
    return new SeededRandom(generator);
  }

  /**
   * Hands out an independent stream and moves this one 2^64 draws ahead (xoroshiro's jump), so the
   * k-th split of a seed is the same stream however much the earlier ones were used.
   */
  split(): SeededRandom {
    const stream = new SeededRandom(this.generator.clone());
    this.generator.jump();
    return stream;
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.generator);
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int() needs integers min <= max, got ${min}..${max}`);
    }
    return uniformInt(this.generator, min, max);
  }

  bernoulli(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    if (!(total > 0)) throw new RangeError('weighted() needs a positive total weight');
    let threshold = this.float() * total;
    for (const [value, weight] of entries) {
      threshold -= weight;
      if (threshold < 0) return value;
    }
    // Floating-point slack can leave a sliver past the last entry; it belongs to the last non-zero one.
    const last = [...entries].reverse().find(([, weight]) => weight > 0);
    return (last as readonly [T, number])[0];
  }

  /** `count` distinct values, each draw weighted among the values not yet taken. */
  weightedSample<T>(entries: readonly (readonly [T, number])[], count: number): T[] {
    const remaining = entries.filter(([, weight]) => weight > 0).map(([value, weight]) => [value, weight] as const);
    const chosen: T[] = [];
    while (chosen.length < count && remaining.length > 0) {
      const value = this.weighted(remaining);
      chosen.push(value);
      remaining.splice(
        remaining.findIndex(([candidate]) => candidate === value),
        1,
      );
    }
    return chosen;
  }

  /** Normal deviate by the Box–Muller transform (both values of a pair are used). */
  normal(mean = 0, standardDeviation = 1): number {
    if (this.spareNormal !== null) {
      const spare = this.spareNormal;
      this.spareNormal = null;
      return mean + standardDeviation * spare;
    }
    // 1 - u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - this.float()));
    const angle = 2 * Math.PI * this.float();
    this.spareNormal = radius * Math.sin(angle);
    return mean + standardDeviation * radius * Math.cos(angle);
  }

  /** A UUID shaped as version 4 (RFC 9562): 122 random bits from this stream, so it is reproducible. */
  uuid(): string {
    const words = [this.generator.next(), this.generator.next(), this.generator.next(), this.generator.next()];
    const hex = words.map((word) => (word >>> 0).toString(16).padStart(8, '0')).join('');
    const variant = ((parseInt(hex[16] as string, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
