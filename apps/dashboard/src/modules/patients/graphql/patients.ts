import { graphql } from '../../../gql';

export const PATIENTS_QUERY = graphql(`
  query Patients($first: Int, $after: String, $search: String) {
    patients(first: $first, after: $after, search: $search) {
      edges {
        cursor
        node {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
