import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { graphql } from '../../gql';
import type { ArticleStatus, KnowledgeBaseVisibility } from '../../gql/graphql';
import { apiErrorsOf, DataTable, type DataTableColumn, FormAlert, Icon, NUMERIC_CELL, Spinner, useDebouncedValue } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { KbTabs } from './KbTabs';
import { categoryOptions, editorPath, helpfulnessLabel } from './kb-editor.util';
import './knowledge-base.css';

const agentArticlesQuery = graphql(`
  query KbAgentArticles($filter: AgentArticleFilter) {
    agentArticles(filter: $filter) {
      id
      slug
      title
      status
      updatedAt
      category {
        id
        name
      }
      stats {
        views
        helpfulVotes
        unhelpfulVotes
        suggestionOpens
        deflections
      }
    }
    agentArticleCategories {
      id
      name
      parentId
    }
    knowledgeBaseSettings {
      visibility
      portalUrl
    }
  }
`);

const setVisibilityMutation = graphql(`
  mutation KbSetVisibility($visibility: KnowledgeBaseVisibility!) {
    setKnowledgeBaseVisibility(visibility: $visibility) {
      visibility
      portalUrl
    }
  }
`);

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const ARTICLE_COLUMNS: readonly DataTableColumn[] = [
  { key: 'article', header: 'Article' },
  { key: 'status', header: 'Status' },
  { key: 'views', header: 'Views', numeric: true },
  { key: 'helpful', header: 'Helpful', numeric: true },
  {
    key: 'deflections',
    header: 'Deflections',
    numeric: true,
    title: 'Suggestions opened from the request form without a request following within 30 minutes',
  },
  { key: 'updated', header: 'Updated' },
];

/** /knowledge-base: every article with its numbers, filters and search; the visibility setting for admins. */
export function KnowledgeBasePage() {
  usePageTitle('Knowledge base');
  const [status, setStatus] = useState<ArticleStatus | ''>('');
  const [categoryId, setCategoryId] = useState('');
  const [search, setSearch] = useState('');
  const settledSearch = useDebouncedValue(search.trim(), 300);
  const { data, previousData, error, refetch } = useQuery(agentArticlesQuery, {
    variables: { filter: { status: status || null, categoryId: categoryId || null, search: settledSearch || null } },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  return (
    <div className="page kb-page">
      <header className="kb-page-header">
        <div>
          <p className="page-eyebrow">Content</p>
          <h1 className="page-title">Knowledge base</h1>
          <p className="kb-intro">
            Articles your customers read on the portal and see suggested while they write a request. Drafts stay here until published.
          </p>
        </div>
        <Link to={editorPath(null)} className="button button--primary">
          New article
        </Link>
      </header>
      <KbTabs />
      {shown && <VisibilitySetting visibility={shown.knowledgeBaseSettings.visibility} portalUrl={shown.knowledgeBaseSettings.portalUrl} />}
      <section className="panel" aria-label="Articles">
        <div className="kb-toolbar">
          <label className="kb-toolbar-field">
            <span className="visually-hidden">Search articles</span>
            <Icon name="search" size={18} />
            <input
              className="input"
              type="search"
              placeholder="Search titles and text"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </label>
          <label className="kb-toolbar-field">
            <span>Status</span>
            <select className="input" value={status} onChange={(e) => setStatus(e.target.value as ArticleStatus | '')}>
              <option value="">All</option>
              <option value="PUBLISHED">Published</option>
              <option value="DRAFT">Drafts</option>
            </select>
          </label>
          <label className="kb-toolbar-field">
            <span>Category</span>
            <select className="input" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              <option value="">All</option>
              {categoryOptions(shown?.agentArticleCategories ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.depth ? `— ${c.label}` : c.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        {!shown ? (
          error ? (
            <div className="kb-panel-body">
              <FormAlert message={toFormErrors(apiErrorsOf(error), []).form} />
              <button type="button" className="button button--secondary" onClick={() => void refetch()}>
                Try again
              </button>
            </div>
          ) : (
            <Spinner label="Loading articles…" />
          )
        ) : shown.agentArticles.length === 0 ? (
          <div className="empty-state">
            <h2 className="empty-state-title">{settledSearch || status || categoryId ? 'No articles match' : 'No articles yet'}</h2>
            <p className="empty-state-text">Write an article once and it answers the question for every customer who asks it.</p>
          </div>
        ) : (
          <DataTable columns={ARTICLE_COLUMNS} data-testid="kb-articles-table">
            {shown.agentArticles.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link to={editorPath(article.id)} className="kb-title-link">
                    {article.title}
                  </Link>
                  <p className="kb-muted">{article.category?.name ?? 'No category'}</p>
                </td>
                <td>
                  <StatusBadge status={article.status} />
                </td>
                <td className={NUMERIC_CELL}>{article.stats.views}</td>
                <td className={NUMERIC_CELL} title={`${article.stats.helpfulVotes} yes, ${article.stats.unhelpfulVotes} no`}>
                  {helpfulnessLabel(article.stats.helpfulVotes, article.stats.unhelpfulVotes)}
                </td>
                <td className={NUMERIC_CELL} title={`${article.stats.suggestionOpens} suggestion opens`}>
                  {article.stats.deflections}
                </td>
                <td className="kb-muted">{dateFormat.format(new Date(article.updatedAt as string))}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}

/** Published or draft. */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  return (
    <span className={status === 'PUBLISHED' ? 'kb-badge kb-badge--published' : 'kb-badge'}>
      {status === 'PUBLISHED' ? 'Published' : 'Draft'}
    </span>
  );
}

function VisibilitySetting({ visibility, portalUrl }: { visibility: KnowledgeBaseVisibility; portalUrl: string }) {
  const { agent } = useAgentSession();
  const [save, { loading, error }] = useMutation(setVisibilityMutation);
  const admin = isAdminRole(agent.role);
  return (
    <div className="kb-visibility">
      <p>
        <strong>{visibility === 'PUBLIC' ? 'Public:' : 'Signed-in contacts only:'}</strong>{' '}
        {visibility === 'PUBLIC'
          ? 'anyone visiting the portal can read published articles.'
          : 'visitors are asked to sign in before reading.'}{' '}
        {portalUrl && (
          <a href={portalUrl} target="_blank" rel="noreferrer">
            Open on the portal
          </a>
        )}
      </p>
      {admin && (
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={loading}
          onClick={() => void save({ variables: { visibility: visibility === 'PUBLIC' ? 'SIGNED_IN' : 'PUBLIC' } }).catch(() => undefined)}
        >
          {visibility === 'PUBLIC' ? 'Limit to signed-in contacts' : 'Make public'}
        </button>
      )}
      {error && <FormAlert message={toFormErrors(apiErrorsOf(error), []).form} />}
    </div>
  );
}
