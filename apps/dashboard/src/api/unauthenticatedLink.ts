import { OperationTypeNode } from 'graphql';
import { ErrorLink } from '@apollo/client/link/error';
import { redirectToLogin } from '../modules/auth/loginRedirect';
import { hasErrorCode } from './errors';

/**
 * Any query answered with UNAUTHENTICATED (no session, or it expired) sends the user to sign in,
 * remembering where they were. Mutations are left alone: a failed `login` is UNAUTHENTICATED too,
 * and its message belongs beside the form.
 */
export const unauthenticatedLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationType === OperationTypeNode.QUERY && hasErrorCode(error, 'UNAUTHENTICATED')) {
    redirectToLogin();
  }
});
