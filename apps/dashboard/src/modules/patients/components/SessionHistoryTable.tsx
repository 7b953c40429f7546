import { formatDate } from '../../clinical/dates';
import { POSITION_LABELS, RED_FLAG_LABELS, REGION_LABELS, TECHNIQUE_LABELS } from '../../clinical/labels';
import type { EpisodeSession } from '../hooks/usePatientDetail';

/** Every session of the episode, newest first. */
export function SessionHistoryTable({ sessions }: { sessions: readonly EpisodeSession[] }) {
  const newestFirst = [...sessions].reverse();
  return (
    <section className="card" aria-labelledby="session-history-title">
      <h2 id="session-history-title">Session history</h2>
      {newestFirst.length === 0 ? (
        <p className="muted">No sessions recorded in this episode yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Sessions of this episode, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col" className="numeric">
                  Pain before (0–10)
                </th>
                <th scope="col" className="numeric">
                  Pain after (0–10)
                </th>
                <th scope="col">Techniques</th>
                <th scope="col">Regions</th>
                <th scope="col">Position</th>
                <th scope="col" className="numeric">
                  Minutes
                </th>
                <th scope="col">Red flags</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {newestFirst.map((session) => (
                <tr key={session.id}>
                  <th scope="row">{formatDate(session.sessionDate)}</th>
                  <td className="numeric">{session.painBefore}</td>
                  <td className="numeric">{session.painAfter ?? '—'}</td>
                  <td>{session.techniques.map((code) => TECHNIQUE_LABELS[code]).join(', ') || '—'}</td>
                  <td>{session.regions.map((code) => REGION_LABELS[code]).join(', ') || '—'}</td>
                  <td>{session.position ? POSITION_LABELS[session.position] : '—'}</td>
                  <td className="numeric">{session.minutes}</td>
                  <td className={session.redFlags.length > 0 ? 'cell-danger' : undefined}>
                    {session.redFlags.map((code) => RED_FLAG_LABELS[code]).join(', ') || 'None'}
                  </td>
                  <td className="cell-notes">{session.notes ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
