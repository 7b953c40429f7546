import { graphql } from '../../../gql';

export const OPEN_RED_FLAG_ALERTS_QUERY = graphql(`
  query OpenRedFlagAlerts {
    openRedFlagAlerts {
      id
      episodeId
      sessionId
      raisedOn
      redFlags
      sameDayReferral
      episode {
        id
        patient {
          id
          name
        }
      }
    }
  }
`);

export const RECORD_REFERRAL_MUTATION = graphql(`
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      id
      alertId
      destination
      referredOn
    }
  }
`);
