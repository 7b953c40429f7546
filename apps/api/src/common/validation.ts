import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError, type FieldProblem } from './errors';

function flatten(errors: ValidationError[], parent: string): FieldProblem[] {
  return errors.flatMap((error) => {
    // Array elements read input.opioids[0].strength, as in GraphQL's own coercion errors.
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * class-validator on every input type; failures become one BAD_USER_INPUT error listing each
 * field at fault, by its path from the argument (input.painBefore, filter.startedFrom). An
 * optional argument that is absent has nothing to validate.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({ transform: true, forbidUnknownValues: true, validationError: { target: false, value: false } });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (value === null || value === undefined) return value;
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationErrors) throw new InvalidInputError(flatten(error.errors, metadata.data ?? 'input'));
      throw error;
    }
  }

  /** Only input classes are validated; enums and scalars were checked by GraphQL's own coercion. */
  protected override toValidate(metadata: ArgumentMetadata): boolean {
    return typeof metadata.metatype === 'function' && super.toValidate(metadata);
  }

  override createExceptionFactory(): (errors?: ValidationError[]) => unknown {
    return (errors = []) => new ValidationErrors(errors);
  }
}

/** Carries class-validator's errors to transform(), which knows the argument's name. */
class ValidationErrors extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

export function inputValidationPipe(): InputValidationPipe {
  return new InputValidationPipe();
}
