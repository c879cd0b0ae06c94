import type { SaveState } from '../hooks/useWorkbench.ts';

export interface SaveStatusProps {
  save: SaveState;
}

/** Reads "Saved" only once every change is on disk. */
export function SaveStatus({ save }: SaveStatusProps) {
  const text = save.kind === 'saved' ? 'Saved' : save.kind === 'saving' ? 'Saving…' : `Not saved: ${save.message}`;
  return (
    <div role="status" aria-live="polite" className={`save-status ${save.kind}`} title={text}>
      {text}
    </div>
  );
}
