import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Frequency } from '@outcomes/models';
import { LocalDateResolver } from 'graphql-scalars';
import { CohortDimension } from './cohort-dimension';

/**
 * Output types of the analytics queries. Every figure a RESEARCHER sees with n <= 10 is null and
 * its cohort or point is marked suppressed (with complementary suppression), per CMS cell-size policy.
 */

@ObjectType({ description: 'n, mean, sample SD, median and the 95 % CI of the mean: mean ± t(0.975, n−1)·SD/√n (null when n < 2).' })
export class Distribution {
  @Field(() => Int)
  n!: number;

  @Field(() => Float, { nullable: true })
  mean!: number | null;

  @Field(() => Float, { nullable: true })
  sd!: number | null;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  ciLow!: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh!: number | null;
}

/** What every cohort's figures carry: its key, its label, and whether a researcher may see them. */
@ObjectType({ isAbstract: true })
export abstract class CohortFigures {
  @Field()
  cohort!: string;

  @Field()
  label!: string;

  @Field({ description: 'True when its n is 10 or less for a researcher (or it would reveal such a cell): figures are null.' })
  suppressed!: boolean;
}

@ObjectType()
export class TrajectoryPoint {
  @Field(() => Int, { description: 'Week since the episode started: floor(dayIndex / 7).' })
  week!: number;

  @Field({ description: 'True when n <= 10 for a researcher (or to protect such a cell): figures are null.' })
  suppressed!: boolean;

  @Field(() => Distribution, {
    nullable: true,
    description: 'Pre-session pain (NPRS 0–10); each episode counts once, with the mean of its sessions that week.',
  })
  pain!: Distribution | null;

  @Field(() => Distribution, { nullable: true, description: 'The same per-episode week value minus the episode’s baseline.' })
  change!: Distribution | null;
}

@ObjectType()
export class CohortTrajectory extends CohortFigures {
  @Field(() => Int, { nullable: true, description: 'Episodes with at least one session in this cohort.' })
  episodes!: number | null;


  @Field(() => [TrajectoryPoint])
  points!: TrajectoryPoint[];
}

@ObjectType()
export class Trajectory {
  @Field(() => CohortDimension)
  groupBy!: CohortDimension;

  @Field(() => [CohortTrajectory])
  cohorts!: CohortTrajectory[];
}

@ObjectType({ description: 'The real gaps between consecutive sessions against the planned gap.' })
export class Adherence {
  @Field(() => Frequency)
  plannedFrequency!: Frequency;

  @Field(() => Int)
  plannedGapDays!: number;

  @Field(() => Int, { description: 'Gaps between consecutive sessions observed.' })
  gaps!: number;

  @Field(() => Float, { nullable: true })
  medianGapDays!: number | null;
}

@ObjectType()
export class CohortOutcome extends CohortFigures {
  @Field(() => Int, { nullable: true })
  episodes!: number | null;

  @Field(() => Int, { nullable: true })
  active!: number | null;

  @Field(() => Int, { nullable: true })
  discharged!: number | null;

  @Field(() => Int, { nullable: true, description: 'Drop-outs are counted, never left out.' })
  droppedOut!: number | null;

  @Field(() => Int, { nullable: true })
  sessions!: number | null;

  @Field(() => Int, { nullable: true, description: 'Episodes with at least 2 sessions and a baseline of at least 2: the denominator of the rates.' })
  eligible!: number | null;

  @Field(() => Int, { nullable: true, description: 'Excluded: fewer than 2 sessions.' })
  excludedSingleSession!: number | null;

  @Field(() => Int, { nullable: true, description: 'Excluded: baseline below 2, which cannot show a 2-point improvement.' })
  excludedLowBaseline!: number | null;

  @Field(() => Int, { nullable: true, description: 'Latest ≤ baseline − 2 and latest ≤ 0.7 × baseline.' })
  responders!: number | null;

  @Field(() => Float, { nullable: true })
  responderRate!: number | null;

  @Field(() => Int, { nullable: true, description: 'Responders with latest ≤ 0.5 × baseline (≥ 50 %).' })
  substantialResponders!: number | null;

  @Field(() => Float, { nullable: true })
  substantialRate!: number | null;

  @Field(() => Int, { nullable: true, description: '4 or more sessions and not a responder.' })
  failureToProgress!: number | null;

  @Field(() => Float, { nullable: true, description: 'Over eligible episodes with 4 or more sessions.' })
  failureToProgressRate!: number | null;

  @Field(() => Distribution, { nullable: true, description: 'Latest − baseline, in NPRS points, over eligible episodes.' })
  painChange!: Distribution | null;

  @Field(() => Distribution, { nullable: true, description: '(latest − baseline) / baseline × 100, over eligible episodes.' })
  percentChange!: Distribution | null;

  @Field(() => Int, { nullable: true, description: 'Active episodes whose last session (or start) is older than the planned gap + 3 days.' })
  overdue!: number | null;

  @Field(() => [Adherence], { nullable: true })
  adherence!: Adherence[] | null;
}

@ObjectType()
export class OutcomeSummary {
  @Field(() => CohortDimension)
  groupBy!: CohortDimension;

  @Field(() => CohortOutcome, { description: 'All episodes matching the filter.' })
  total!: CohortOutcome;

  @Field(() => [CohortOutcome])
  cohorts!: CohortOutcome[];

  @Field(() => Int, { nullable: true, description: 'Red-flag alerts without a referral among these episodes.' })
  openRedFlags!: number | null;
}

@ObjectType()
export class ReductionPoint {
  @Field(() => Int)
  week!: number;

  @Field()
  suppressed!: boolean;

  @Field(() => Distribution, { nullable: true, description: 'Reduction from baseline in % (positive = less), per episode with a report that week.' })
  reduction!: Distribution | null;
}

@ObjectType()
export class ReductionSummary {
  @Field(() => Int, { nullable: true, description: 'Episodes with a baseline above 0.' })
  n!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median of (baseline − latest) / baseline, as a fraction.' })
  medianReduction!: number | null;

  @Field(() => Float, { nullable: true })
  meanReduction!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share reduced by at least 30 %.' })
  shareReducedAtLeast30!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share that stopped (latest = 0).' })
  shareStopped!: number | null;
}

@ObjectType()
export class CohortMedication extends CohortFigures {
  @Field(() => ReductionSummary, { description: 'Opioids, in MME/day: first report = baseline, last = latest.' })
  opioids!: ReductionSummary;

  @Field(() => ReductionSummary, { description: 'Non-opioid analgesics, in doses per week (all classes).' })
  nonOpioids!: ReductionSummary;

  @Field(() => [ReductionPoint], { description: 'Opioid reduction by week since the episode started.' })
  opioidTrend!: ReductionPoint[];

  @Field(() => [ReductionPoint])
  nonOpioidTrend!: ReductionPoint[];
}

@ObjectType()
export class MedicationTrend {
  @Field(() => CohortDimension)
  groupBy!: CohortDimension;

  @Field(() => Float, { description: 'The field’s headline: about a third less pain medication (0.33).' })
  benchmark!: number;

  @Field(() => [CohortMedication])
  cohorts!: CohortMedication[];
}

@ObjectType()
export class SurvivalStep {
  @Field(() => Int, { description: 'Day since the episode started.' })
  day!: number;

  @Field(() => Int)
  atRisk!: number;

  @Field(() => Int)
  events!: number;

  @Field(() => Int)
  censored!: number;

  @Field(() => Float, { description: 'Share not yet responded, S(t).' })
  survival!: number;

  @Field(() => Float, { nullable: true })
  ciLow!: number | null;

  @Field(() => Float, { nullable: true })
  ciHigh!: number | null;
}

@ObjectType()
export class CohortTimeToResponse extends CohortFigures {
  @Field(() => Int, { nullable: true })
  episodes!: number | null;

  @Field(() => Int, { nullable: true })
  events!: number | null;

  @Field(() => Int, { nullable: true, description: 'Episodes that had not responded by their last session, drop-outs included.' })
  censored!: number | null;

  @Field(() => Int, { nullable: true, description: 'Smallest day with S ≤ 0.5; null if never reached.' })
  medianDays!: number | null;

  @Field(() => [SurvivalStep])
  steps!: SurvivalStep[];
}

@ObjectType()
export class TimeToResponse {
  @Field(() => CohortDimension)
  groupBy!: CohortDimension;

  @Field(() => [CohortTimeToResponse])
  cohorts!: CohortTimeToResponse[];
}

@ObjectType()
export class Estimate {
  @Field(() => Float)
  estimate!: number;

  @Field(() => Float)
  standardError!: number;

  @Field(() => Float)
  ciLow!: number;

  @Field(() => Float)
  ciHigh!: number;
}

@ObjectType()
export class RegressionCoefficient extends Estimate {
  @Field()
  name!: string;
}

@ObjectType()
export class TherapistOutcome {
  @Field(() => ID)
  therapistId!: string;

  @Field()
  displayName!: string;

  @Field(() => Int)
  episodes!: number;

  @Field(() => Float, { nullable: true })
  responderRate!: number | null;

  @Field(() => Distribution, { description: 'Raw latest − baseline over eligible episodes.' })
  rawChange!: Distribution;

  @Field(() => Estimate, { nullable: true, description: 'Predicted change for this therapist at the clinic’s average case mix.' })
  adjustedChange!: Estimate | null;

  @Field(() => Estimate, { nullable: true, description: 'Adjusted difference from the reference therapist.' })
  adjustedDifference!: Estimate | null;
}

@ObjectType()
export class TherapistComparison {
  @Field(() => ID, { nullable: true, description: 'The therapist the adjusted differences are measured from (the one with most eligible episodes).' })
  referenceTherapistId!: string | null;

  @Field(() => [TherapistOutcome])
  therapists!: TherapistOutcome[];

  @Field(() => [RegressionCoefficient], { description: 'OLS of change on baseline, age band, symptom duration band, cause and therapist.' })
  coefficients!: RegressionCoefficient[];

  @Field(() => Int)
  n!: number;

  @Field(() => Float, { nullable: true })
  rSquared!: number | null;

  @Field(() => String, { nullable: true, description: 'Why no adjusted figures could be fitted, when they could not.' })
  adjustmentUnavailable!: string | null;
}

@ObjectType()
export class WeeklyPain {
  @Field(() => Int)
  week!: number;

  @Field(() => Float)
  meanPain!: number;
}

@ObjectType()
export class CaseloadEntry {
  @Field(() => ID)
  patientId!: string;

  @Field()
  patientName!: string;

  @Field(() => ID)
  episodeId!: string;

  @Field(() => Frequency)
  plannedFrequency!: Frequency;

  @Field(() => Int)
  sessionCount!: number;

  @Field(() => Int, { nullable: true })
  baselinePain!: number | null;

  @Field(() => Int, { nullable: true })
  latestPain!: number | null;

  @Field(() => Int, { nullable: true, description: 'latest − baseline.' })
  painChange!: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  lastSessionDate!: string | null;

  @Field(() => LocalDateResolver, { description: 'Last session (or the start) + the planned gap.' })
  nextDueDate!: string;

  @Field()
  redFlag!: boolean;

  @Field()
  failureToProgress!: boolean;

  @Field()
  overdue!: boolean;

  @Field(() => [WeeklyPain], { description: 'Mean pre-session pain per week, for a sparkline.' })
  weeklyPain!: WeeklyPain[];
}
