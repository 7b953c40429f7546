// Hand-written result types for the operations the dashboard sends. Temporary: GraphQL codegen
// will generate these from the committed schema and the documents under src/**/graphql/.
import type { Role } from '@outcomes/models';

export interface Me {
  __typename?: 'Me';
  id: string;
  displayName: string;
  email: string;
  role: Role;
}

export type MeQueryVariables = Record<string, never>;
export interface MeQuery {
  me: Me | null;
}

export interface LoginInput {
  email: string;
  password: string;
}
export interface LoginMutationVariables {
  input: LoginInput;
}
export interface LoginMutation {
  login: Me | null;
}

export type LogoutMutationVariables = Record<string, never>;
export interface LogoutMutation {
  logout: boolean | null;
}

export interface PatientSummary {
  __typename?: 'Patient';
  id: string;
  name: string;
}

export interface PatientsQueryVariables {
  first?: number | null;
  after?: string | null;
  search?: string | null;
}
export interface PatientsQuery {
  patients: {
    __typename?: 'PatientConnection';
    edges: ReadonlyArray<{
      __typename?: 'PatientEdge';
      cursor: string;
      node: PatientSummary;
    }>;
    pageInfo: {
      __typename?: 'PageInfo';
      endCursor: string | null;
      hasNextPage: boolean;
    };
  } | null;
}
