// The session form's rules: the same as the API's RecordSessionInput (apps/api/src/sessions/dto
// and common/input-rules.ts), with the same messages, so a value the form accepts is one the API
// accepts, and an error reads the same whichever side found it.
import {
  BodyRegion,
  PAIN_MAX,
  PAIN_MIN,
  Position,
  RedFlag,
  SAME_DAY_REFERRAL_FLAGS,
  SESSION_MINUTES_MAX,
  SESSION_MINUTES_MIN,
  Technique,
} from '@outcomes/models';
import type { RecordSessionInput } from '../../gql/graphql';
import { isLocalDate } from '../clinical/dates';

/** The API's NOTES_MAX_LENGTH. */
export const NOTES_MAX_LENGTH = 10_000;
const RED_FLAGS_MAX = 20;
const CLIENT_REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The form's values as the controls hold them: minutes as typed, pain as chosen (or not yet). */
export interface SessionDraft {
  sessionDate: string;
  painBefore: number | null;
  painAfter: number | null;
  techniques: readonly Technique[];
  regions: readonly BodyRegion[];
  position: Position | null;
  minutes: string;
  redFlags: readonly RedFlag[];
  notes: string;
}

export type SessionField = keyof SessionDraft;
export type SessionErrors = Partial<Record<SessionField, string>>;

export interface EpisodeDates {
  startDate: string;
  endDate?: string | null;
}

const PAIN_MESSAGE = `Pain is a whole number from ${PAIN_MIN} to ${PAIN_MAX}.`;
const MINUTES_MESSAGE = `Minutes are a whole number from ${SESSION_MINUTES_MIN} to ${SESSION_MINUTES_MAX}.`;

function painError(value: number | null, required: boolean): string | undefined {
  if (value === null) return required ? `Choose the pain before the session (${PAIN_MIN}–${PAIN_MAX}).` : undefined;
  return Number.isInteger(value) && value >= PAIN_MIN && value <= PAIN_MAX ? undefined : PAIN_MESSAGE;
}

function minutesError(typed: string): string | undefined {
  const text = typed.trim();
  if (text === '') return 'Enter how many minutes the session lasted.';
  if (!/^-?\d+$/.test(text)) return MINUTES_MESSAGE;
  const minutes = Number(text);
  if (minutes < SESSION_MINUTES_MIN) return `A session lasts at least ${SESSION_MINUTES_MIN} minutes.`;
  if (minutes > SESSION_MINUTES_MAX) return `A session lasts at most ${SESSION_MINUTES_MAX} minutes.`;
  return undefined;
}

function dateError(date: string, episode: EpisodeDates, today: string): string | undefined {
  if (!isLocalDate(date)) return 'A date is written YYYY-MM-DD and must exist on the calendar.';
  if (date < episode.startDate) return `The episode started on ${episode.startDate}; this date cannot be earlier.`;
  if (episode.endDate && date > episode.endDate) return `The episode ended on ${episode.endDate}; this date cannot be later.`;
  if (date > today) return `This date is in the future (today is ${today}).`;
  return undefined;
}

function codesError<Code extends string>(
  codes: readonly Code[],
  known: Readonly<Record<string, Code>>,
  messages: { unknown: string; duplicate: string },
): string | undefined {
  const allowed = new Set<string>(Object.values(known));
  if (codes.some((code) => !allowed.has(code))) return messages.unknown;
  if (new Set(codes).size !== codes.length) return messages.duplicate;
  return undefined;
}

/**
 * Every rule the API applies to a new session, checked in the browser. `today` is the device's
 * date; the API judges "future" by the clinic's clock and has the last word.
 */
export function validateSession(draft: SessionDraft, episode: EpisodeDates, today: string): SessionErrors {
  const errors: SessionErrors = {
    sessionDate: dateError(draft.sessionDate, episode, today),
    painBefore: painError(draft.painBefore, true),
    painAfter: painError(draft.painAfter, false),
    minutes: minutesError(draft.minutes),
    techniques: codesError(draft.techniques, Technique, { unknown: 'Unknown technique.', duplicate: 'Each technique once.' }),
    regions: codesError(draft.regions, BodyRegion, { unknown: 'Unknown body region.', duplicate: 'Each region once.' }),
    position:
      draft.position === null || Object.values(Position).includes(draft.position) ? undefined : 'Unknown position.',
    redFlags:
      draft.redFlags.length > RED_FLAGS_MAX
        ? `At most ${RED_FLAGS_MAX} red flags.`
        : codesError(draft.redFlags, RedFlag, { unknown: 'Unknown red flag.', duplicate: 'Each red flag once.' }),
    notes: draft.notes.length > NOTES_MAX_LENGTH ? `Notes are at most ${NOTES_MAX_LENGTH} characters.` : undefined,
  };
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== undefined)) as SessionErrors;
}

export function isValid(errors: SessionErrors): boolean {
  return Object.keys(errors).length === 0;
}

/** The flags among those ticked that call for a same-day referral (cauda equina signs). */
export function sameDayReferralFlags(redFlags: readonly RedFlag[]): RedFlag[] {
  return redFlags.filter((flag) => SAME_DAY_REFERRAL_FLAGS.has(flag));
}

/**
 * The mutation input of a valid draft. The client request id is made once per form and sent with
 * every attempt, so a double click or a retry after a lost answer stores one session.
 */
export function toRecordSessionInput(draft: SessionDraft, episodeId: string, clientRequestId: string): RecordSessionInput {
  if (!CLIENT_REQUEST_ID.test(clientRequestId)) throw new Error('A client request id is 8-64 letters, digits, - or _.');
  if (draft.painBefore === null) throw new Error('toRecordSessionInput() needs a validated draft');
  const notes = draft.notes.trim();
  return {
    clientRequestId,
    episodeId,
    sessionDate: draft.sessionDate,
    painBefore: draft.painBefore,
    painAfter: draft.painAfter,
    techniques: [...draft.techniques],
    regions: [...draft.regions],
    position: draft.position,
    minutes: Number(draft.minutes.trim()),
    redFlags: [...draft.redFlags],
    notes: notes === '' ? null : notes,
  };
}

const FIELDS: readonly SessionField[] = [
  'sessionDate',
  'painBefore',
  'painAfter',
  'techniques',
  'regions',
  'position',
  'minutes',
  'redFlags',
  'notes',
];

/**
 * The form control an API field path belongs to: "input.painBefore" → painBefore,
 * "input.techniques[1]" → techniques. Null for paths the form has no control for.
 */
export function sessionFieldOf(apiPath: string): SessionField | null {
  const match = /^input\.([A-Za-z]+)/.exec(apiPath);
  const name = match?.[1];
  return FIELDS.find((field) => field === name) ?? null;
}
