import { OperationTypeNode } from 'graphql';
import { ErrorLink } from '@apollo/client/link/error';
import { hasErrorCode } from './errors';

/**
 * Any query answered with UNAUTHENTICATED (no session, or it expired) calls `onUnauthenticated`,
 * which sends the user to sign in, remembering where they were. Mutations are left alone: a failed
 * `login` is UNAUTHENTICATED too, and its message belongs beside the form.
 */
export function createUnauthenticatedLink(onUnauthenticated: () => void): ErrorLink {
  return new ErrorLink(({ error, operation }) => {
    if (operation.operationType === OperationTypeNode.QUERY && hasErrorCode(error, 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });
}
