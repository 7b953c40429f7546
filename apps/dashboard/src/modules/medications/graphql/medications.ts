import { graphql } from '../../../gql';

// Selects every field the patient page shows of a report, so the new report joins the episode's
// cached list (and its chart) without another round trip.
export const RECORD_MEDICATION_REPORT_MUTATION = graphql(`
  mutation RecordMedicationReport($input: RecordMedicationReportInput!) {
    recordMedicationReport(input: $input) {
      id
      episodeId
      reportDate
      dayIndex
      dailyMme
      factorTable
      opioids {
        drug
        strength
        dosesPerDay
        dailyMme
      }
      nonOpioids {
        drugClass
        dosesPerWeek
      }
    }
  }
`);
