// Reading the API's errors. The server maps every domain error once to a GraphQL error with
// `extensions.code`; the dashboard reads that code, never the wording, to decide what to do.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT';

export interface FieldError {
  field: string;
  message: string;
}

export function hasErrorCode(error: unknown, code: ApiErrorCode): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.['code'] === code)
  );
}

/** The sentence to show a person: the API's own message, or a plain one when the request failed. */
export function userMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.message) return first.message;
  }
  return 'The server could not be reached. Check your connection and try again.';
}

/** The per-field messages of a BAD_USER_INPUT error (`extensions.fields`). */
export function fieldErrors(error: unknown): FieldError[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.['fields'];
    return Array.isArray(fields) ? fields.filter(isFieldError) : [];
  });
}

function isFieldError(candidate: unknown): candidate is FieldError {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const record = candidate as Record<string, unknown>;
  return typeof record['field'] === 'string' && typeof record['message'] === 'string';
}

/** The API's field errors by the form control each belongs to (the first message for each). */
export function placeFieldErrors<Field extends string>(
  error: unknown,
  controlOf: (apiPath: string) => Field | null,
): Partial<Record<Field, string>> {
  const placed: Partial<Record<Field, string>> = {};
  for (const fieldError of fieldErrors(error)) {
    const field = controlOf(fieldError.field);
    if (field && !placed[field]) placed[field] = fieldError.message;
  }
  return placed;
}

/**
 * What a form says above its fields when a request failed: the API's messages no control shows, a
 * pointer to the highlighted fields when each has its control, or the plain failure. Null before.
 */
export function formLevelMessage(error: unknown, hasControl: (apiPath: string) => boolean): string | null {
  if (!error) return null;
  const unplaced = fieldErrors(error).filter((fieldError) => !hasControl(fieldError.field));
  if (fieldErrors(error).length > 0 && unplaced.length === 0) return 'Check the highlighted fields.';
  return unplaced.length > 0 ? unplaced.map((fieldError) => fieldError.message).join(' ') : userMessage(error);
}
