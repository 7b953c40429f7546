import { Z_95 } from './t-distribution';

/**
 * Slack for "S ≤ 0.5": a product of factors such as 0.8·0.75·(5/6) is exactly 0.5 but comes out
 * 0.5000000000000001 in floating point. R's quantile.survfit uses the same √ε tolerance.
 */
const MEDIAN_TOLERANCE = Math.sqrt(Number.EPSILON);

/**
 * One episode's follow-up for time-to-event analysis, e.g. time to response: `time` is when the
 * episode responded (`event: true`) or was last seen without responding, a drop-out or an
 * episode still under care (`event: false`, censored).
 */
export interface SurvivalObservation {
  time: number;
  event: boolean;
}

/** The Kaplan–Meier curve at one distinct event time. */
export interface KaplanMeierStep {
  time: number;
  /** Episodes with time ≥ this time (those censored at this time included). */
  atRisk: number;
  /** Events at exactly this time. */
  events: number;
  /** Episodes censored at exactly this time (still counted at risk here). */
  censored: number;
  /** S(time) = Π over event times tᵢ ≤ time of (1 − dᵢ/nᵢ). */
  survival: number;
  /** Lower end of the 95 % log-transformed interval, clipped at 0; null when survival is 0. */
  ciLow: number | null;
  /** Upper end of the 95 % log-transformed interval, clipped at 1; null when survival is 0. */
  ciHigh: number | null;
}

/** The result of {@link kaplanMeier}. */
export interface KaplanMeierCurve {
  steps: KaplanMeierStep[];
  /** Smallest event time with S ≤ 0.5; null when the curve never reaches 0.5. */
  median: number | null;
  /** Number of observations. */
  n: number;
  /** Number of events. */
  events: number;
  /** Number of censored observations. */
  censored: number;
}

/**
 * Kaplan–Meier estimate of the survival function S(t) (e.g. the share of episodes not yet
 * responded by day t), with drop-outs as censored observations rather than discarded.
 * At each distinct event time tᵢ, nᵢ = observations with time ≥ tᵢ and dᵢ = events at tᵢ; censoring
 * at tᵢ is taken to happen after the events at tᵢ (those censored count as at risk).
 * - S(tᵢ) = Π_{tⱼ ≤ tᵢ} (1 − dⱼ/nⱼ);
 * - 95 % CI, log transform (R survival's default conf.type = "log"):
 *   S·exp(±z·√G) with G = Σ_{tⱼ ≤ tᵢ} dⱼ / (nⱼ(nⱼ − dⱼ)) (Greenwood) and z = 1.959963984540054,
 *   clipped to [0, 1]; null where S = 0 (the interval is undefined there, as in R);
 * - median = the smallest event time with S ≤ 0.5 (within √ε ≈ 1.5e-8, for floating-point products;
 *   null if never reached). R's print.survfit instead reports the midpoint to the next event time
 *   when S is exactly 0.5 over an interval; this does not.
 * Steps are reported at event times only; censoring-only times change no estimate. Throws
 * RangeError when a time is negative or not finite.
 */
export function kaplanMeier(observations: readonly SurvivalObservation[]): KaplanMeierCurve {
  for (const { time } of observations) {
    if (!Number.isFinite(time) || time < 0) {
      throw new RangeError(`time must be a finite number ≥ 0, got ${time}`);
    }
  }
  const steps: KaplanMeierStep[] = [];
  let survival = 1;
  let greenwoodSum = 0;
  let atRisk = observations.length;
  for (const { time, events, censored } of tallyByTime(observations)) {
    if (events > 0) {
      survival *= 1 - events / atRisk;
      greenwoodSum += events / (atRisk * (atRisk - events));
      steps.push({ time, atRisk, events, censored, survival, ...logInterval(survival, greenwoodSum) });
    }
    atRisk -= events + censored;
  }
  const totalEvents = observations.filter(({ event }) => event).length;
  return {
    steps,
    median: steps.find((step) => step.survival <= 0.5 + MEDIAN_TOLERANCE)?.time ?? null,
    n: observations.length,
    events: totalEvents,
    censored: observations.length - totalEvents,
  };
}

interface TimeTally {
  time: number;
  events: number;
  censored: number;
}

/** Events and censorings per distinct time, ascending. */
function tallyByTime(observations: readonly SurvivalObservation[]): TimeTally[] {
  const byTime = new Map<number, TimeTally>();
  for (const { time, event } of observations) {
    const tally = byTime.get(time) ?? { time, events: 0, censored: 0 };
    if (event) {
      tally.events += 1;
    } else {
      tally.censored += 1;
    }
    byTime.set(time, tally);
  }
  return [...byTime.values()].sort((a, b) => a.time - b.time);
}

function logInterval(survival: number, greenwoodSum: number): Pick<KaplanMeierStep, 'ciLow' | 'ciHigh'> {
  if (survival === 0) {
    return { ciLow: null, ciHigh: null };
  }
  const margin = Z_95 * Math.sqrt(greenwoodSum);
  return {
    ciLow: Math.max(0, survival * Math.exp(-margin)),
    ciHigh: Math.min(1, survival * Math.exp(margin)),
  };
}
