import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { EpisodeDates } from '../clinical/episodeDates';

/** What a form that records something into an episode takes, such as one kept in a RecordPanel. */
export interface EpisodeRecordFormProps<Recorded> {
  episode: EpisodeDates & { id: string };
  onRecorded: (recorded: Recorded) => void;
  onCancel: () => void;
  /** The device's date. */
  today: string;
}

export interface RecordPanelProps {
  /** The button that opens the form: "Record a medication report". */
  openLabel: string;
  /** The form; `done` closes it with a confirmation, `cancel` without one. */
  children: (actions: { done: (confirmation: string) => void; cancel: () => void }) => ReactNode;
}

/**
 * A form kept behind a button until needed, beside the figures it adds to. Opening moves focus into
 * the form; closing returns it to the button, with the confirmation announced.
 */
export function RecordPanel({ openLabel, children }: RecordPanelProps) {
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    if (open) body.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    else opener.current?.focus();
  }, [open]);

  function toggle(next: boolean, message: string | null): void {
    moved.current = true;
    setConfirmation(message);
    setOpen(next);
  }

  return (
    <div className="record-panel">
      <div role="status">{confirmation && <p className="alert alert-success">{confirmation}</p>}</div>
      {open ? (
        <div ref={body}>{children({ done: (message) => toggle(false, message), cancel: () => toggle(false, null) })}</div>
      ) : (
        <button ref={opener} type="button" className="button" onClick={() => toggle(true, null)}>
          {openLabel}
        </button>
      )}
    </div>
  );
}
