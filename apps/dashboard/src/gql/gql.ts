/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query OutcomeSummary($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    outcomeSummary(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      openRedFlags\n      total {\n        ...CohortOutcomeFields\n      }\n      cohorts {\n        ...CohortOutcomeFields\n      }\n    }\n  }\n\n  fragment CohortOutcomeFields on CohortOutcome {\n    cohort\n    label\n    suppressed\n    episodes\n    active\n    discharged\n    droppedOut\n    sessions\n    eligible\n    excludedLowBaseline\n    excludedSingleSession\n    responders\n    responderRate\n    substantialResponders\n    substantialRate\n    failureToProgress\n    failureToProgressRate\n    overdue\n    painChange {\n      n\n      mean\n      ciLow\n      ciHigh\n    }\n    percentChange {\n      n\n      mean\n      median\n    }\n  }\n": typeof types.OutcomeSummaryDocument,
    "\n  query CohortTrajectory($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    trajectory(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        episodes\n        suppressed\n        points {\n          week\n          suppressed\n          pain {\n            n\n            mean\n            sd\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n": typeof types.CohortTrajectoryDocument,
    "\n  query MedicationTrend($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    medicationTrend(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      benchmark\n      cohorts {\n        cohort\n        label\n        suppressed\n        opioids {\n          n\n          medianReduction\n          meanReduction\n          shareReducedAtLeast30\n          shareStopped\n        }\n        nonOpioids {\n          n\n          medianReduction\n        }\n        opioidTrend {\n          week\n          suppressed\n          reduction {\n            n\n            median\n            mean\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n": typeof types.MedicationTrendDocument,
    "\n  query TimeToResponse($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    timeToResponse(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        suppressed\n        episodes\n        events\n        censored\n        medianDays\n        steps {\n          day\n          atRisk\n          events\n          censored\n          survival\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n": typeof types.TimeToResponseDocument,
    "\n  query TherapistComparison($filter: AnalyticsFilter) {\n    therapistComparison(filter: $filter) {\n      n\n      rSquared\n      adjustmentUnavailable\n      referenceTherapistId\n      therapists {\n        therapistId\n        displayName\n        episodes\n        responderRate\n        rawChange {\n          n\n          mean\n          ciLow\n          ciHigh\n        }\n        adjustedChange {\n          estimate\n          ciLow\n          ciHigh\n        }\n        adjustedDifference {\n          estimate\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n": typeof types.TherapistComparisonDocument,
    "\n  query Caseload {\n    caseload {\n      episodeId\n      patientId\n      patientName\n      plannedFrequency\n      sessionCount\n      baselinePain\n      latestPain\n      painChange\n      lastSessionDate\n      nextDueDate\n      overdue\n      redFlag\n      failureToProgress\n      weeklyPain {\n        week\n        meanPain\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  query TherapistOptions {\n    users {\n      id\n      displayName\n      role\n      active\n    }\n  }\n": typeof types.TherapistOptionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorRole\n          action\n          objectType\n          objectId\n          detail\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment MedicationReportFields on MedicationReport {\n    id\n    reportDate\n    dayIndex\n    dailyMme\n    factorTable\n    opioids {\n      drug\n      strength\n      dosesPerDay\n      dailyMme\n    }\n    nonOpioids {\n      drugClass\n      dosesPerWeek\n    }\n  }\n": typeof types.MedicationReportFieldsFragmentDoc,
    "\n  mutation RecordMedicationReport($input: RecordMedicationReportInput!) {\n    recordMedicationReport(input: $input) {\n      ...MedicationReportFields\n      episodeId\n    }\n  }\n": typeof types.RecordMedicationReportDocument,
    "\n  fragment OutcomeMeasureFields on OutcomeMeasure {\n    id\n    instrument\n    measuredOn\n    dayIndex\n    score\n  }\n": typeof types.OutcomeMeasureFieldsFragmentDoc,
    "\n  mutation RecordOdi($input: RecordOdiInput!) {\n    recordOdi(input: $input) {\n      ...OutcomeMeasureFields\n      episodeId\n    }\n  }\n": typeof types.RecordOdiDocument,
    "\n  query PatientDetail($id: ID!) {\n    patient(id: $id) {\n      id\n      name\n      birthDate\n      sex\n      primaryTherapist {\n        id\n        displayName\n      }\n      episodes {\n        id\n        condition\n        suspectedCause\n        plannedFrequency\n        startDate\n        endDate\n        status\n        symptomDurationWeeks\n        therapist {\n          id\n          displayName\n        }\n        sessions {\n          ...TreatmentSessionFields\n        }\n        medicationReports {\n          ...MedicationReportFields\n        }\n        outcomeMeasures {\n          ...OutcomeMeasureFields\n        }\n      }\n    }\n  }\n": typeof types.PatientDetailDocument,
    "\n  query Patients($first: Int, $after: String, $search: String) {\n    patients(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PatientsDocument,
    "\n  query OpenRedFlagAlerts {\n    openRedFlagAlerts {\n      id\n      episodeId\n      sessionId\n      raisedOn\n      redFlags\n      sameDayReferral\n      episode {\n        id\n        patient {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OpenRedFlagAlertsDocument,
    "\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      alertId\n      destination\n      referredOn\n    }\n  }\n": typeof types.RecordReferralDocument,
    "\n  query SessionFormEpisode($id: ID!) {\n    episode(id: $id) {\n      id\n      startDate\n      endDate\n      status\n      plannedFrequency\n      patient {\n        id\n        name\n      }\n      sessions {\n        id\n        sessionDate\n        painBefore\n        techniques\n        regions\n        position\n        minutes\n      }\n    }\n  }\n": typeof types.SessionFormEpisodeDocument,
    "\n  fragment TreatmentSessionFields on TreatmentSession {\n    id\n    sessionDate\n    dayIndex\n    painBefore\n    painAfter\n    techniques\n    regions\n    position\n    minutes\n    redFlags\n    notes\n    version\n  }\n": typeof types.TreatmentSessionFieldsFragmentDoc,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n": typeof types.RecordSessionDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n": typeof types.DeleteSessionDocument,
    "\n  query Users {\n    users {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n": typeof types.UpdateUserDocument,
};
const documents: Documents = {
    "\n  query OutcomeSummary($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    outcomeSummary(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      openRedFlags\n      total {\n        ...CohortOutcomeFields\n      }\n      cohorts {\n        ...CohortOutcomeFields\n      }\n    }\n  }\n\n  fragment CohortOutcomeFields on CohortOutcome {\n    cohort\n    label\n    suppressed\n    episodes\n    active\n    discharged\n    droppedOut\n    sessions\n    eligible\n    excludedLowBaseline\n    excludedSingleSession\n    responders\n    responderRate\n    substantialResponders\n    substantialRate\n    failureToProgress\n    failureToProgressRate\n    overdue\n    painChange {\n      n\n      mean\n      ciLow\n      ciHigh\n    }\n    percentChange {\n      n\n      mean\n      median\n    }\n  }\n": types.OutcomeSummaryDocument,
    "\n  query CohortTrajectory($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    trajectory(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        episodes\n        suppressed\n        points {\n          week\n          suppressed\n          pain {\n            n\n            mean\n            sd\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n": types.CohortTrajectoryDocument,
    "\n  query MedicationTrend($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    medicationTrend(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      benchmark\n      cohorts {\n        cohort\n        label\n        suppressed\n        opioids {\n          n\n          medianReduction\n          meanReduction\n          shareReducedAtLeast30\n          shareStopped\n        }\n        nonOpioids {\n          n\n          medianReduction\n        }\n        opioidTrend {\n          week\n          suppressed\n          reduction {\n            n\n            median\n            mean\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n": types.MedicationTrendDocument,
    "\n  query TimeToResponse($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    timeToResponse(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        suppressed\n        episodes\n        events\n        censored\n        medianDays\n        steps {\n          day\n          atRisk\n          events\n          censored\n          survival\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n": types.TimeToResponseDocument,
    "\n  query TherapistComparison($filter: AnalyticsFilter) {\n    therapistComparison(filter: $filter) {\n      n\n      rSquared\n      adjustmentUnavailable\n      referenceTherapistId\n      therapists {\n        therapistId\n        displayName\n        episodes\n        responderRate\n        rawChange {\n          n\n          mean\n          ciLow\n          ciHigh\n        }\n        adjustedChange {\n          estimate\n          ciLow\n          ciHigh\n        }\n        adjustedDifference {\n          estimate\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n": types.TherapistComparisonDocument,
    "\n  query Caseload {\n    caseload {\n      episodeId\n      patientId\n      patientName\n      plannedFrequency\n      sessionCount\n      baselinePain\n      latestPain\n      painChange\n      lastSessionDate\n      nextDueDate\n      overdue\n      redFlag\n      failureToProgress\n      weeklyPain {\n        week\n        meanPain\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  query TherapistOptions {\n    users {\n      id\n      displayName\n      role\n      active\n    }\n  }\n": types.TherapistOptionsDocument,
    "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorRole\n          action\n          objectType\n          objectId\n          detail\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment MedicationReportFields on MedicationReport {\n    id\n    reportDate\n    dayIndex\n    dailyMme\n    factorTable\n    opioids {\n      drug\n      strength\n      dosesPerDay\n      dailyMme\n    }\n    nonOpioids {\n      drugClass\n      dosesPerWeek\n    }\n  }\n": types.MedicationReportFieldsFragmentDoc,
    "\n  mutation RecordMedicationReport($input: RecordMedicationReportInput!) {\n    recordMedicationReport(input: $input) {\n      ...MedicationReportFields\n      episodeId\n    }\n  }\n": types.RecordMedicationReportDocument,
    "\n  fragment OutcomeMeasureFields on OutcomeMeasure {\n    id\n    instrument\n    measuredOn\n    dayIndex\n    score\n  }\n": types.OutcomeMeasureFieldsFragmentDoc,
    "\n  mutation RecordOdi($input: RecordOdiInput!) {\n    recordOdi(input: $input) {\n      ...OutcomeMeasureFields\n      episodeId\n    }\n  }\n": types.RecordOdiDocument,
    "\n  query PatientDetail($id: ID!) {\n    patient(id: $id) {\n      id\n      name\n      birthDate\n      sex\n      primaryTherapist {\n        id\n        displayName\n      }\n      episodes {\n        id\n        condition\n        suspectedCause\n        plannedFrequency\n        startDate\n        endDate\n        status\n        symptomDurationWeeks\n        therapist {\n          id\n          displayName\n        }\n        sessions {\n          ...TreatmentSessionFields\n        }\n        medicationReports {\n          ...MedicationReportFields\n        }\n        outcomeMeasures {\n          ...OutcomeMeasureFields\n        }\n      }\n    }\n  }\n": types.PatientDetailDocument,
    "\n  query Patients($first: Int, $after: String, $search: String) {\n    patients(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PatientsDocument,
    "\n  query OpenRedFlagAlerts {\n    openRedFlagAlerts {\n      id\n      episodeId\n      sessionId\n      raisedOn\n      redFlags\n      sameDayReferral\n      episode {\n        id\n        patient {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OpenRedFlagAlertsDocument,
    "\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      alertId\n      destination\n      referredOn\n    }\n  }\n": types.RecordReferralDocument,
    "\n  query SessionFormEpisode($id: ID!) {\n    episode(id: $id) {\n      id\n      startDate\n      endDate\n      status\n      plannedFrequency\n      patient {\n        id\n        name\n      }\n      sessions {\n        id\n        sessionDate\n        painBefore\n        techniques\n        regions\n        position\n        minutes\n      }\n    }\n  }\n": types.SessionFormEpisodeDocument,
    "\n  fragment TreatmentSessionFields on TreatmentSession {\n    id\n    sessionDate\n    dayIndex\n    painBefore\n    painAfter\n    techniques\n    regions\n    position\n    minutes\n    redFlags\n    notes\n    version\n  }\n": types.TreatmentSessionFieldsFragmentDoc,
    "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n": types.RecordSessionDocument,
    "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n": types.DeleteSessionDocument,
    "\n  query Users {\n    users {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n": types.UpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomeSummary($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    outcomeSummary(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      openRedFlags\n      total {\n        ...CohortOutcomeFields\n      }\n      cohorts {\n        ...CohortOutcomeFields\n      }\n    }\n  }\n\n  fragment CohortOutcomeFields on CohortOutcome {\n    cohort\n    label\n    suppressed\n    episodes\n    active\n    discharged\n    droppedOut\n    sessions\n    eligible\n    excludedLowBaseline\n    excludedSingleSession\n    responders\n    responderRate\n    substantialResponders\n    substantialRate\n    failureToProgress\n    failureToProgressRate\n    overdue\n    painChange {\n      n\n      mean\n      ciLow\n      ciHigh\n    }\n    percentChange {\n      n\n      mean\n      median\n    }\n  }\n"): (typeof documents)["\n  query OutcomeSummary($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    outcomeSummary(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      openRedFlags\n      total {\n        ...CohortOutcomeFields\n      }\n      cohorts {\n        ...CohortOutcomeFields\n      }\n    }\n  }\n\n  fragment CohortOutcomeFields on CohortOutcome {\n    cohort\n    label\n    suppressed\n    episodes\n    active\n    discharged\n    droppedOut\n    sessions\n    eligible\n    excludedLowBaseline\n    excludedSingleSession\n    responders\n    responderRate\n    substantialResponders\n    substantialRate\n    failureToProgress\n    failureToProgressRate\n    overdue\n    painChange {\n      n\n      mean\n      ciLow\n      ciHigh\n    }\n    percentChange {\n      n\n      mean\n      median\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortTrajectory($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    trajectory(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        episodes\n        suppressed\n        points {\n          week\n          suppressed\n          pain {\n            n\n            mean\n            sd\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortTrajectory($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    trajectory(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        episodes\n        suppressed\n        points {\n          week\n          suppressed\n          pain {\n            n\n            mean\n            sd\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MedicationTrend($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    medicationTrend(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      benchmark\n      cohorts {\n        cohort\n        label\n        suppressed\n        opioids {\n          n\n          medianReduction\n          meanReduction\n          shareReducedAtLeast30\n          shareStopped\n        }\n        nonOpioids {\n          n\n          medianReduction\n        }\n        opioidTrend {\n          week\n          suppressed\n          reduction {\n            n\n            median\n            mean\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MedicationTrend($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    medicationTrend(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      benchmark\n      cohorts {\n        cohort\n        label\n        suppressed\n        opioids {\n          n\n          medianReduction\n          meanReduction\n          shareReducedAtLeast30\n          shareStopped\n        }\n        nonOpioids {\n          n\n          medianReduction\n        }\n        opioidTrend {\n          week\n          suppressed\n          reduction {\n            n\n            median\n            mean\n            ciLow\n            ciHigh\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TimeToResponse($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    timeToResponse(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        suppressed\n        episodes\n        events\n        censored\n        medianDays\n        steps {\n          day\n          atRisk\n          events\n          censored\n          survival\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TimeToResponse($filter: AnalyticsFilter, $groupBy: CohortDimension!) {\n    timeToResponse(filter: $filter, groupBy: $groupBy) {\n      groupBy\n      cohorts {\n        cohort\n        label\n        suppressed\n        episodes\n        events\n        censored\n        medianDays\n        steps {\n          day\n          atRisk\n          events\n          censored\n          survival\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistComparison($filter: AnalyticsFilter) {\n    therapistComparison(filter: $filter) {\n      n\n      rSquared\n      adjustmentUnavailable\n      referenceTherapistId\n      therapists {\n        therapistId\n        displayName\n        episodes\n        responderRate\n        rawChange {\n          n\n          mean\n          ciLow\n          ciHigh\n        }\n        adjustedChange {\n          estimate\n          ciLow\n          ciHigh\n        }\n        adjustedDifference {\n          estimate\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TherapistComparison($filter: AnalyticsFilter) {\n    therapistComparison(filter: $filter) {\n      n\n      rSquared\n      adjustmentUnavailable\n      referenceTherapistId\n      therapists {\n        therapistId\n        displayName\n        episodes\n        responderRate\n        rawChange {\n          n\n          mean\n          ciLow\n          ciHigh\n        }\n        adjustedChange {\n          estimate\n          ciLow\n          ciHigh\n        }\n        adjustedDifference {\n          estimate\n          ciLow\n          ciHigh\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload {\n    caseload {\n      episodeId\n      patientId\n      patientName\n      plannedFrequency\n      sessionCount\n      baselinePain\n      latestPain\n      painChange\n      lastSessionDate\n      nextDueDate\n      overdue\n      redFlag\n      failureToProgress\n      weeklyPain {\n        week\n        meanPain\n      }\n    }\n  }\n"): (typeof documents)["\n  query Caseload {\n    caseload {\n      episodeId\n      patientId\n      patientName\n      plannedFrequency\n      sessionCount\n      baselinePain\n      latestPain\n      painChange\n      lastSessionDate\n      nextDueDate\n      overdue\n      redFlag\n      failureToProgress\n      weeklyPain {\n        week\n        meanPain\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TherapistOptions {\n    users {\n      id\n      displayName\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query TherapistOptions {\n    users {\n      id\n      displayName\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorRole\n          action\n          objectType\n          objectId\n          detail\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          occurredAt\n          actorUserId\n          actorRole\n          action\n          objectType\n          objectId\n          detail\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      id\n      displayName\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MedicationReportFields on MedicationReport {\n    id\n    reportDate\n    dayIndex\n    dailyMme\n    factorTable\n    opioids {\n      drug\n      strength\n      dosesPerDay\n      dailyMme\n    }\n    nonOpioids {\n      drugClass\n      dosesPerWeek\n    }\n  }\n"): (typeof documents)["\n  fragment MedicationReportFields on MedicationReport {\n    id\n    reportDate\n    dayIndex\n    dailyMme\n    factorTable\n    opioids {\n      drug\n      strength\n      dosesPerDay\n      dailyMme\n    }\n    nonOpioids {\n      drugClass\n      dosesPerWeek\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMedicationReport($input: RecordMedicationReportInput!) {\n    recordMedicationReport(input: $input) {\n      ...MedicationReportFields\n      episodeId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMedicationReport($input: RecordMedicationReportInput!) {\n    recordMedicationReport(input: $input) {\n      ...MedicationReportFields\n      episodeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeMeasureFields on OutcomeMeasure {\n    id\n    instrument\n    measuredOn\n    dayIndex\n    score\n  }\n"): (typeof documents)["\n  fragment OutcomeMeasureFields on OutcomeMeasure {\n    id\n    instrument\n    measuredOn\n    dayIndex\n    score\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordOdi($input: RecordOdiInput!) {\n    recordOdi(input: $input) {\n      ...OutcomeMeasureFields\n      episodeId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordOdi($input: RecordOdiInput!) {\n    recordOdi(input: $input) {\n      ...OutcomeMeasureFields\n      episodeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientDetail($id: ID!) {\n    patient(id: $id) {\n      id\n      name\n      birthDate\n      sex\n      primaryTherapist {\n        id\n        displayName\n      }\n      episodes {\n        id\n        condition\n        suspectedCause\n        plannedFrequency\n        startDate\n        endDate\n        status\n        symptomDurationWeeks\n        therapist {\n          id\n          displayName\n        }\n        sessions {\n          ...TreatmentSessionFields\n        }\n        medicationReports {\n          ...MedicationReportFields\n        }\n        outcomeMeasures {\n          ...OutcomeMeasureFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientDetail($id: ID!) {\n    patient(id: $id) {\n      id\n      name\n      birthDate\n      sex\n      primaryTherapist {\n        id\n        displayName\n      }\n      episodes {\n        id\n        condition\n        suspectedCause\n        plannedFrequency\n        startDate\n        endDate\n        status\n        symptomDurationWeeks\n        therapist {\n          id\n          displayName\n        }\n        sessions {\n          ...TreatmentSessionFields\n        }\n        medicationReports {\n          ...MedicationReportFields\n        }\n        outcomeMeasures {\n          ...OutcomeMeasureFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Patients($first: Int, $after: String, $search: String) {\n    patients(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Patients($first: Int, $after: String, $search: String) {\n    patients(first: $first, after: $after, search: $search) {\n      edges {\n        cursor\n        node {\n          id\n          name\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRedFlagAlerts {\n    openRedFlagAlerts {\n      id\n      episodeId\n      sessionId\n      raisedOn\n      redFlags\n      sameDayReferral\n      episode {\n        id\n        patient {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpenRedFlagAlerts {\n    openRedFlagAlerts {\n      id\n      episodeId\n      sessionId\n      raisedOn\n      redFlags\n      sameDayReferral\n      episode {\n        id\n        patient {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      alertId\n      destination\n      referredOn\n    }\n  }\n"): (typeof documents)["\n  mutation RecordReferral($input: RecordReferralInput!) {\n    recordReferral(input: $input) {\n      id\n      alertId\n      destination\n      referredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionFormEpisode($id: ID!) {\n    episode(id: $id) {\n      id\n      startDate\n      endDate\n      status\n      plannedFrequency\n      patient {\n        id\n        name\n      }\n      sessions {\n        id\n        sessionDate\n        painBefore\n        techniques\n        regions\n        position\n        minutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionFormEpisode($id: ID!) {\n    episode(id: $id) {\n      id\n      startDate\n      endDate\n      status\n      plannedFrequency\n      patient {\n        id\n        name\n      }\n      sessions {\n        id\n        sessionDate\n        painBefore\n        techniques\n        regions\n        position\n        minutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TreatmentSessionFields on TreatmentSession {\n    id\n    sessionDate\n    dayIndex\n    painBefore\n    painAfter\n    techniques\n    regions\n    position\n    minutes\n    redFlags\n    notes\n    version\n  }\n"): (typeof documents)["\n  fragment TreatmentSessionFields on TreatmentSession {\n    id\n    sessionDate\n    dayIndex\n    painBefore\n    painAfter\n    techniques\n    regions\n    position\n    minutes\n    redFlags\n    notes\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSession($input: RecordSessionInput!) {\n    recordSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSession($input: UpdateSessionInput!) {\n    updateSession(input: $input) {\n      ...TreatmentSessionFields\n      episodeId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteSession($id: ID!) {\n    deleteSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      displayName\n      email\n      role\n      active\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;