import { Link } from 'react-router-dom';
import { Icon } from '@actionconnect/ui';
import { articlePath } from './kb-articles.util';

/** An article as lists show it. */
export interface ArticleListItem {
  id: string;
  slug: string;
  title: string;
  excerpt?: string;
  category?: { slug: string; name?: string } | null;
}

/** A list of article links, with excerpts when given. */
export function ArticleList({ articles, label }: { articles: ArticleListItem[]; label?: string }) {
  return (
    <ul className="kb-article-list" aria-label={label}>
      {articles.map((article) => (
        <li key={article.id}>
          <Link to={articlePath(article)} className="kb-article-link">
            <Icon name="fileText" width={18} height={18} />
            <span>
              <span className="kb-article-link-title">{article.title}</span>
              {article.excerpt && <span className="kb-article-link-excerpt">{article.excerpt}</span>}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
