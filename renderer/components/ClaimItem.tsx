/** One claim in the list: its text, its controls, and (when selected) its details and actions. */
import { memo, type Ref } from 'react';
import type { Edit } from '../../annotations/edits.ts';
import type { AttributionKind, Claim, Confidence } from '../../annotations/model.ts';
import { ATTRIBUTION_LABELS, ATTRIBUTION_ORDER, CONFIDENCE_LABELS, CONFIDENCE_ORDER, DEFAULT_VERDICTS, STATUS_LABELS } from '../../annotations/taxonomy.ts';
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
  noteRef: Ref<HTMLTextAreaElement> | undefined;
  onSelect(id: string): void;
  onEdit(edit: Edit): void;
  onSplit(): void;
  onSourceFromSelection(): void;
  /** In a virtual list: where the row sits, and the callback that measures its height. */
  position?: { index: number; setSize: number; top: number; measure(element: Element | null): void } | undefined;
}

const attributionChoices = ATTRIBUTION_ORDER.map((kind) => ({ value: kind, label: ATTRIBUTION_LABELS[kind], hint: keyFor({ type: 'attribution', kind }) }));
const confidenceChoices = CONFIDENCE_ORDER.map((level) => ({ value: level, label: CONFIDENCE_LABELS[level], hint: keyFor({ type: 'confidence', confidence: level }) }));
const verdictChoices = DEFAULT_VERDICTS.map((label) => ({ value: label, label }));

export const ClaimItem = memo(function ClaimItem({ claim, number, selected, isLast, noteRef, onSelect, onEdit, onSplit, onSourceFromSelection, position }: ClaimItemProps) {
  const suggested = claim.status === 'suggested';
  return (
    <li
      ref={position?.measure}
      data-index={position?.index}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.setSize}
      style={position ? { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${position.top}px)` } : undefined}
      className={`claim-item status-${claim.status} ${selected ? 'selected' : ''} ${claim.orphaned ? 'orphaned' : ''} ${suggestionStrength(claim) === 'weak' ? 'weak-suggestion' : ''}`}
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
        {claim.attribution.source ? <span className="claim-source">Source: “{claim.attribution.source.text}”{claim.attribution.via ? ` via “${claim.attribution.via.text}”` : ''}</span> : null}
      </div>
      <p className="claim-text">{claim.text}</p>
      <ChoiceGroup<AttributionKind>
        label="Attribution"
        name={`attribution-${claim.id}`}
        choices={attributionChoices}
        value={claim.attribution.kind}
        tentative={suggested}
        onChange={(kind) => onEdit({ type: 'setAttribution', claimId: claim.id, kind })}
      />
      <ChoiceGroup<Confidence>
        label="Confidence"
        name={`confidence-${claim.id}`}
        choices={confidenceChoices}
        value={claim.confidence}
        onChange={(confidence) => onEdit({ type: 'setConfidence', claimId: claim.id, confidence })}
      />
      {selected ? (
        <div className="claim-details">
          {suggested ? <SuggestionReason claim={claim} /> : null}
          <ChoiceGroup<string>
            label="Verdict"
            name={`verdict-${claim.id}`}
            choices={verdictChoices}
            value={claim.verdict}
            className="verdict"
            onChange={(verdict) => onEdit({ type: 'setVerdict', claimId: claim.id, verdict })}
          />
          <NoteField ref={noteRef} label="Note" value={claim.note} placeholder="What you checked, what is missing…" onCommit={(note) => onEdit({ type: 'setNote', claimId: claim.id, note })} />
          <NoteField
            label="Evidence (one item per line)"
            value={claim.evidence.join('\n')}
            placeholder="Links, documents, contacts"
            onCommit={(text) => onEdit({ type: 'setEvidence', claimId: claim.id, evidence: text.split('\n').map((l) => l.trim()).filter(Boolean) })}
          />
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
