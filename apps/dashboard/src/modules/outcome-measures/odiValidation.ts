// The ODI form's rules: the API's RecordOdiInput and OutcomeMeasuresService
// (apps/api/src/outcome-measures), with the same messages; the score is libs/metrics' odiScore, the
// function the API scores with.
import { ODI_MAX_MISSING_SECTIONS, odiScore } from '@outcomes/metrics';
import { ODI_SECTIONS } from '@outcomes/models';
import type { RecordOdiInput } from '../../gql/graphql';
import { episodeDateError, type EpisodeDates } from '../clinical/episodeDates';

/** The ten sections of the Oswestry Disability Index (version 2.1a), in questionnaire order. */
export const ODI_SECTION_TITLES: readonly string[] = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Walking',
  'Sitting',
  'Standing',
  'Sleeping',
  'Sex life',
  'Social life',
  'Travelling',
];

export interface OdiDraft {
  measuredOn: string;
  /** Each section's answer 0–5 (the statement ticked, first = 0), or null when left unanswered. */
  answers: ReadonlyArray<number | null>;
}

export type OdiField = 'measuredOn' | 'answers';
export type OdiErrors = Partial<Record<OdiField, string>>;

export const MISSING_SECTIONS_MESSAGE = `At most ${ODI_MAX_MISSING_SECTIONS} sections may be unanswered.`;

export function emptyOdiDraft(today: string): OdiDraft {
  return { measuredOn: today, answers: Array.from({ length: ODI_SECTIONS }, () => null) };
}

/** The score as the API will compute it (0–100), or null while too many sections are unanswered. */
export function draftScore(draft: OdiDraft): number | null {
  return odiScore(draft.answers);
}

export function validateOdi(draft: OdiDraft, episode: EpisodeDates, today: string): OdiErrors {
  const errors: OdiErrors = {};
  const dateError = episodeDateError(draft.measuredOn, episode, today);
  if (dateError) errors.measuredOn = dateError;
  if (draftScore(draft) === null) errors.answers = MISSING_SECTIONS_MESSAGE;
  return errors;
}

export function toRecordOdiInput(draft: OdiDraft, episodeId: string): RecordOdiInput {
  return { episodeId, measuredOn: draft.measuredOn, answers: [...draft.answers] };
}

/** The control an API field path belongs to ("input.answers[3]" → the answers), or null. */
export function odiFieldOf(apiPath: string): OdiField | null {
  if (apiPath === 'input.measuredOn') return 'measuredOn';
  return apiPath.startsWith('input.answers') ? 'answers' : null;
}
