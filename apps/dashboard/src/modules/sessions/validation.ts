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
import type { RecordSessionInput, UpdateSessionInput } from '../../gql/graphql';
import { episodeDateError, type EpisodeDates } from '../clinical/episodeDates';

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

export type { EpisodeDates } from '../clinical/episodeDates';

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
    sessionDate: episodeDateError(draft.sessionDate, episode, today),
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

/** A stored session as the form's draft, for editing it. */
export interface StoredSession {
  sessionDate: string;
  painBefore: number;
  painAfter?: number | null;
  techniques: readonly Technique[];
  regions: readonly BodyRegion[];
  position?: Position | null;
  minutes: number;
  redFlags: readonly RedFlag[];
  notes?: string | null;
}

export function draftOfSession(session: StoredSession): SessionDraft {
  return {
    sessionDate: session.sessionDate,
    painBefore: session.painBefore,
    painAfter: session.painAfter ?? null,
    techniques: [...session.techniques],
    regions: [...session.regions],
    position: session.position ?? null,
    minutes: String(session.minutes),
    redFlags: [...session.redFlags],
    notes: session.notes ?? '',
  };
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  const left = [...a].sort();
  const right = [...b].sort();
  return left.length === right.length && left.every((code, index) => code === right[index]);
}

/**
 * The update of a valid draft: only the fields that differ from what was read (the API changes
 * only the fields given), and the version read, which the API checks. Null when nothing changed.
 */
export function toUpdateSessionInput(
  draft: SessionDraft,
  read: SessionDraft,
  id: string,
  expectedVersion: number,
): UpdateSessionInput | null {
  if (draft.painBefore === null) throw new Error('toUpdateSessionInput() needs a validated draft');
  const input: UpdateSessionInput = { id, expectedVersion };
  const notes = draft.notes.trim();
  if (draft.sessionDate !== read.sessionDate) input.sessionDate = draft.sessionDate;
  if (draft.painBefore !== read.painBefore) input.painBefore = draft.painBefore;
  if (draft.painAfter !== read.painAfter) input.painAfter = draft.painAfter;
  if (!sameCodes(draft.techniques, read.techniques)) input.techniques = [...draft.techniques];
  if (!sameCodes(draft.regions, read.regions)) input.regions = [...draft.regions];
  if (draft.position !== read.position) input.position = draft.position;
  if (Number(draft.minutes.trim()) !== Number(read.minutes)) input.minutes = Number(draft.minutes.trim());
  if (!sameCodes(draft.redFlags, read.redFlags)) input.redFlags = [...draft.redFlags];
  if (notes !== read.notes.trim()) input.notes = notes === '' ? null : notes;
  return Object.keys(input).length > 2 ? input : null;
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
