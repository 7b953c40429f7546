import { useMemo } from 'react';
import { hasErrorCode } from '../../../api/errors';
import { useUpdateSession, type UpdatedSession } from '../hooks/useSessionChanges';
import { draftOfSession, toUpdateSessionInput, type StoredSession } from '../validation';
import { SessionForm } from './SessionForm';

/** A stored session as the patient page holds it: its fields, and the version they were read at. */
export interface EditableSession extends StoredSession {
  id: string;
  version: number;
}

export interface EditSessionFormProps {
  session: EditableSession;
  episode: { id: string; startDate: string; endDate?: string | null };
  today: string;
  /** Called with the changed session, or null when nothing was changed. */
  onSaved: (session: UpdatedSession | null) => void;
  onCancel: () => void;
  /** Reads the session again from the API, after someone else changed it. */
  onReload: () => void;
}

/**
 * Changes a recorded session. Only the fields changed are sent, with the version the form was
 * opened on: when someone else saved the session in between, the API refuses, and the form says
 * so and offers the current version instead of overwriting it.
 */
export function EditSessionForm({ session, episode, today, onSaved, onCancel, onReload }: EditSessionFormProps) {
  const update = useUpdateSession();
  const read = useMemo(() => draftOfSession(session), [session]);
  const formEpisode = useMemo(() => ({ id: episode.id, startDate: episode.startDate, endDate: episode.endDate ?? null }), [episode]);

  return (
    <SessionForm
      episode={formEpisode}
      initialDraft={read}
      today={today}
      submitLabel="Save changes"
      busyLabel="Saving…"
      failureLead="The changes were not saved."
      ariaLabel="Edit session"
      onCancel={onCancel}
      onSubmit={async (draft) => {
        const input = toUpdateSessionInput(draft, read, session.id, session.version);
        if (!input) {
          onSaved(null);
          return { ok: true };
        }
        const outcome = await update(input);
        if (!outcome.session) return { ok: false, error: outcome.error };
        onSaved(outcome.session);
        return { ok: true };
      }}
      explainFailure={(error) =>
        hasErrorCode(error, 'CONFLICT') ? (
          <>
            <p>
              <strong>Someone else changed this session while you were editing it</strong>, so your changes were not saved: saving them
              would overwrite theirs.
            </p>
            <p>Load the current version, then make your changes again.</p>
            <button type="button" className="button" onClick={onReload}>
              Load the current version
            </button>
          </>
        ) : null
      }
    />
  );
}
