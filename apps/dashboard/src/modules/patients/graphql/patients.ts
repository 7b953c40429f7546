import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PatientsQuery, PatientsQueryVariables } from '../../../api/types';

export const PATIENTS_QUERY: TypedDocumentNode<PatientsQuery, PatientsQueryVariables> = gql`
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
`;
