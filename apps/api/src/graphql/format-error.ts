import type { GraphQLFormattedError } from 'graphql';

/** GraphQL's message for a variable that failed coercion names the field: `at "input.painBefore"`. */
const COERCION_PATH = /at "([^"]+)"/;

/**
 * Errors leave with a code and, for bad input, the fields at fault, whether the input failed
 * GraphQL's own coercion (3.5 for an Int, an unknown enum) or the API's validation.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...formatted.extensions };
  if (extensions['code'] === 'BAD_USER_INPUT' && !extensions['fields']) {
    const field = COERCION_PATH.exec(formatted.message)?.[1] ?? 'input';
    extensions['fields'] = [{ field, message: formatted.message }];
  }
  return { ...formatted, extensions };
}
