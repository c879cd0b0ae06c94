import { useState } from 'react';
import { useSubmit } from '../hooks/useSubmit.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface AnalystNameDialogProps {
  open: boolean;
  onSave(name: string): Promise<void>;
  onClose(): void;
}

/** Asked on first launch: the name that new annotation files, reports and team reviews carry. */
export function AnalystNameDialog({ open, onSave, onClose }: AnalystNameDialogProps) {
  return (
    <ModalDialog open={open} label="Welcome to Claimbench" onClose={onClose}>
      <AnalystNameForm onSave={onSave} onClose={onClose} />
    </ModalDialog>
  );
}

function AnalystNameForm({ onSave, onClose }: Omit<AnalystNameDialogProps, 'open'>) {
  const [name, setName] = useState('');
  const submit = useSubmit(async () => {
    if (!name.trim()) throw new Error('Type your name first.');
    await onSave(name.trim());
    onClose();
  });
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Welcome to Claimbench</h2>
      <p className="hint">Your name goes into the articles you annotate, their reports and team reviews. You can change it later in Settings.</p>
      <label>
        <span>Your name</span>
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" autoFocus />
      </label>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Save" cancelLabel="Later" onCancel={onClose} />
    </form>
  );
}
