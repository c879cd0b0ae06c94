import { keyFor } from '../shortcuts.ts';

export interface SuggestionActionsProps {
  /** Suggested claims among those the filters show. */
  shownSuggestions: number;
  /** Of those, the ones the workbench is sure of. */
  shownStrong: number;
  onAcceptShown(): void;
  onAcceptStrong(): void;
  onRerun(): void;
}

/** Bulk work on suggestions: accept what the filters show, or suggest again without touching tagged claims. */
export function SuggestionActions({ shownSuggestions, shownStrong, onAcceptShown, onAcceptStrong, onRerun }: SuggestionActionsProps) {
  return (
    <div className="suggestion-actions">
      <button type="button" onClick={onAcceptShown} disabled={shownSuggestions === 0}>
        Accept {shownSuggestions} shown suggestion{shownSuggestions === 1 ? '' : 's'} <kbd>{keyFor({ type: 'acceptAll' })}</kbd>
      </button>
      <button type="button" onClick={onAcceptStrong} disabled={shownStrong === 0} title="Accept only the shown suggestions the workbench is sure of; weak ones stay for you to check">
        Accept {shownStrong} strong
      </button>
      <button type="button" onClick={onRerun} title="Suggest again for untouched claims; tagged and reviewed claims stay as they are">
        Re-run suggestions
      </button>
    </div>
  );
}
