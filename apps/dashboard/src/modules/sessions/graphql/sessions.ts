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

// Selects every field a session has on the patient page and in the form's episode, so the new
// session can join the episode's cached list without another round trip.
export const RECORD_SESSION_MUTATION = graphql(`
  mutation RecordSession($input: RecordSessionInput!) {
    recordSession(input: $input) {
      id
      episodeId
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
  }
`);

// The same selection as a recorded session: the changed session replaces its cached copy whole.
export const UPDATE_SESSION_MUTATION = graphql(`
  mutation UpdateSession($input: UpdateSessionInput!) {
    updateSession(input: $input) {
      id
      episodeId
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
  }
`);

export const DELETE_SESSION_MUTATION = graphql(`
  mutation DeleteSession($id: ID!) {
    deleteSession(id: $id)
  }
`);
