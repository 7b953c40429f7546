// The add-user form's rules, as the API's CreateUserInput applies them (users/dto/user.inputs.ts).
import { Role } from '@outcomes/models';

/** NIST SP 800-63B asks at least 8; the API asks 12 for accounts that read health data. */
export const PASSWORD_MIN_LENGTH = 12;
const PASSWORD_MAX_LENGTH = 256;
const NAME_MAX_LENGTH = 200;
const EMAIL_MAX_LENGTH = 320;
// The shape class-validator's IsEmail checks, in short: something@domain.tld without spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewUserDraft {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export type NewUserField = keyof NewUserDraft;
export type NewUserErrors = Partial<Record<NewUserField, string>>;

export function validateNewUser(draft: NewUserDraft): NewUserErrors {
  const errors: NewUserErrors = {};
  const email = draft.email.trim();
  if (!EMAIL.test(email) || email.length > EMAIL_MAX_LENGTH) errors.email = 'Not an email address.';
  if (draft.displayName.trim() === '') errors.displayName = 'This cannot be blank.';
  else if (draft.displayName.length > NAME_MAX_LENGTH) errors.displayName = `At most ${NAME_MAX_LENGTH} characters.`;
  if (!Object.values(Role).includes(draft.role)) errors.role = 'OWNER, THERAPIST or RESEARCHER.';
  if (draft.password.length < PASSWORD_MIN_LENGTH) errors.password = `A password has at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (draft.password.length > PASSWORD_MAX_LENGTH) errors.password = `At most ${PASSWORD_MAX_LENGTH} characters.`;
  return errors;
}

/** "input.email" → email; null for paths the form has no control for. */
export function newUserFieldOf(apiPath: string): NewUserField | null {
  const name = /^input\.([A-Za-z]+)/.exec(apiPath)?.[1];
  return name === 'email' || name === 'displayName' || name === 'role' || name === 'password' ? name : null;
}
