// The API's rule for every dated record of an episode (session, medication report, questionnaire),
// apps/api/src/episodes/episode-dates.ts, with its messages.
import { isLocalDate } from './dates';

export interface EpisodeDates {
  startDate: string;
  endDate?: string | null;
}

/** A real date, within the episode, not in the future; the API judges "today" by the clinic's clock. */
export function episodeDateError(date: string, episode: EpisodeDates, today: string): string | undefined {
  if (!isLocalDate(date)) return 'A date is written YYYY-MM-DD and must exist on the calendar.';
  if (date < episode.startDate) return `The episode started on ${episode.startDate}; this date cannot be earlier.`;
  if (episode.endDate && date > episode.endDate) return `The episode ended on ${episode.endDate}; this date cannot be later.`;
  if (date > today) return `This date is in the future (today is ${today}).`;
  return undefined;
}

/** The latest date a record of the episode can carry: its end, or today. */
export function latestEpisodeDate(episode: EpisodeDates, today: string): string {
  return episode.endDate && episode.endDate < today ? episode.endDate : today;
}
