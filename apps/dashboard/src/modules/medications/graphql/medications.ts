import { graphql } from '../../../gql';

// Every field the patient page shows of a report. Recording one answers with it too, so the new
// report joins the episode's cached list (and its chart) without another round trip.
export const MEDICATION_REPORT_FIELDS = graphql(`
  fragment MedicationReportFields on MedicationReport {
    id
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
`);

export const RECORD_MEDICATION_REPORT_MUTATION = graphql(`
  mutation RecordMedicationReport($input: RecordMedicationReportInput!) {
    recordMedicationReport(input: $input) {
      ...MedicationReportFields
      episodeId
    }
  }
`);
