import { useState } from 'react';
import { useSubmit } from '../hooks/useSubmit.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface CorrectTextDialogProps {
  open: boolean;
  text: string;
  onSave(text: string): Promise<unknown>;
  onClose(): void;
}

/** Correct the article's text; claims are found again by their quotes, or shown as orphaned. */
export function CorrectTextDialog({ open, text, onSave, onClose }: CorrectTextDialogProps) {
  return (
    <ModalDialog open={open} label="Correct the article" onClose={onClose}>
      <CorrectTextForm text={text} onSave={onSave} onClose={onClose} />
    </ModalDialog>
  );
}

function CorrectTextForm({ text, onSave, onClose }: Omit<CorrectTextDialogProps, 'open'>) {
  const [draft, setDraft] = useState(text);
  const submit = useSubmit(async () => {
    if (!draft.trim()) throw new Error('The article text cannot be empty.');
    await onSave(draft);
    onClose();
  });
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Correct the article</h2>
      <p className="hint">Fix a typo or add a missing paragraph. Each claim is found again by its quote; one that cannot be found is marked orphaned, never moved to other words.</p>
      <label>
        <span>Article text</span>
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={20} />
      </label>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Save correction" submitDisabled={draft === text} onCancel={onClose} />
    </form>
  );
}
