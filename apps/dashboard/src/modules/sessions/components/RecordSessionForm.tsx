import { useState } from 'react';
import { today as deviceToday } from '../../clinical/dates';
import { useRecordSession, type RecordedSession } from '../hooks/useRecordSession';
import { toRecordSessionInput } from '../validation';
import { emptySessionDraft, SessionForm, type SessionFormEpisode } from './SessionForm';

export type { SessionFormEpisode } from './SessionForm';

export interface RecordSessionFormProps {
  episode: SessionFormEpisode;
  onRecorded: (session: RecordedSession) => void;
  onCancel: () => void;
  /** The device's date; tests fix it. */
  today?: string;
  /** Makes the idempotency key; tests fix it. */
  newClientRequestId?: () => string;
}

/**
 * Records one treatment session. One client request id per form, kept across retries, so a double
 * click or a retry never stores two sessions.
 */
export function RecordSessionForm({
  episode,
  onRecorded,
  onCancel,
  today = deviceToday(),
  newClientRequestId = () => crypto.randomUUID(),
}: RecordSessionFormProps) {
  const [clientRequestId] = useState(newClientRequestId);
  const [initialDraft] = useState(() => emptySessionDraft(today));
  const { record } = useRecordSession();

  return (
    <SessionForm
      episode={episode}
      initialDraft={initialDraft}
      today={today}
      submitLabel="Record session"
      busyLabel="Recording…"
      failureLead="The session was not recorded."
      onCancel={onCancel}
      onSubmit={async (draft) => {
        const outcome = await record(toRecordSessionInput(draft, episode.id, clientRequestId));
        if (!outcome.session) return { ok: false, error: outcome.error };
        onRecorded(outcome.session);
        return { ok: true };
      }}
    />
  );
}
