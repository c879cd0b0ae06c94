import { useState } from 'react';
import type { ArticleSummary } from '../../annotations/model.ts';
import type { MergeRule } from '../../annotations/review-model.ts';
import { useSubmit } from '../hooks/useSubmit.ts';
import { when } from '../when.ts';
import { DialogFooter } from './DialogFooter.tsx';
import { ModalDialog } from './ModalDialog.tsx';

export interface ReviewDialogProps {
  open: boolean;
  /** The workspace's files of the open article, of its text or a corrected one (the open one first). */
  candidates: readonly ArticleSummary[];
  onStart(articleIds: string[], rule: MergeRule): Promise<unknown>;
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
  const [ruleKind, setRuleKind] = useState<MergeRule['kind']>('all');
  const [atLeast, setAtLeast] = useState(2);
  const submit = useSubmit(async () => {
    const rule: MergeRule = ruleKind === 'atLeast' ? { kind: 'atLeast', analysts: atLeast } : { kind: ruleKind };
    await onStart(candidates.filter((c) => chosen.has(c.id)).map((c) => c.id), rule);
    onClose();
  });
  const toggle = (id: string, on: boolean) => setChosen((current) => (on ? new Set([...current, id]) : new Set([...current].filter((x) => x !== id))));
  return (
    <form onSubmit={submit.onSubmit}>
      <h2>Team review</h2>
      <p className="hint">
        Compare analysts’ files of this article: agreement is measured per field on what each analyst decided (untouched suggestions do not count), and a new record keeps
        every analyst’s answer. A field takes a value where the merge rule below decides it; every other field stays open for the team to settle.
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
                {c.analyst ?? 'Analyst not recorded'} · {c.tagged}/{c.claims} tagged · {c.correctedAt ? `text corrected ${when(c.correctedAt)}` : 'original text'} · changed {when(c.updatedAt)}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="merge-rule">
        <legend>Merge rule: a field is decided when</legend>
        {(
          [
            ['all', 'all analysts give the same answer'],
            ['majority', 'a majority give the same answer'],
          ] as const
        ).map(([kind, label]) => (
          <label key={kind} className="review-candidate">
            <input type="radio" name="merge-rule" checked={ruleKind === kind} onChange={() => setRuleKind(kind)} />
            <span>{label}</span>
          </label>
        ))}
        <label className="review-candidate">
          <input type="radio" name="merge-rule" checked={ruleKind === 'atLeast'} onChange={() => setRuleKind('atLeast')} />
          <span>at least</span>
          <input
            type="number"
            aria-label="Analysts needed"
            min={1}
            max={Math.max(1, chosen.size)}
            value={atLeast}
            onChange={(e) => {
              setAtLeast(Math.max(1, Number(e.target.value) || 1));
              setRuleKind('atLeast');
            }}
          />
          <span>analysts give the same answer</span>
        </label>
      </fieldset>
      <DialogFooter error={submit.error} busy={submit.busy} submitLabel="Start review" submitDisabled={chosen.size < 2} onCancel={onClose} />
    </form>
  );
}
