import { PAIN_MAX, PAIN_MIN, SESSION_MINUTES_MAX, SESSION_MINUTES_MIN } from '@outcomes/models';
import { applyDecorators } from '@nestjs/common';
import { IsInt, IsNotEmpty, IsString, Matches, MaxLength, Min, Max, ValidateBy, type ValidationOptions } from 'class-validator';
import { isLocalDate } from './dates';

/** Field rules shared by the input types, so every form of an input is checked the same way. */
export const IsPainScore = (): PropertyDecorator =>
  applyDecorators(
    IsInt({ message: 'Pain is a whole number from 0 to 10.' }),
    Min(PAIN_MIN, { message: 'Pain is a whole number from 0 to 10.' }),
    Max(PAIN_MAX, { message: 'Pain is a whole number from 0 to 10.' }),
  );

export const IsSessionMinutes = (): PropertyDecorator =>
  applyDecorators(
    IsInt({ message: `Minutes are a whole number from ${SESSION_MINUTES_MIN} to ${SESSION_MINUTES_MAX}.` }),
    Min(SESSION_MINUTES_MIN, { message: `A session lasts at least ${SESSION_MINUTES_MIN} minutes.` }),
    Max(SESSION_MINUTES_MAX, { message: `A session lasts at most ${SESSION_MINUTES_MAX} minutes.` }),
  );

export const IsLocalDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLocalDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
        defaultMessage: () => 'A date is written YYYY-MM-DD and must exist on the calendar.',
      },
    },
    options,
  );

/** A required, trimmed, non-empty line of text. */
export const IsName = (maxLength = 200): PropertyDecorator =>
  applyDecorators(
    IsString(),
    IsNotEmpty({ message: 'This cannot be empty.' }),
    Matches(/\S/, { message: 'This cannot be blank.' }),
    MaxLength(maxLength, { message: `At most ${maxLength} characters.` }),
  );

/** Client-generated idempotency key: a UUID or similar token. */
export const IsClientRequestId = (): PropertyDecorator =>
  applyDecorators(
    IsString(),
    Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'A client request id is 8-64 letters, digits, - or _.' }),
  );
