import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@outcomes/models';
import { Roles, Scope } from '../auth/auth.decorators';
import type { AccessScope } from '../common/access-scope';
import {
  CaseloadEntry,
  MedicationTrend,
  OutcomeSummary,
  TherapistComparison,
  TimeToResponse,
  Trajectory,
} from './analytics.types';
import { AnalyticsService } from './analytics.service';
import { CaseloadService } from './caseload.service';
import { CohortDimension } from './cohort-dimension';
import { AnalyticsFilter } from './dto/analytics-filter.input';
import { TherapistComparisonService } from './therapist-comparison.service';

const filterArg = { name: 'filter', type: () => AnalyticsFilter, nullable: true } as const;
const groupByArg = { name: 'groupBy', type: () => CohortDimension, defaultValue: CohortDimension.NONE } as const;

/** Owners see the clinic, therapists their own episodes, researchers the clinic with small cells suppressed. */
@Resolver()
export class AnalyticsResolver {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly therapists: TherapistComparisonService,
    private readonly caseloads: CaseloadService,
  ) {}

  @Roles(Role.OWNER, Role.THERAPIST, Role.RESEARCHER)
  @Query(() => OutcomeSummary, { description: 'Episodes, responders (≥ 30 %, ≥ 50 %), pain change, adherence, overdue and open red flags.' })
  outcomeSummary(
    @Scope() scope: AccessScope,
    @Args(groupByArg) groupBy: CohortDimension,
    @Args(filterArg) filter?: AnalyticsFilter,
  ): Promise<OutcomeSummary> {
    return this.analytics.outcomeSummary(scope, filter, groupBy);
  }

  @Roles(Role.OWNER, Role.THERAPIST, Role.RESEARCHER)
  @Query(() => Trajectory, { description: 'Pre-session pain by week since the episode started, with 95 % intervals.' })
  trajectory(
    @Scope() scope: AccessScope,
    @Args(groupByArg) groupBy: CohortDimension,
    @Args(filterArg) filter?: AnalyticsFilter,
  ): Promise<Trajectory> {
    return this.analytics.trajectory(scope, filter, groupBy);
  }

  @Roles(Role.OWNER, Role.THERAPIST, Role.RESEARCHER)
  @Query(() => MedicationTrend, { description: 'Pain-medication reduction against the 33 % benchmark.' })
  medicationTrend(
    @Scope() scope: AccessScope,
    @Args(groupByArg) groupBy: CohortDimension,
    @Args(filterArg) filter?: AnalyticsFilter,
  ): Promise<MedicationTrend> {
    return this.analytics.medicationTrend(scope, filter, groupBy);
  }

  @Roles(Role.OWNER, Role.THERAPIST, Role.RESEARCHER)
  @Query(() => TimeToResponse, { description: 'Kaplan–Meier time to response; drop-outs censored, never discarded.' })
  timeToResponse(
    @Scope() scope: AccessScope,
    @Args(groupByArg) groupBy: CohortDimension,
    @Args(filterArg) filter?: AnalyticsFilter,
  ): Promise<TimeToResponse> {
    return this.analytics.timeToResponse(scope, filter, groupBy);
  }

  @Roles(Role.OWNER)
  @Query(() => TherapistComparison, { description: 'Therapists raw and risk-adjusted (OLS on baseline, age, duration, cause).' })
  therapistComparison(@Scope() scope: AccessScope, @Args(filterArg) filter?: AnalyticsFilter): Promise<TherapistComparison> {
    return this.therapists.compare(scope, filter);
  }

  @Roles(Role.THERAPIST)
  @Query(() => [CaseloadEntry], { description: 'Your active episodes, with flags: red flag, failure to progress, overdue.' })
  caseload(@Scope() scope: AccessScope): Promise<CaseloadEntry[]> {
    return this.caseloads.caseload(scope);
  }
}
