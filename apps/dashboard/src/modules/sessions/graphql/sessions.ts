import { graphql } from '../../../gql';

/** What the session form needs to know about the episode: its dates, plan, patient and last visit. */
export const SESSION_FORM_EPISODE_QUERY = graphql(`
  query SessionFormEpisode($id: ID!) {
    episode(id: $id) {
      id
      startDate
      endDate
      status
      plannedFrequency
      patient {
        id
        name
      }
      sessions {
        id
        sessionDate
        painBefore
        techniques
        regions
        position
        minutes
      }
    }
  }
`);

// Every field the patient page holds of a session. The session mutations answer with it too, so a
// recorded session joins its episode's cached list, and a changed one replaces its cached copy
// whole, without another round trip.
export const TREATMENT_SESSION_FIELDS = graphql(`
  fragment TreatmentSessionFields on TreatmentSession {
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
`);

export const RECORD_SESSION_MUTATION = graphql(`
  mutation RecordSession($input: RecordSessionInput!) {
    recordSession(input: $input) {
      ...TreatmentSessionFields
      episodeId
    }
  }
`);

export const UPDATE_SESSION_MUTATION = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      ...TreatmentSessionFields
      episodeId
    }
  }
`);

export const DELETE_SESSION_MUTATION = graphql(`
  mutation DeleteSession($id: ID!) {
    deleteSession(id: $id)
  }
`);
