import { graphql } from '../../../gql';

export const OUTCOME_SUMMARY_QUERY = graphql(`
  query OutcomeSummary($filter: AnalyticsFilter, $groupBy: CohortDimension!) {
    outcomeSummary(filter: $filter, groupBy: $groupBy) {
      groupBy
      openRedFlags
      total {
        ...CohortOutcomeFields
      }
      cohorts {
        ...CohortOutcomeFields
      }
    }
  }

  fragment CohortOutcomeFields on CohortOutcome {
    cohort
    label
    suppressed
    episodes
    active
    discharged
    droppedOut
    sessions
    eligible
    excludedLowBaseline
    excludedSingleSession
    responders
    responderRate
    substantialResponders
    substantialRate
    failureToProgress
    failureToProgressRate
    overdue
    painChange {
      n
      mean
      ciLow
      ciHigh
    }
    percentChange {
      n
      mean
      median
    }
  }
`);

export const TRAJECTORY_QUERY = graphql(`
  query CohortTrajectory($filter: AnalyticsFilter, $groupBy: CohortDimension!) {
    trajectory(filter: $filter, groupBy: $groupBy) {
      groupBy
      cohorts {
        cohort
        label
        episodes
        suppressed
        points {
          week
          suppressed
          pain {
            n
            mean
            sd
            ciLow
            ciHigh
          }
        }
      }
    }
  }
`);

export const MEDICATION_TREND_QUERY = graphql(`
  query MedicationTrend($filter: AnalyticsFilter, $groupBy: CohortDimension!) {
    medicationTrend(filter: $filter, groupBy: $groupBy) {
      groupBy
      benchmark
      cohorts {
        cohort
        label
        suppressed
        opioids {
          n
          medianReduction
          meanReduction
          shareReducedAtLeast30
          shareStopped
        }
        nonOpioids {
          n
          medianReduction
        }
        opioidTrend {
          week
          suppressed
          reduction {
            n
            median
            mean
            ciLow
            ciHigh
          }
        }
      }
    }
  }
`);

export const TIME_TO_RESPONSE_QUERY = graphql(`
  query TimeToResponse($filter: AnalyticsFilter, $groupBy: CohortDimension!) {
    timeToResponse(filter: $filter, groupBy: $groupBy) {
      groupBy
      cohorts {
        cohort
        label
        suppressed
        episodes
        events
        censored
        medianDays
        steps {
          day
          atRisk
          events
          censored
          survival
          ciLow
          ciHigh
        }
      }
    }
  }
`);

export const THERAPIST_COMPARISON_QUERY = graphql(`
  query TherapistComparison($filter: AnalyticsFilter) {
    therapistComparison(filter: $filter) {
      n
      rSquared
      adjustmentUnavailable
      referenceTherapistId
      therapists {
        therapistId
        displayName
        episodes
        responderRate
        rawChange {
          n
          mean
          ciLow
          ciHigh
        }
        adjustedChange {
          estimate
          ciLow
          ciHigh
        }
        adjustedDifference {
          estimate
          ciLow
          ciHigh
        }
      }
    }
  }
`);

export const CASELOAD_QUERY = graphql(`
  query Caseload {
    caseload {
      episodeId
      patientId
      patientName
      plannedFrequency
      sessionCount
      baselinePain
      latestPain
      painChange
      lastSessionDate
      nextDueDate
      overdue
      redFlag
      failureToProgress
      weeklyPain {
        week
        meanPain
      }
    }
  }
`);

/** The clinic's therapists, for the owner's therapist filter. */
export const THERAPIST_OPTIONS_QUERY = graphql(`
  query TherapistOptions {
    users {
      id
      displayName
      role
      active
    }
  }
`);
