import { Link } from 'react-router';
import { formatDate } from '../../clinical/dates';
import { CONDITION_LABELS, EPISODE_STATUS_LABELS, FREQUENCY_LABELS, SUSPECTED_CAUSE_LABELS } from '../../clinical/labels';
import type { PatientEpisode } from '../hooks/usePatientDetail';

export interface EpisodeListProps {
  episodes: readonly PatientEpisode[];
  selectedId: string | null;
  /** The address of a given episode of this patient. */
  hrefFor: (episodeId: string) => string;
}

/** The patient's courses of care, newest first; the selected one drives the charts below. */
export function EpisodeList({ episodes, selectedId, hrefFor }: EpisodeListProps) {
  return (
    <nav className="card episode-list" aria-labelledby="episode-list-title">
      <h2 id="episode-list-title">Episodes</h2>
      {episodes.length === 0 ? (
        <p className="muted">No episodes of care yet.</p>
      ) : (
        <ul>
          {episodes.map((episode) => (
            <li key={episode.id}>
              <Link
                to={hrefFor(episode.id)}
                replace
                aria-current={episode.id === selectedId ? 'true' : undefined}
                className="episode-link"
              >
                <span className="episode-title">
                  {CONDITION_LABELS[episode.condition]} · {SUSPECTED_CAUSE_LABELS[episode.suspectedCause]}
                </span>
                <span className="episode-meta">
                  <span className={`status status-${episode.status.toLowerCase()}`}>{EPISODE_STATUS_LABELS[episode.status]}</span>{' '}
                  from {formatDate(episode.startDate)}
                  {episode.endDate ? ` to ${formatDate(episode.endDate)}` : ''} · {FREQUENCY_LABELS[episode.plannedFrequency].toLowerCase()} ·{' '}
                  {episode.sessions.length} {episode.sessions.length === 1 ? 'session' : 'sessions'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
