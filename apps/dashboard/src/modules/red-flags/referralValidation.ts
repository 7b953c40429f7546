// The referral form's rules, as the API applies them (red-flags.service.ts, record-referral.input.ts).
import { isLocalDate } from '../clinical/dates';

export const REFERRAL_NOTES_MAX_LENGTH = 5000;

export interface ReferralDraft {
  referredOn: string;
  notes: string;
}

export type ReferralErrors = Partial<Record<keyof ReferralDraft, string>>;

export function validateReferral(draft: ReferralDraft, raisedOn: string, today: string): ReferralErrors {
  const errors: ReferralErrors = {};
  if (!isLocalDate(draft.referredOn)) errors.referredOn = 'A date is written YYYY-MM-DD and must exist on the calendar.';
  else if (draft.referredOn < raisedOn) {
    errors.referredOn = `The alert was raised on ${raisedOn}; the referral cannot be earlier.`;
  } else if (draft.referredOn > today) errors.referredOn = `This date is in the future (today is ${today}).`;
  if (draft.notes.length > REFERRAL_NOTES_MAX_LENGTH) {
    errors.notes = `Notes are at most ${REFERRAL_NOTES_MAX_LENGTH} characters.`;
  }
  return errors;
}
