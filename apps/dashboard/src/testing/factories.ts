// Builders for fixtures and for the mocked GraphQL responses the specs need.
import type { MockLink } from '@apollo/client/testing';
import type { GraphQLFormattedError } from 'graphql';
import { Role } from '@outcomes/models';
import type {
  LoginInput,
  LoginMutation,
  LoginMutationVariables,
  LogoutMutation,
  LogoutMutationVariables,
  Me,
  MeQuery,
  MeQueryVariables,
  PatientSummary,
  PatientsQuery,
  PatientsQueryVariables,
} from '../api/types';
import { LOGIN_MUTATION, LOGOUT_MUTATION, ME_QUERY } from '../modules/auth/graphql/auth';
import { PATIENTS_QUERY } from '../modules/patients/graphql/patients';

let sequence = 0;
const nextId = (): string => String(++sequence);

export const MeFactory = {
  build(overrides: Partial<Me> = {}): Me {
    const id = nextId();
    return {
      __typename: 'Me',
      id: `user-${id}`,
      displayName: `Dana Kim ${id}`,
      email: `dana.kim.${id}@clinic.example`,
      role: Role.THERAPIST,
      ...overrides,
    };
  },
};

export const PatientFactory = {
  build(overrides: Partial<PatientSummary> = {}): PatientSummary {
    const id = nextId();
    return { __typename: 'Patient', id: `patient-${id}`, name: `Patient ${id}`, ...overrides };
  },
  buildList(count: number): PatientSummary[] {
    return Array.from({ length: count }, () => PatientFactory.build());
  },
};

export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, extensions: { code, ...extensions } };
}

export function meMock(me: Me | null): MockLink.MockedResponse<MeQuery, MeQueryVariables> {
  return { request: { query: ME_QUERY }, result: { data: { me } } };
}

export function patientsMock(
  patients: PatientSummary[],
  options: { hasNextPage?: boolean } = {},
): MockLink.MockedResponse<PatientsQuery, PatientsQueryVariables> {
  return {
    request: { query: PATIENTS_QUERY, variables: { first: 20 } },
    result: {
      data: {
        patients: {
          __typename: 'PatientConnection',
          edges: patients.map((node) => ({ __typename: 'PatientEdge', cursor: `cursor-${node.id}`, node })),
          pageInfo: {
            __typename: 'PageInfo',
            endCursor: patients.length > 0 ? `cursor-${patients[patients.length - 1]?.id}` : null,
            hasNextPage: options.hasNextPage ?? false,
          },
        },
      },
    },
  };
}

export function patientsErrorMock(
  error: GraphQLFormattedError,
): MockLink.MockedResponse<PatientsQuery, PatientsQueryVariables> {
  return {
    request: { query: PATIENTS_QUERY, variables: { first: 20 } },
    result: { data: { patients: null }, errors: [error] },
  };
}

export function loginMock(
  input: LoginInput,
  outcome: { me: Me } | { errors: GraphQLFormattedError[] },
): MockLink.MockedResponse<LoginMutation, LoginMutationVariables> {
  return {
    request: { query: LOGIN_MUTATION, variables: { input } },
    result: 'me' in outcome ? { data: { login: outcome.me } } : { data: { login: null }, errors: outcome.errors },
  };
}

export function logoutMock(): MockLink.MockedResponse<LogoutMutation, LogoutMutationVariables> {
  return { request: { query: LOGOUT_MUTATION }, result: { data: { logout: true } } };
}
