import { type ArgumentMetadata, Injectable, type PipeTransform } from '@nestjs/common';
import { type FieldProblem, InvalidInputError } from '../common/errors';

/** C0 control characters other than tab, line feed and carriage return, and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A lone UTF-16 surrogate: not a character; it would be stored as U+FFFD or refused by the database. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Every string argument of every operation is text a person could type: no NUL or other control
 * characters (PostgreSQL refuses NUL in text, which would surface as an internal error) and no
 * broken UTF-16. Refused with a field-level BAD_USER_INPUT naming the argument's path.
 */
@Injectable()
export class InputTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // The user from the session (custom decorators) is not input.
    if (metadata.type === 'custom') return value;
    const problems: FieldProblem[] = [];
    collectProblems(value, metadata.data ?? 'input', problems, 0);
    if (problems.length > 0) throw new InvalidInputError(problems);
    return value;
  }
}

function collectProblems(value: unknown, path: string, problems: FieldProblem[], depth: number): void {
  if (depth > 20 || problems.length >= 20) return;
  if (typeof value === 'string') {
    if (CONTROL_CHARACTER.test(value)) problems.push({ field: path, message: 'Control characters are not allowed.' });
    else if (LONE_SURROGATE.test(value)) problems.push({ field: path, message: 'This text is not valid Unicode.' });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectProblems(item, `${path}[${index}]`, problems, depth + 1));
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) collectProblems(item, `${path}.${key}`, problems, depth + 1);
  }
}
