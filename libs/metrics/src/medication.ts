import {
  MEDICATION_REDUCTION_BENCHMARK,
  MME_FACTORS,
  MmeFactorTable,
  OPIOID_DOSE_UNIT,
  OpioidDrug,
} from '@outcomes/models';
import { describeValueCounts } from './value-counts';

/** One opioid on a medication report. */
export interface OpioidItem {
  drug: OpioidDrug;
  /** Strength of one dose in mg, or the patch rate in mcg/hr for transdermal fentanyl. */
  strengthPerDose: number;
  /** Doses taken per day; 1 for a fentanyl patch (record two patches worn together as two items). */
  dosesPerDay: number;
}

/** An episode's opioid load at baseline and at its latest report, in MME/day. */
export interface MmePair {
  baselineMme: number;
  latestMme: number;
  /** How many episodes have this pair (default 1): grouped pairs need not be expanded. */
  count?: number;
}

/** A cohort's medication reduction, for the dashboard's comparison with the field's one-third benchmark. */
export interface MedicationReductionSummary {
  /** Episodes with a baseline MME/day above 0: the denominator of every figure below. */
  n: number;
  /** Episodes left out because their baseline MME/day is 0 (nothing to reduce). */
  excludedWithoutBaseline: number;
  /** Median of the reductions (fractions); null when n = 0. */
  medianReduction: number | null;
  /** Mean of the reductions (fractions); null when n = 0. */
  meanReduction: number | null;
  /** Share of the n episodes whose reduction is ≥ 30 %; null when n = 0. */
  shareReducedAtLeast30: number | null;
  /** Share of the n episodes whose latest MME/day is 0; null when n = 0. */
  shareStopped: number | null;
  /** The field's headline reduction to compare the median with (a third). */
  benchmark: number;
}

/** Product choice: a 30 % cut counts as a meaningful medication reduction, mirroring the pain MCID. */
export const MEANINGFUL_MEDICATION_REDUCTION = 0.3;

/** Slack for the ≥ 30 % comparison: MME figures are products of decimal factors and carry rounding. */
const REDUCTION_TOLERANCE = 1e-9;

/**
 * Morphine milligram equivalents per day of one opioid item:
 * daily dose × conversion factor, where daily dose = strengthPerDose × dosesPerDay (mg/day), and the
 * factor comes from the named table of MME_FACTORS (CDC 2022 or Von Korff 2008). For transdermal
 * fentanyl the strength is the patch rate in mcg/hr, dosesPerDay must be 1, and the factor
 * (2.4 in CDC 2022) applies to the rate. Throws RangeError on negative or non-finite amounts,
 * or a fentanyl patch with dosesPerDay ≠ 1.
 */
export function itemDailyMme(
  drug: OpioidDrug,
  strengthPerDose: number,
  dosesPerDay: number,
  table: MmeFactorTable,
): number {
  assertNonNegative('strengthPerDose', strengthPerDose);
  assertNonNegative('dosesPerDay', dosesPerDay);
  if (OPIOID_DOSE_UNIT[drug] === 'mcg/hr' && dosesPerDay !== 1) {
    throw new RangeError(`${drug} is a continuous patch rate: dosesPerDay must be 1, got ${dosesPerDay}`);
  }
  return strengthPerDose * dosesPerDay * MME_FACTORS[table][drug];
}

/** Total MME/day of a medication report: the sum of {@link itemDailyMme} over its opioid items (0 for none). */
export function reportDailyMme(items: readonly OpioidItem[], table: MmeFactorTable): number {
  return items.reduce(
    (total, { drug, strengthPerDose, dosesPerDay }) => total + itemDailyMme(drug, strengthPerDose, dosesPerDay, table),
    0,
  );
}

/**
 * Medication reduction of an episode as a fraction of baseline: (baselineMme − latestMme) / baselineMme.
 * Positive is a reduction (0.5 = halved, 1 = stopped), negative an increase. Null when baselineMme ≤ 0.
 * Throws RangeError when latestMme is negative or either figure is not finite.
 */
export function medicationReduction(baselineMme: number, latestMme: number): number | null {
  if (!Number.isFinite(baselineMme)) {
    throw new RangeError(`baselineMme must be finite, got ${baselineMme}`);
  }
  assertNonNegative('latestMme', latestMme);
  if (baselineMme <= 0) {
    return null;
  }
  return (baselineMme - latestMme) / baselineMme;
}

/**
 * A cohort's medication reduction over the episodes with baselineMme > 0 (n; the others are counted
 * in excludedWithoutBaseline):
 * - medianReduction: exact median of {@link medicationReduction} (mean of the two middle values for even n);
 * - meanReduction: their arithmetic mean;
 * - shareReducedAtLeast30: share with reduction ≥ 0.3 (within 1e-9, for decimal rounding);
 * - shareStopped: share with latestMme = 0;
 * - benchmark: MEDICATION_REDUCTION_BENCHMARK (0.33), the field's "a third" to compare the median with.
 * Every figure but n, excludedWithoutBaseline and benchmark is null when n = 0.
 */
export function summarizeReductions(pairs: readonly MmePair[]): MedicationReductionSummary {
  const reductions = new Map<number, number>();
  let all = 0;
  let n = 0;
  let stopped = 0;
  let reducedAtLeast30 = 0;
  for (const { baselineMme, latestMme, count = 1 } of pairs) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
    all += count;
    const reduction = medicationReduction(baselineMme, latestMme);
    if (reduction === null) {
      continue;
    }
    reductions.set(reduction, (reductions.get(reduction) ?? 0) + count);
    n += count;
    stopped += latestMme === 0 ? count : 0;
    reducedAtLeast30 += reduction >= MEANINGFUL_MEDICATION_REDUCTION - REDUCTION_TOLERANCE ? count : 0;
  }
  const description = describeValueCounts([...reductions].map(([value, count]) => ({ value, count })));
  return {
    n,
    excludedWithoutBaseline: all - n,
    medianReduction: description.median,
    meanReduction: description.mean,
    shareReducedAtLeast30: n === 0 ? null : reducedAtLeast30 / n,
    shareStopped: n === 0 ? null : stopped / n,
    benchmark: MEDICATION_REDUCTION_BENCHMARK,
  };
}

function assertNonNegative(label: string, amount: number): void {
  if (!Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${label} must be a finite number ≥ 0, got ${amount}`);
  }
}
