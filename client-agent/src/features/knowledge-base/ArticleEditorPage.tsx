import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { KbAgentArticleQuery } from '../../gql/graphql';
import { apiErrorsOf, FormAlert, Icon, Spinner, TextField } from '@actionconnect/ui';
import { toFormErrors, type FormErrors } from '@actionconnect/shared';
import { StatusBadge } from './KnowledgeBasePage';
import { MarkdownPreview } from './MarkdownPreview';
import { categoryOptions, editorPath, helpfulnessLabel, KB_ROOT, portalArticleUrl, slugFromTitle } from './kb-editor.util';
import './knowledge-base.css';

graphql(`
  fragment KbEditorArticle on AgentArticle {
    id
    slug
    title
    bodyMarkdown
    bodyHtml
    status
    categoryId
    createdAt
    updatedAt
    publishedAt
    authorName
    category {
      id
      slug
    }
    stats {
      views
      helpfulVotes
      unhelpfulVotes
      suggestionOpens
      deflections
    }
  }
`);

const editorQuery = graphql(`
  query KbAgentArticle($id: ID!, $isNew: Boolean!) {
    agentArticle(id: $id) @skip(if: $isNew) {
      ...KbEditorArticle
    }
    agentArticleCategories {
      id
      name
      parentId
    }
    knowledgeBaseSettings {
      portalUrl
    }
  }
`);

const createMutation = graphql(`
  mutation KbCreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      ...KbEditorArticle
    }
  }
`);

const updateMutation = graphql(`
  mutation KbUpdateArticle($id: ID!, $input: UpdateArticleInput!) {
    updateArticle(id: $id, input: $input) {
      ...KbEditorArticle
    }
  }
`);

const publishMutation = graphql(`
  mutation KbPublishArticle($id: ID!) {
    publishArticle(id: $id) {
      ...KbEditorArticle
    }
  }
`);

const unpublishMutation = graphql(`
  mutation KbUnpublishArticle($id: ID!) {
    unpublishArticle(id: $id) {
      ...KbEditorArticle
    }
  }
`);

const deleteMutation = graphql(`
  mutation KbDeleteArticle($id: ID!) {
    deleteArticle(id: $id)
  }
`);

type EditorArticle = NonNullable<KbAgentArticleQuery['agentArticle']>;
type Field = 'title' | 'slug' | 'categoryId' | 'bodyMarkdown';
const FIELDS: Field[] = ['title', 'slug', 'categoryId', 'bodyMarkdown'];
const NO_ERRORS: FormErrors<Field> = { fields: {}, form: null };

/** /knowledge-base/articles/new and /knowledge-base/articles/<id>: the Markdown editor with its server-rendered preview. */
export function ArticleEditorPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { data, error } = useQuery(editorQuery, { variables: { id: isNew ? '00000000-0000-0000-0000-000000000000' : id, isNew } });
  usePageTitle(isNew ? 'New article' : (data?.agentArticle?.title ?? 'Article'));

  if (!data) {
    return (
      <div className="page kb-page">
        {error ? (
          <FormAlert
            message={
              apiErrorsOf(error)[0]?.extensions?.code === 'NOT_FOUND'
                ? 'This article does not exist.'
                : toFormErrors(apiErrorsOf(error), []).form
            }
          />
        ) : (
          <Spinner label="Loading the article…" />
        )}
      </div>
    );
  }
  // Keyed so that opening another article starts from its own saved state.
  return (
    <ArticleEditor
      key={id}
      article={isNew ? null : (data.agentArticle ?? null)}
      categories={data.agentArticleCategories}
      portalUrl={data.knowledgeBaseSettings.portalUrl}
    />
  );
}

function ArticleEditor({
  article,
  categories,
  portalUrl,
}: {
  article: EditorArticle | null;
  categories: { id: string; name: string; parentId?: string | null }[];
  portalUrl: string;
}) {
  const navigate = useNavigate();
  const [title, setTitle] = useState(article?.title ?? '');
  const [slug, setSlug] = useState(article?.slug ?? '');
  const [categoryId, setCategoryId] = useState(article?.categoryId ?? '');
  const [body, setBody] = useState(article?.bodyMarkdown ?? '');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [saved, setSaved] = useState<string | null>(null);
  const [create, creating] = useMutation(createMutation);
  const [update, updating] = useMutation(updateMutation);
  const [publish, publishing] = useMutation(publishMutation);
  const [unpublish, unpublishing] = useMutation(unpublishMutation);
  const [remove, removing] = useMutation(deleteMutation);
  const busy = creating.loading || updating.loading || publishing.loading || unpublishing.loading || removing.loading;
  const bodyId = useId();

  const dirty =
    !article ||
    title !== article.title ||
    slug !== article.slug ||
    (categoryId || null) !== (article.categoryId ?? null) ||
    body !== article.bodyMarkdown;

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  async function run<T>(work: () => Promise<T>, message: string): Promise<T | null> {
    setErrors(NO_ERRORS);
    setSaved(null);
    try {
      const result = await work();
      setSaved(message);
      return result;
    } catch (error) {
      setErrors(toFormErrors(apiErrorsOf(error), FIELDS));
      return null;
    }
  }

  /** Saves what is on screen; returns the article's id. */
  async function save(): Promise<string | null> {
    if (!title.trim()) {
      setErrors({ fields: { title: 'Give the article a title.' }, form: null });
      return null;
    }
    if (!article) {
      const result = await run(
        () => create({ variables: { input: { title, slug: slug.trim() || null, categoryId: categoryId || null, bodyMarkdown: body } } }),
        'Draft saved.',
      );
      const created = result?.data?.createArticle;
      if (created) navigate(editorPath(created.id), { replace: true });
      return created?.id ?? null;
    }
    if (!dirty) return article.id;
    const result = await run(
      () => update({ variables: { id: article.id, input: { title, slug, categoryId: categoryId || null, bodyMarkdown: body } } }),
      'Saved.',
    );
    return result?.data ? article.id : null;
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await save();
  }

  async function togglePublished() {
    if (!article) return;
    if (article.status === 'PUBLISHED') {
      await run(() => unpublish({ variables: { id: article.id } }), 'Unpublished: readers no longer see it.');
      return;
    }
    const id = await save();
    if (id) await run(() => publish({ variables: { id } }), 'Published: readers see it now.');
  }

  async function handleDelete() {
    if (!article || !window.confirm(`Delete “${article.title}”? Its votes and numbers go with it.`)) return;
    const result = await run(
      () =>
        remove({
          variables: { id: article.id },
          update: (cache) => cache.evict({ id: cache.identify({ __typename: 'AgentArticle', id: article.id }) }),
        }),
      '',
    );
    if (result) navigate(KB_ROOT);
  }

  return (
    <div className="page kb-page kb-editor-page">
      <header className="kb-page-header">
        <div>
          <Link to={KB_ROOT} className="kb-back">
            <Icon name="arrowLeft" width={16} height={16} /> Knowledge base
          </Link>
          <div className="kb-title-row">
            <h1 className="page-title">{article ? article.title : 'New article'}</h1>
            {article && <StatusBadge status={article.status} />}
          </div>
          {article && (
            <p className="kb-muted">
              {article.authorName ? `By ${article.authorName} · ` : ''}
              {article.stats.views} views · helpful {helpfulnessLabel(article.stats.helpfulVotes, article.stats.unhelpfulVotes)} ·{' '}
              {article.stats.deflections} deflections ({article.stats.suggestionOpens} suggestion opens)
            </p>
          )}
        </div>
        <div className="kb-actions">
          {article?.status === 'PUBLISHED' && portalUrl && (
            <a className="button button--secondary" href={portalArticleUrl(portalUrl, article)} target="_blank" rel="noreferrer">
              <Icon name="external" width={16} height={16} /> View on the portal
            </a>
          )}
          {article && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void togglePublished()}
              disabled={busy}
              data-testid="kb-publish"
            >
              {article.status === 'PUBLISHED' ? 'Unpublish' : dirty ? 'Save and publish' : 'Publish'}
            </button>
          )}
          <button type="submit" form="kb-article-form" className="button button--primary" disabled={busy || (!!article && !dirty)}>
            {busy ? 'Saving…' : article ? 'Save' : 'Save draft'}
          </button>
        </div>
      </header>
      <div className="kb-status-line" role="status">
        {saved}
      </div>
      <FormAlert message={errors.form} />
      <form id="kb-article-form" className="kb-editor" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <div className="kb-editor-meta">
          <TextField
            label="Title"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
            error={errors.fields.title}
            required
          />
          <TextField
            label="Slug"
            hint={
              article
                ? 'Part of the address. Links to the old one keep working after a change.'
                : `Part of the address; left empty, it will be “${slugFromTitle(title)}”.`
            }
            value={slug}
            maxLength={120}
            placeholder={article ? undefined : slugFromTitle(title)}
            onChange={(e) => setSlug(e.target.value)}
            error={errors.fields.slug}
          />
          <div className={errors.fields.categoryId ? 'field field--invalid' : 'field'}>
            <label className="field-label" htmlFor={`${bodyId}-category`}>
              Category
            </label>
            <select id={`${bodyId}-category`} className="input" value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
              <option value="">No category</option>
              {categoryOptions(categories).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.depth ? `— ${c.label}` : c.label}
                </option>
              ))}
            </select>
            {errors.fields.categoryId && <p className="field-error">{errors.fields.categoryId}</p>}
          </div>
        </div>
        <div className="kb-editor-panes">
          <div className={errors.fields.bodyMarkdown ? 'field field--invalid kb-editor-pane' : 'field kb-editor-pane'}>
            <label className="field-label" htmlFor={bodyId}>
              Markdown
            </label>
            <textarea
              id={bodyId}
              className="input kb-markdown"
              value={body}
              onChange={(e) => setBody(e.target.value)}
              spellCheck
              placeholder={'## Steps\n\n1. Open Settings.\n2. …'}
            />
            {errors.fields.bodyMarkdown && <p className="field-error">{errors.fields.bodyMarkdown}</p>}
          </div>
          <MarkdownPreview markdown={body} title={title} />
        </div>
      </form>
      {article && (
        <div className="kb-danger-zone">
          <button type="button" className="button button--secondary button--small" onClick={() => void handleDelete()} disabled={busy}>
            Delete article
          </button>
        </div>
      )}
    </div>
  );
}
