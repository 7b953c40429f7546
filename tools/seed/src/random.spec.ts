import { SeededRandom } from './random';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function draws(rng: SeededRandom, count: number): number[] {
  return Array.from({ length: count }, () => rng.float());
}

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed and not for another', () => {
    expect(draws(SeededRandom.fromSeed(5), 20)).toEqual(draws(SeededRandom.fromSeed(5), 20));
    expect(draws(SeededRandom.fromSeed(5), 20)).not.toEqual(draws(SeededRandom.fromSeed(6), 20));
  });

  it('rejects seeds it would otherwise truncate', () => {
    expect(() => SeededRandom.fromSeed(-1)).toThrow(RangeError);
    expect(() => SeededRandom.fromSeed(2 ** 32)).toThrow(RangeError);
    expect(() => SeededRandom.fromSeed(1.5)).toThrow(RangeError);
  });

  it('gives the k-th split the same stream however much the earlier splits were used', () => {
    const quiet = SeededRandom.fromSeed(9);
    quiet.split();
    const secondOfQuiet = quiet.split();

    const busy = SeededRandom.fromSeed(9);
    draws(busy.split(), 1000);
    const secondOfBusy = busy.split();

    expect(draws(secondOfBusy, 10)).toEqual(draws(secondOfQuiet, 10));
  });

  it('gives independent-looking streams to successive splits', () => {
    const root = SeededRandom.fromSeed(3);
    expect(draws(root.split(), 10)).not.toEqual(draws(root.split(), 10));
  });

  it('keeps int() within both bounds and reaches each of them', () => {
    const rng = SeededRandom.fromSeed(11);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i += 1) seen.add(rng.int(-2, 2));
    expect([...seen].sort((a, b) => a - b)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('keeps float() in [0, 1) and uniform() in [min, max)', () => {
    const rng = SeededRandom.fromSeed(12);
    for (let i = 0; i < 5000; i += 1) {
      const unit = rng.float();
      const scaled = rng.uniform(4, 9);
      expect(unit >= 0 && unit < 1).toBe(true);
      expect(scaled >= 4 && scaled < 9).toBe(true);
    }
  });

  it('picks by weight: 3:1 weights give about 75 % and 25 %, and zero weight never', () => {
    const rng = SeededRandom.fromSeed(13);
    const counts = { heavy: 0, light: 0, never: 0 };
    for (let i = 0; i < 20_000; i += 1) {
      counts[
        rng.weighted([
          ['heavy', 3],
          ['light', 1],
          ['never', 0],
        ] as const)
      ] += 1;
    }
    // 20 000 draws: the binomial SD of the share is 0.3 %, so ±2 % is about 7 SD.
    expect(counts.heavy / 20_000).toBeGreaterThan(0.73);
    expect(counts.heavy / 20_000).toBeLessThan(0.77);
    expect(counts.never).toBe(0);
  });

  it('samples distinct values without replacement', () => {
    const rng = SeededRandom.fromSeed(14);
    for (let i = 0; i < 200; i += 1) {
      const sample = rng.weightedSample(
        [
          ['a', 5],
          ['b', 1],
          ['c', 1],
        ] as const,
        3,
      );
      expect([...sample].sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('draws normal deviates with the asked mean and standard deviation', () => {
    const rng = SeededRandom.fromSeed(15);
    const values = Array.from({ length: 20_000 }, () => rng.normal(10, 2));
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
    // SE of the mean is 2/sqrt(20000) = 0.014; of the SD about 0.01.
    expect(mean).toBeCloseTo(10, 1);
    expect(Math.sqrt(variance)).toBeCloseTo(2, 1);
  });

  it('bernoulli(p) comes out true about p of the time', () => {
    const rng = SeededRandom.fromSeed(16);
    let trues = 0;
    for (let i = 0; i < 20_000; i += 1) trues += rng.bernoulli(0.3) ? 1 : 0;
    expect(trues / 20_000).toBeGreaterThan(0.28);
    expect(trues / 20_000).toBeLessThan(0.32);
  });

  it('formats uuids as version 4 with the RFC variant, reproducibly and without repeats', () => {
    const rng = SeededRandom.fromSeed(17);
    const ids = Array.from({ length: 5000 }, () => rng.uuid());
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);

    const again = SeededRandom.fromSeed(17);
    expect(again.uuid()).toBe(ids[0]);
  });
});
