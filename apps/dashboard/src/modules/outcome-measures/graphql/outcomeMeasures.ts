import { graphql } from '../../../gql';

// The fields the patient page's ODI table reads. Recording an ODI answers with them too, so the
// new score joins the episode's cached list.
export const OUTCOME_MEASURE_FIELDS = graphql(`
  fragment OutcomeMeasureFields on OutcomeMeasure {
    id
    instrument
    measuredOn
    dayIndex
    score
  }
`);

export const RECORD_ODI_MUTATION = graphql(`
  mutation RecordOdi($input: RecordOdiInput!) {
    recordOdi(input: $input) {
      ...OutcomeMeasureFields
      episodeId
    }
  }
`);
