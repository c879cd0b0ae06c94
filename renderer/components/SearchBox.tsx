import { forwardRef } from 'react';

export interface SearchBoxProps {
  query: string;
  articleMatches: number;
  claimMatches: number;
  onChange(query: string): void;
  /** Enter and Shift+Enter: the next or previous match in the article. */
  onStep(by: 1 | -1): void;
}

/** Ctrl+F: one query for the article (highlighted) and the claims (filtered). */
export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox({ query, articleMatches, claimMatches, onChange, onStep }, ref) {
  return (
    <div className="search-box" role="search">
      <input
        ref={ref}
        type="search"
        aria-label="Search the article and the claims"
        placeholder="Search (Ctrl+F)"
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            onChange('');
            e.currentTarget.blur();
          }
        }}
      />
      {query.trim() ? (
        <span className="search-count" aria-live="polite">
          {articleMatches} in the article · {claimMatches} claim{claimMatches === 1 ? '' : 's'}
        </span>
      ) : null}
    </div>
  );
});
