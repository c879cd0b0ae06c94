import { keyFor } from '../shortcuts.ts';

export interface SuggestionActionsProps {
  /** Suggested claims among those the filters show. */
  shownSuggestions: number;
  onAcceptShown(): void;
  onRerun(): void;
}

/** Bulk work on suggestions: accept what the filters show, or suggest again without touching tagged claims. */
export function SuggestionActions({ shownSuggestions, onAcceptShown, onRerun }: SuggestionActionsProps) {
  return (
    <div className="suggestion-actions">
      <button type="button" onClick={onAcceptShown} disabled={shownSuggestions === 0}>
        Accept {shownSuggestions} shown suggestion{shownSuggestions === 1 ? '' : 's'} <kbd>{keyFor({ type: 'acceptAll' })}</kbd>
      </button>
      <button type="button" onClick={onRerun} title="Suggest again for untouched claims; tagged and reviewed claims stay as they are">
        Re-run suggestions
      </button>
    </div>
  );
}
