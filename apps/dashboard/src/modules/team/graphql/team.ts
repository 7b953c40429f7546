import { graphql } from '../../../gql';

export const USERS_QUERY = graphql(`
  query Users {
    users {
      id
      displayName
      email
      role
      active
    }
  }
`);

export const CREATE_USER_MUTATION = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
      email
      role
      active
    }
  }
`);

export const UPDATE_USER_MUTATION = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      displayName
      email
      role
      active
    }
  }
`);
