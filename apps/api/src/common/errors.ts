/**
 * Domain errors. Services throw these; one filter maps them to GraphQL errors with
 * extensions.code (and, for bad input, the fields at fault). Never an HTTP exception.
 */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export interface FieldProblem {
  /** Dotted path of the input field, e.g. "input.painBefore". */
  field: string;
  message: string;
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
}

export class InvalidInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
  }

  static field(field: string, message: string): InvalidInputError {
    return new InvalidInputError([{ field, message }]);
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Log in first.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You may not do this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(objectType: string, id: string) {
    super(`${objectType} ${id} was not found.`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
}
