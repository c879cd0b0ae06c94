import { useState } from 'react';
import { useSubmit } from '../hooks/useSubmit.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface WorkspaceDialogProps {
  open: boolean;
  current: string;
  recent: readonly string[];
  /** Opens a workspace: a folder path, or null for the system's folder dialog; false when cancelled. */
  onSwitch(dir: string | null): Promise<boolean>;
  onClose(): void;
}

/** File → Open workspace: a recent folder, a typed path, or the system's folder dialog. */
export function WorkspaceDialog({ open, current, recent, onSwitch, onClose }: WorkspaceDialogProps) {
  return (
    <ModalDialog open={open} label="Open workspace" onClose={onClose}>
      <WorkspaceForm current={current} recent={recent} onSwitch={onSwitch} onClose={onClose} />
    </ModalDialog>
  );
}

function WorkspaceForm({ current, recent, onSwitch, onClose }: Omit<WorkspaceDialogProps, 'open'>) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const go = async (dir: string | null) => {
    setError(null);
    try {
      if (await onSwitch(dir)) onClose();
      else if (dir === null) setError('No folder was chosen. Type its path above instead.');
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const submit = useSubmit(async () => {
    if (!path.trim()) throw new Error('Type the folder’s path, or pick a recent one.');
    await go(path.trim());
  });
  const others = recent.filter((dir) => dir !== current);
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Open workspace</h2>
      <p className="hint">
        Now open: <code>{current}</code>
      </p>
      {others.length ? (
        <fieldset>
          <legend>Recent workspaces</legend>
          <ul className="recent-list">
            {others.map((dir) => (
              <li key={dir}>
                <button type="button" onClick={() => void go(dir)}>
                  {dir}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <label>
        <span>Folder</span>
        <input type="text" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/home/you/Documents/Team workspace" />
      </label>
      <p>
        <button type="button" onClick={() => void go(null)}>
          Choose folder…
        </button>
      </p>
      <DialogFooter error={error ?? submit.error} busy={submit.busy} submitLabel="Open" onCancel={onClose} />
    </form>
  );
}
