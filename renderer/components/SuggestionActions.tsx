import { keyFor } from '../shortcuts.ts';

export interface SuggestionActionsProps {
  /** Suggested claims among those the filters show. */
  shownSuggestions: number;
  /** Of those, the ones the workbench is sure of. */
  shownStrong: number;
  /** A team review's record: its claims are settled field by field, so accepting suggestions would decide nothing. */
  reviewRecord: boolean;
  onAcceptShown(): void;
  onAcceptStrong(): void;
  onRerun(): void;
}

const IN_REVIEW = 'In a team review’s record a claim is settled field by field: take an analyst’s answer, type a value, or accept everything agreed';

/** Bulk work on suggestions: accept what the filters show, or suggest again without touching tagged claims. */
export function SuggestionActions({ shownSuggestions, shownStrong, reviewRecord, onAcceptShown, onAcceptStrong, onRerun }: SuggestionActionsProps) {
  return (
    <div className="suggestion-actions">
      <button type="button" onClick={onAcceptShown} disabled={reviewRecord || shownSuggestions === 0} title={reviewRecord ? IN_REVIEW : undefined}>
        Accept {shownSuggestions} shown suggestion{shownSuggestions === 1 ? '' : 's'} <kbd>{keyFor({ type: 'acceptAll' })}</kbd>
      </button>
      <button
        type="button"
        onClick={onAcceptStrong}
        disabled={reviewRecord || shownStrong === 0}
        title={reviewRecord ? IN_REVIEW : 'Accept only the shown suggestions the workbench is sure of; weak ones stay for you to check'}
      >
        Accept {shownStrong} strong
      </button>
      <button
        type="button"
        onClick={onRerun}
        disabled={reviewRecord}
        title={reviewRecord ? IN_REVIEW : 'Suggest again for untouched claims; tagged and reviewed claims stay as they are'}
      >
        Re-run suggestions
      </button>
    </div>
  );
}
