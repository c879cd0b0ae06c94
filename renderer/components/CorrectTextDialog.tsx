import { useState } from 'react';
import type { NewArticle } from '../../annotations/contract.ts';
import { useSubmit } from '../hooks/useSubmit.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface CorrectTextDialogProps {
  open: boolean;
  title: string;
  text: string;
  /** Called with what changed; claims are found again by their quotes, or shown as orphaned. */
  onSave(changed: Partial<NewArticle>): Promise<unknown>;
  onClose(): void;
}

/** Correct the article's title or text. */
export function CorrectTextDialog({ open, title, text, onSave, onClose }: CorrectTextDialogProps) {
  return (
    <ModalDialog open={open} label="Correct the article" onClose={onClose}>
      <CorrectTextForm title={title} text={text} onSave={onSave} onClose={onClose} />
    </ModalDialog>
  );
}

function CorrectTextForm({ title, text, onSave, onClose }: Omit<CorrectTextDialogProps, 'open'>) {
  const [draftTitle, setDraftTitle] = useState(title);
  const [draft, setDraft] = useState(text);
  const unchanged = draft === text && draftTitle.trim() === title;
  const submit = useSubmit(async () => {
    if (!draft.trim()) throw new Error('The article text cannot be empty.');
    if (!draftTitle.trim()) throw new Error('The title cannot be empty.');
    await onSave({ ...(draftTitle.trim() !== title ? { title: draftTitle } : {}), ...(draft !== text ? { text: draft } : {}) });
    onClose();
  });
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Correct the article</h2>
      <p className="hint">Fix a typo or add a missing paragraph. Each claim is found again by its quote; one that cannot be found is marked orphaned, never moved to other words.</p>
      <label>
        <span>Title</span>
        <input type="text" value={draftTitle} onChange={(e) => setDraftTitle(e.target.value)} />
      </label>
      <label>
        <span>Article text</span>
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={20} />
      </label>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Save correction" submitDisabled={unchanged} onCancel={onClose} />
    </form>
  );
}
