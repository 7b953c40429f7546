import { graphql } from '../../../gql';

/** How many patients a patient list shows before "Showing the first …". */
export const PATIENT_LIST_PAGE_SIZE = 20;

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
