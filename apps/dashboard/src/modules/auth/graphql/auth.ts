import { graphql } from '../../../gql';

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      displayName
      email
      role
    }
  }
`);

// Selects exactly what `me` selects, so the result can be written into the cache as `me`.
export const LOGIN_MUTATION = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      id
      displayName
      email
      role
    }
  }
`);

export const LOGOUT_MUTATION = graphql(`
  mutation Logout {
    logout
  }
`);
