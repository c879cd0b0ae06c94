import type { ArticleSummary } from '../../annotations/model.ts';

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
          <li key={article.id} className={article.id === openId ? 'open' : ''}>
            <button type="button" onClick={() => onOpen(article.id)} aria-current={article.id === openId ? 'page' : undefined}>
              <span className="title">{article.title}</span>
              {article.error ? (
                <span className="error">Cannot be read</span>
              ) : (
                <span className="meta">
                  {article.analyst ? `${article.analyst} · ` : ''}
                  {article.tagged}/{article.claims} {article.isReview ? 'settled' : 'tagged'}
                </span>
              )}
            </button>
          </li>
        ))}
      </ul>
      {articles.length === 0 ? <p className="empty">No articles yet.</p> : null}
    </nav>
  );
}
