import { graphql } from '../../../gql';

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
          id
          sessionDate
          dayIndex
          painBefore
          painAfter
          techniques
          regions
          position
          minutes
          redFlags
          notes
          version
        }
        medicationReports {
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
        outcomeMeasures {
          id
          instrument
          measuredOn
          dayIndex
          score
        }
      }
    }
  }
`);
