/**
 * One claim in the list. Folded, it is one line: number, status, text and
 * attribution. Selected, it opens to its controls, details and actions, so the
 * list stays dense and only the claim in hand takes room.
 */
import { memo, type Ref } from 'react';
import type { Edit } from '../../annotations/edits.ts';
import type { AttributionKind, Claim, Confidence } from '../../annotations/model.ts';
import { CONFIDENCE_LABELS, STATUS_LABELS } from '../../annotations/taxonomy.ts';
import type { ClaimScale } from '../scale.ts';
import { keyFor } from '../shortcuts.ts';
import { ChoiceGroup } from './ChoiceGroup.tsx';
import { NoteField } from './NoteField.tsx';
import { SuggestionReason } from './SuggestionReason.tsx';
import { suggestionStrength } from '../../annotations/suggestion-strength.ts';

export interface ClaimItemProps {
  claim: Claim;
  number: number;
  selected: boolean;
  isLast: boolean;
  scale: ClaimScale;
  noteRef: Ref<HTMLTextAreaElement> | undefined;
  onSelect(id: string): void;
  onEdit(edit: Edit): void;
  onSplit(): void;
  onSourceFromSelection(): void;
  /** In a virtual list: where the row sits, and the callback that measures its height. */
  position?: { index: number; setSize: number; top: number; measure(element: Element | null): void } | undefined;
}

/** Read out after a suggested value, so assistive technology does not hear a guess as a decision. */
const SUGGESTION_NOTE = 'Suggested by the rules, not yet decided: Enter accepts it, a key or click decides otherwise.';

export const ClaimItem = memo(function ClaimItem({ claim, number, selected, isLast, scale, noteRef, onSelect, onEdit, onSplit, onSourceFromSelection, position }: ClaimItemProps) {
  const suggested = claim.status === 'suggested';
  const kind = claim.attribution.kind ?? 'unset';
  const noteId = `suggestion-note-${claim.id}`;
  // A verdict the team's scale no longer lists is kept and shown, never dropped from view.
  const verdicts =
    claim.verdict && !scale.verdict.some((v) => v.value === claim.verdict) ? [...scale.verdict, { value: claim.verdict, label: `${claim.verdict} (not on this scale)` }] : scale.verdict;
  return (
    <li
      ref={position?.measure}
      data-index={position?.index}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.setSize}
      style={position ? { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${position.top}px)` } : undefined}
      className={`claim-item kind-${kind} status-${claim.status} ${selected ? 'selected' : ''} ${claim.orphaned ? 'orphaned' : ''} ${suggestionStrength(claim) === 'weak' ? 'weak-suggestion' : ''}`}
      aria-current={selected ? 'true' : undefined}
      data-claim-id={claim.id}
      // Selecting on a pointer's focus would fold the previous card mid-click and move this one;
      // so the pointer selects on click, and only keyboard focus (Tab) selects on focus.
      onFocus={(event) => !selected && (event.target as HTMLElement).matches(':focus-visible') && onSelect(claim.id)}
      onClick={() => !selected && onSelect(claim.id)}
    >
      <div className="claim-head">
        <span className="claim-number">{number}</span>
        <span className={`badge status-${claim.status}`}>{STATUS_LABELS[claim.status]}</span>
        {suggestionStrength(claim) === 'weak' ? <span className="badge weak" title="The workbench is unsure of this suggestion: check it first">Weak suggestion</span> : null}
        {claim.orphaned ? <span className="badge orphaned">Orphaned: text no longer in the article</span> : null}
        {selected && claim.attribution.source ? (
          <span className="claim-source">
            Source: “{claim.attribution.source.text}”{claim.attribution.via ? ` via “${claim.attribution.via.text}”` : ''}
          </span>
        ) : null}
      </div>
      <p className="claim-text">{claim.text}</p>
      {selected ? null : (
        <span className="claim-summary">
          <span className="kind-label">
            {scale.kindLabel(claim.attribution.kind)}
            {suggested && claim.attribution.kind ? <span className="visually-hidden"> (suggested, not decided)</span> : null}
          </span>
          {claim.confidence ? <span> · {CONFIDENCE_LABELS[claim.confidence]}</span> : null}
          {claim.verdict ? <span> · {claim.verdict}</span> : null}
        </span>
      )}
      {selected ? (
        <div className="claim-details">
          {suggested ? (
            <p id={noteId} className="visually-hidden">
              {SUGGESTION_NOTE}
            </p>
          ) : null}
          <ChoiceGroup<AttributionKind>
            label="Attribution"
            name={`attribution-${claim.id}`}
            choices={scale.attribution}
            value={claim.attribution.kind}
            tentative={suggested}
            describedBy={suggested ? noteId : undefined}
            onChange={(next) => onEdit({ type: 'setAttribution', claimId: claim.id, kind: next })}
          />
          <ChoiceGroup<Confidence>
            label="Confidence"
            name={`confidence-${claim.id}`}
            choices={scale.confidence}
            value={claim.confidence}
            onChange={(confidence) => onEdit({ type: 'setConfidence', claimId: claim.id, confidence })}
          />
          <ChoiceGroup<string>
            label="Verdict"
            name={`verdict-${claim.id}`}
            choices={verdicts}
            value={claim.verdict}
            className="verdict"
            onChange={(verdict) => onEdit({ type: 'setVerdict', claimId: claim.id, verdict })}
          />
          {suggested ? <SuggestionReason claim={claim} /> : null}
          <div className="note-fields">
            <NoteField ref={noteRef} label="Note" value={claim.note} placeholder="What you checked, what is missing…" onCommit={(note) => onEdit({ type: 'setNote', claimId: claim.id, note })} />
            <NoteField
              label="Evidence (one item per line)"
              value={claim.evidence.join('\n')}
              placeholder="Links, documents, contacts"
              onCommit={(text) => onEdit({ type: 'setEvidence', claimId: claim.id, evidence: text.split('\n').map((l) => l.trim()).filter(Boolean) })}
            />
          </div>
          <div className="claim-actions">
            {suggested ? (
              <button type="button" onClick={() => onEdit({ type: 'acceptSuggestions', claimIds: [claim.id] })}>
                Accept suggestion <kbd>{keyFor({ type: 'accept' })}</kbd>
              </button>
            ) : null}
            <button type="button" onClick={onSourceFromSelection}>
              Source from selection <kbd>{keyFor({ type: 'sourceFromSelection' })}</kbd>
            </button>
            {claim.attribution.source ? (
              <button type="button" onClick={() => onEdit({ type: 'setSource', claimId: claim.id, source: null })}>
                Clear source
              </button>
            ) : null}
            <button type="button" onClick={onSplit}>
              Split at cursor <kbd>{keyFor({ type: 'split' })}</kbd>
            </button>
            <button type="button" disabled={isLast} onClick={() => onEdit({ type: 'mergeWithNext', claimId: claim.id })}>
              Merge with next <kbd>{keyFor({ type: 'merge' })}</kbd>
            </button>
            <button type="button" className="danger" onClick={() => onEdit({ type: 'deleteClaim', claimId: claim.id })}>
              Delete <kbd>{keyFor({ type: 'delete' })}</kbd>
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
});
