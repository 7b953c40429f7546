import { graphql } from '../../../gql';

// The fields the patient page's ODI table reads, so the new score joins the episode's cached list.
export const RECORD_ODI_MUTATION = graphql(`
  mutation RecordOdi($input: RecordOdiInput!) {
    recordOdi(input: $input) {
      id
      episodeId
      instrument
      measuredOn
      dayIndex
      score
    }
  }
`);
