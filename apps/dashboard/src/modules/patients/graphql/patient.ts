import { graphql } from '../../../gql';

// An episode's sessions, reports and scores use the fragments their recording mutations answer with
// (sessions.ts, medications.ts, outcomeMeasures.ts), so a new one joins the cached lists whole.
export const PATIENT_DETAIL_QUERY = graphql(`
  query PatientDetail($id: ID!) {
    patient(id: $id) {
      id
      name
      birthDate
      sex
      primaryTherapist {
        id
        displayName
      }
      episodes {
        id
        condition
        suspectedCause
        plannedFrequency
        startDate
        endDate
        status
        symptomDurationWeeks
        therapist {
          id
          displayName
        }
        sessions {
          ...TreatmentSessionFields
        }
        medicationReports {
          ...MedicationReportFields
        }
        outcomeMeasures {
          ...OutcomeMeasureFields
        }
      }
    }
  }
`);
