import { useEffect, useRef, useState } from 'react';
import { userMessage } from '../../../api/errors';
import { formatDate, today as deviceToday } from '../../clinical/dates';
import { POSITION_LABELS, RED_FLAG_LABELS, REGION_LABELS, TECHNIQUE_LABELS } from '../../clinical/labels';
import { ConfirmDialog } from '../../forms/ConfirmDialog';
import { EditSessionForm } from '../../sessions/components/EditSessionForm';
import { useDeleteSession } from '../../sessions/hooks/useSessionChanges';
import type { EpisodeSession } from '../hooks/usePatientDetail';

export interface SessionHistoryTableProps {
  sessions: readonly EpisodeSession[];
  episode: { id: string; startDate: string; endDate?: string | null };
  /** Owners may delete a session (the API allows no one else). */
  canDelete: boolean;
  /** Reads the patient again from the API (after a version conflict). */
  onReload: () => void;
  /** The device's date; tests fix it. */
  today?: string;
}

const editButtonId = (sessionId: string): string => `edit-session-${sessionId}`;
const deleteButtonId = (sessionId: string): string => `delete-session-${sessionId}`;

/** Every session of the episode, newest first; each can be changed, and deleted by an owner. */
export function SessionHistoryTable({ sessions, episode, canDelete, onReload, today = deviceToday() }: SessionHistoryTableProps) {
  const [editingId, setEditingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [deleteBusy, setDeleteBusy] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  /** Where focus goes after the table is drawn again: a button's id, or the heading. */
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const editHeading = useRef<HTMLHeadingElement>(null);
  const deleteSession = useDeleteSession();

  const newestFirst = [...sessions].reverse();
  const editing = sessions.find((session) => session.id === editingId) ?? null;
  const deleting = sessions.find((session) => session.id === deletingId) ?? null;

  useEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'heading' ? heading.current : document.getElementById(focusTarget);
    target?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  useEffect(() => {
    if (editingId) editHeading.current?.focus();
  }, [editingId]);

  function startEditing(sessionId: string): void {
    setConfirmation(null);
    setEditingId(sessionId);
  }

  function stopEditing(message: string | null): void {
    if (editingId) setFocusTarget(editButtonId(editingId));
    setConfirmation(message);
    setEditingId(null);
  }

  function closeDeleteDialog(): void {
    if (deletingId) setFocusTarget(deleteButtonId(deletingId));
    setDeletingId(null);
    setDeleteError(null);
  }

  async function confirmDelete(): Promise<void> {
    if (!deleting) return;
    setDeleteBusy(true);
    setDeleteError(null);
    const outcome = await deleteSession({ id: deleting.id, episodeId: episode.id });
    setDeleteBusy(false);
    if (!outcome.deleted) {
      setDeleteError(`The session was not deleted. ${userMessage(outcome.error)}`);
      return;
    }
    setDeletingId(null);
    setConfirmation(`Session of ${formatDate(deleting.sessionDate)} deleted.`);
    setFocusTarget('heading');
  }

  return (
    <section className="card" aria-labelledby="session-history-title">
      <h2 id="session-history-title" ref={heading} tabIndex={-1}>
        Session history
      </h2>
      <div role="status">{confirmation && <p className="alert alert-success">{confirmation}</p>}</div>
      {editing ? (
        <div className="session-edit">
          <h3 ref={editHeading} tabIndex={-1}>
            Edit the session of {formatDate(editing.sessionDate)}
          </h3>
          <EditSessionForm
            // A newer version (after "Load the current version") starts the form afresh.
            key={`${editing.id}-${editing.version}`}
            session={editing}
            episode={episode}
            today={today}
            onReload={onReload}
            onCancel={() => stopEditing(null)}
            onSaved={(saved) =>
              stopEditing(saved ? `Session of ${formatDate(saved.sessionDate)} updated.` : 'Nothing was changed.')
            }
          />
        </div>
      ) : newestFirst.length === 0 ? (
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
                <th scope="col">
                  <span className="visually-hidden">Changes</span>
                </th>
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
                  <td className="session-actions">
                    <button id={editButtonId(session.id)} type="button" className="button button-small" onClick={() => startEditing(session.id)}>
                      Edit<span className="visually-hidden"> the session of {formatDate(session.sessionDate)}</span>
                    </button>
                    {canDelete && (
                      <button
                        id={deleteButtonId(session.id)}
                        type="button"
                        className="button button-small button-danger"
                        onClick={() => {
                          setConfirmation(null);
                          setDeletingId(session.id);
                        }}
                      >
                        Delete<span className="visually-hidden"> the session of {formatDate(session.sessionDate)}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {deleting && (
        <ConfirmDialog
          title={`Delete the session of ${formatDate(deleting.sessionDate)}?`}
          confirmLabel="Delete session"
          busyLabel="Deleting…"
          cancelLabel="Keep it"
          busy={deleteBusy}
          errorMessage={deleteError}
          onConfirm={() => void confirmDelete()}
          onCancel={closeDeleteDialog}
        >
          <p>
            Pain before {deleting.painBefore}/10, {deleting.minutes} minutes. The session leaves the history, the charts and the clinic’s
            figures, and any red-flag alert it raised. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
