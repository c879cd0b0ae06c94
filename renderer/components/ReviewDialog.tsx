import { useState } from 'react';
import type { ArticleSummary } from '../../annotations/model.ts';
import { useSubmit } from '../hooks/useSubmit.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface ReviewDialogProps {
  open: boolean;
  /** The workspace's files of the open article's text (the open one first). */
  candidates: readonly ArticleSummary[];
  onStart(articleIds: string[]): Promise<unknown>;
  onClose(): void;
}

/** Team review: choose the analysts' files of this article to compare and merge. */
export function ReviewDialog({ open, candidates, onStart, onClose }: ReviewDialogProps) {
  return (
    <ModalDialog open={open} label="Team review" onClose={onClose}>
      <ReviewForm candidates={candidates} onStart={onStart} onClose={onClose} />
    </ModalDialog>
  );
}

function ReviewForm({ candidates, onStart, onClose }: Omit<ReviewDialogProps, 'open'>) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(candidates.map((c) => c.id)));
  const submit = useSubmit(async () => {
    await onStart(candidates.filter((c) => chosen.has(c.id)).map((c) => c.id));
    onClose();
  });
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? new Set([...current, id]) : new Set([...current].filter((x) => x !== id))));
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Team review</h2>
      <p className="hint">
        Compare analysts’ files of this article: agreement is measured per field, agreed claims become reviewed, and each disagreement stays open in a new record, with every
        analyst’s answer in its note, for the team to settle.
      </p>
      {candidates.length < 2 ? (
        <p className="hint">The workspace holds no other file of this article. Open the analysts’ exported .json files first (Open file… or drop them here).</p>
      ) : (
        <fieldset>
          <legend>Files of this article</legend>
          {candidates.map((c) => (
            <label key={c.id} className="review-candidate">
              <input type="checkbox" checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)} />
              <span>
                {c.analyst ?? 'Analyst not recorded'} · {c.tagged}/{c.claims} tagged
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Start review" submitDisabled={chosen.size < 2} onCancel={onClose} />
    </form>
  );
}
