import { graphql } from '../../../gql';

export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          occurredAt
          actorUserId
          actorRole
          action
          objectType
          objectId
          detail
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
