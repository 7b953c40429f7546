import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { hasErrorCode, userMessage } from '../../../api/errors';
import { formatDate } from '../../clinical/dates';
import { FREQUENCY_LABELS } from '../../clinical/labels';
import { PageHeading } from '../../shell/components/PageHeading';
import { patientPath } from '../../shell/routes';
import { SESSION_FORM_EPISODE_QUERY } from '../graphql/sessions';
import { RecordSessionForm, type SessionFormEpisode } from './RecordSessionForm';

/** Where a recorded session sends the user: the patient page, on this episode, with a confirmation. */
export interface SessionRecordedState {
  recordedSession: { id: string; sessionDate: string; painBefore: number; redFlags: number };
}

export function RecordSessionPage() {
  const { episodeId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(SESSION_FORM_EPISODE_QUERY, { variables: { id: episodeId } });
  const episode = data?.episode;

  const formEpisode = useMemo((): SessionFormEpisode | null => {
    if (!episode) return null;
    const last = episode.sessions[episode.sessions.length - 1];
    return { id: episode.id, startDate: episode.startDate, endDate: episode.endDate, lastSession: last ?? null };
  }, [episode]);

  const backTo = episode?.patient ? `${patientPath(episode.patient.id)}?episode=${encodeURIComponent(episode.id)}` : '/';

  return (
    <>
      <PageHeading>Record a session</PageHeading>
      {error && !episode ? (
        <div role="alert" className="alert alert-error">
          <p>
            {hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN')
              ? 'This episode does not exist or is not one of yours.'
              : `The episode could not be loaded. ${userMessage(error)}`}
          </p>
          <button type="button" className="button" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : loading && !episode ? (
        <p role="status" className="muted">
          Loading the episode…
        </p>
      ) : episode && formEpisode ? (
        <>
          <p className="lead session-context">
            {episode.patient ? <Link to={backTo}>{episode.patient.name}</Link> : 'Patient'} · episode started{' '}
            {formatDate(episode.startDate)} · {FREQUENCY_LABELS[episode.plannedFrequency].toLowerCase()}
            {episode.endDate ? ` · ended ${formatDate(episode.endDate)}` : ''}
          </p>
          <section className="card" aria-label="Session">
            <RecordSessionForm
              episode={formEpisode}
              onRecorded={(session) => {
                const state: SessionRecordedState = {
                  recordedSession: {
                    id: session.id,
                    sessionDate: session.sessionDate,
                    painBefore: session.painBefore,
                    redFlags: session.redFlags.length,
                  },
                };
                void navigate(backTo, { state });
              }}
              onCancel={() => void navigate(backTo)}
            />
          </section>
        </>
      ) : null}
    </>
  );
}
