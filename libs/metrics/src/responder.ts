import {
  FAILURE_TO_PROGRESS_SESSIONS,
  PAIN_MAX,
  PAIN_MCID_FRACTION,
  PAIN_MCID_POINTS,
  PAIN_MIN,
  PAIN_MIN_RESPONSIVE_BASELINE,
  PAIN_SUBSTANTIAL_FRACTION,
} from '@outcomes/models';

/** What an episode's responder classification needs: its session count and first and latest pre-session NPRS. */
export interface EpisodePainCourse {
  /** Number of treatment sessions with a pre-session pain score (at least 1). */
  sessionCount: number;
  /** Baseline: the first pre-session NPRS score (integer 0–10). */
  baselinePain: number;
  /** The latest pre-session NPRS score (integer 0–10); equals the baseline after a single session. */
  latestPain: number;
}

/** Why an episode cannot be classified: one session has no follow-up; a baseline of 0 or 1 cannot drop 2 points. */
export type ResponderExclusion = 'SINGLE_SESSION' | 'BASELINE_BELOW_2';

/** An episode's responder status, or why it has none. */
export type ResponderClassification =
  | {
      eligible: true;
      /** Latest ≤ baseline − 2 AND latest ≤ 0.7 × baseline. */
      responder: boolean;
      /** Responder AND latest ≤ 0.5 × baseline. */
      substantialResponder: boolean;
      /** At least 4 sessions and not a responder. */
      failureToProgress: boolean;
    }
  | { eligible: false; exclusion: ResponderExclusion };

/** A cohort's responder counts and rates; excluded episodes are counted by reason, never dropped. */
export interface ResponderSummary {
  /** All episodes passed in. */
  total: number;
  /** Episodes with ≥ 2 sessions and baseline ≥ 2. */
  eligible: number;
  /** Excluded episodes by reason; eligible + both reasons = total. */
  excluded: Record<ResponderExclusion, number>;
  responders: number;
  substantialResponders: number;
  failureToProgress: number;
  /** responders / eligible; null when no episode is eligible. */
  responderRate: number | null;
  /** substantialResponders / eligible; null when no episode is eligible. */
  substantialResponderRate: number | null;
  /**
   * failureToProgress / eligible, over all eligible episodes including those with fewer than 4
   * sessions (which cannot yet fail); null when none is eligible.
   */
  failureToProgressRate: number | null;
}

/**
 * Classifies one episode by its pain course (DOMAIN product rule, Farrar 2001 / IMMPACT thresholds):
 * - not eligible, exclusion 'SINGLE_SESSION', when it has fewer than 2 sessions (checked first);
 * - not eligible, exclusion 'BASELINE_BELOW_2', when its baseline is 0 or 1 (it cannot improve by 2);
 * - otherwise eligible, and
 *   - responder when latest ≤ baseline − 2 AND latest ≤ 0.7 × baseline (≥ 2 points and ≥ 30 % better);
 *   - substantial responder when it is a responder AND latest ≤ 0.5 × baseline (≥ 50 % better;
 *     the 2-point rule is required too, so substantial responders are a subset of responders);
 *   - failure to progress when it has ≥ 4 sessions and is not a responder.
 * Percent thresholds are compared exactly in integers ((baseline − latest)·100 ≥ baseline·30), so a
 * baseline of 10 and a latest of 7 is a 30 % improvement. Throws RangeError when a score is not an
 * integer 0–10 or the session count is not an integer ≥ 1.
 */
export function classifyResponder(episode: EpisodePainCourse): ResponderClassification {
  assertPainCourse(episode);
  const { sessionCount, baselinePain, latestPain } = episode;
  if (sessionCount < 2) {
    return { eligible: false, exclusion: 'SINGLE_SESSION' };
  }
  if (baselinePain < PAIN_MIN_RESPONSIVE_BASELINE) {
    return { eligible: false, exclusion: 'BASELINE_BELOW_2' };
  }
  const responder =
    baselinePain - latestPain >= PAIN_MCID_POINTS &&
    improvedByAtLeast(baselinePain, latestPain, PAIN_MCID_FRACTION);
  return {
    eligible: true,
    responder,
    substantialResponder: responder && improvedByAtLeast(baselinePain, latestPain, PAIN_SUBSTANTIAL_FRACTION),
    failureToProgress: sessionCount >= FAILURE_TO_PROGRESS_SESSIONS && !responder,
  };
}

/**
 * Percent change in pain from baseline: (latest − baseline) / baseline × 100. Negative means less
 * pain (−30 is a 30 % improvement). Null when the baseline is 0 (no change can be expressed as a share of it).
 */
export function percentChange(baseline: number, latest: number): number | null {
  if (!Number.isFinite(baseline) || !Number.isFinite(latest)) {
    throw new RangeError('baseline and latest must be finite');
  }
  if (baseline === 0) {
    return null;
  }
  return ((latest - baseline) / baseline) * 100;
}

/**
 * Counts a cohort's episodes by {@link classifyResponder}: total, eligible, excluded by reason,
 * responders, substantial responders and failures to progress, with each of the last three as a
 * rate over the eligible episodes (null when none is eligible). Excluded episodes are counted,
 * never silently dropped.
 */
export function summarizeResponders(episodes: readonly EpisodePainCourse[]): ResponderSummary {
  const excluded: Record<ResponderExclusion, number> = { SINGLE_SESSION: 0, BASELINE_BELOW_2: 0 };
  let eligible = 0;
  let responders = 0;
  let substantialResponders = 0;
  let failureToProgress = 0;
  for (const episode of episodes) {
    const classification = classifyResponder(episode);
    if (!classification.eligible) {
      excluded[classification.exclusion] += 1;
      continue;
    }
    eligible += 1;
    responders += classification.responder ? 1 : 0;
    substantialResponders += classification.substantialResponder ? 1 : 0;
    failureToProgress += classification.failureToProgress ? 1 : 0;
  }
  const rate = (count: number): number | null => (eligible === 0 ? null : count / eligible);
  return {
    total: episodes.length,
    eligible,
    excluded,
    responders,
    substantialResponders,
    failureToProgress,
    responderRate: rate(responders),
    substantialResponderRate: rate(substantialResponders),
    failureToProgressRate: rate(failureToProgress),
  };
}

/**
 * (baseline − latest) ≥ fraction × baseline, compared in integers: the fraction is taken as whole
 * percent, which is exact for the published thresholds (30 %, 50 %) and integer NPRS scores.
 */
function improvedByAtLeast(baseline: number, latest: number, fraction: number): boolean {
  const percent = Math.round(fraction * 100);
  return (baseline - latest) * 100 >= baseline * percent;
}

function assertPainCourse({ sessionCount, baselinePain, latestPain }: EpisodePainCourse): void {
  if (!Number.isInteger(sessionCount) || sessionCount < 1) {
    throw new RangeError(`sessionCount must be an integer ≥ 1, got ${sessionCount}`);
  }
  for (const score of [baselinePain, latestPain]) {
    if (!Number.isInteger(score) || score < PAIN_MIN || score > PAIN_MAX) {
      throw new RangeError(`NPRS score must be an integer ${PAIN_MIN}–${PAIN_MAX}, got ${score}`);
    }
  }
}
