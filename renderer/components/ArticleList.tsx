import { memo } from 'react';
import type { ArticleSummary } from '../../annotations/model.ts';
import { shortWhen, when } from '../when.ts';

export interface ArticleListProps {
  articles: readonly ArticleSummary[];
  openId: string | null;
  onOpen(id: string): void;
}

export function ArticleList({ articles, openId, onOpen }: ArticleListProps) {
  return (
    <nav className="article-list" aria-label="Workspace">
      <h2>Articles</h2>
      <ul aria-label="Articles">
        {articles.map((article) => (
          <ArticleRow key={article.id} article={article} open={article.id === openId} onOpen={onOpen} />
        ))}
      </ul>
      {articles.length === 0 ? <p className="empty">No articles yet.</p> : null}
    </nav>
  );
}

/** Memoised: a tag changes the open article's line, and a workspace of 2,000 articles redrawn on every key took a frame. */
const ArticleRow = memo(function ArticleRow({ article, open, onOpen }: { article: ArticleSummary; open: boolean; onOpen(id: string): void }) {
  return (
    <li className={open ? 'open' : ''}>
      <button type="button" onClick={() => onOpen(article.id)} aria-current={open ? 'page' : undefined}>
        <span className="title">{article.title}</span>
        {article.error ? (
          <span className="error">Cannot be read</span>
        ) : (
          <span className="meta">
            {article.analyst ? `${article.analyst} · ` : ''}
            {article.tagged}/{article.claims} {article.isReview ? 'settled' : 'tagged'} · changed{' '}
            <time dateTime={article.updatedAt} title={when(article.updatedAt)}>
              {shortWhen(article.updatedAt)}
            </time>
          </span>
        )}
      </button>
    </li>
  );
});
