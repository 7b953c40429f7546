export interface FormActionsProps {
  /** The submit button's words: "Save report". */
  submitLabel: string;
  /** Its words while the form is being sent. */
  busyLabel?: string;
  /** The form is being sent: the submit button waits. */
  busy: boolean;
  onCancel: () => void;
}

/** The foot of a record form: submit, which waits while the form is sent, and cancel. */
export function FormActions({ submitLabel, busyLabel = 'Saving…', busy, onCancel }: FormActionsProps) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
