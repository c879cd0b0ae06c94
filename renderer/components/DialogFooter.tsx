export interface DialogFooterProps {
  error: string | null;
  busy: boolean;
  submitLabel: string;
  submitDisabled?: boolean;
  cancelLabel?: string;
  onCancel(): void;
}

/** A dialog form's error and its Cancel and submit buttons. */
export function DialogFooter({ error, busy, submitLabel, submitDisabled, cancelLabel = 'Cancel', onCancel }: DialogFooterProps) {
  return (
    <>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="submit" className="primary" disabled={busy || submitDisabled}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
