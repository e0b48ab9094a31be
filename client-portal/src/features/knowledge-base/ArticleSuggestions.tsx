import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { Icon, Spinner, useDebouncedValue } from '@actionconnect/ui';
import { articlePath, SUGGESTION_DEBOUNCE_MS, suggestionText } from './kb-articles.util';
import type { SuggestionSession } from './useSuggestionSession';
import './knowledge-base.css';

const suggestionsQuery = graphql(`
  query KbSuggestions($subject: String!, $description: String!) {
    articleSuggestions(subject: $subject, description: $description, first: 5) {
      snippetHtml
      article {
        id
        slug
        title
        category {
          id
          slug
          name
        }
      }
    }
  }
`);

const suggestedArticleQuery = graphql(`
  query KbSuggestedArticle($slug: String!) {
    article(slug: $slug) {
      id
      slug
      title
      bodyHtml
    }
  }
`);

const suggestionOpenedMutation = graphql(`
  mutation KbSuggestionOpened($sessionId: ID!, $articleId: ID!) {
    recordSuggestionOpened(sessionId: $sessionId, articleId: $articleId)
  }
`);

type Suggested = { id: string; slug: string; title: string; category?: { slug: string } | null };

/**
 * Up to five articles that may answer the request being written, asked for once typing pauses.
 * Opening one shows it over the form (the form keeps its answers) and records the opening for the
 * session; if the session reports no submission (`session.markSubmitted()`) within 30 minutes,
 * the server counts a deflection for that article.
 *
 * Drop-in use in a request form:
 *   const session = useSuggestionSession();
 *   <ArticleSuggestions subject={subject} description={description} session={session} />
 *   …and after a successful submit: void session.markSubmitted();
 */
export function ArticleSuggestions({
  subject,
  description,
  session,
}: {
  subject: string;
  description: string;
  session: SuggestionSession;
}) {
  const text = suggestionText(subject, description);
  // Subject and description have no line breaks once collapsed, so one string carries both.
  const settled = useDebouncedValue(text ? `${text.subject}\n${text.description}` : '', SUGGESTION_DEBOUNCE_MS);
  const [settledSubject = '', settledDescription = ''] = settled.split('\n');
  const { data, previousData } = useQuery(suggestionsQuery, {
    variables: { subject: settledSubject, description: settledDescription },
    skip: !settled,
  });
  const [opened, setOpened] = useState<Suggested | null>(null);
  const [recordOpened] = useMutation(suggestionOpenedMutation);
  const hits = settled ? ((data ?? previousData)?.articleSuggestions ?? []) : [];

  function open(article: Suggested) {
    setOpened(article);
    recordOpened({ variables: { sessionId: session.id, articleId: article.id } }).catch(() => undefined);
  }

  return (
    <>
      <section className="kb-suggestions" aria-live="polite" aria-label="Suggested articles" data-testid="article-suggestions">
        {hits.length > 0 && (
          <>
            <h2 className="kb-suggestions-title">
              <Icon name="book" width={18} height={18} /> These articles may answer your question
            </h2>
            <ul className="kb-suggestions-list">
              {hits.map((hit) => (
                <li key={hit.article.id}>
                  <button type="button" className="kb-suggestion" onClick={() => open(hit.article)}>
                    <span className="kb-suggestion-title">{hit.article.title}</span>
                    {/* Escaped text with <mark> only, built by the server. */}
                    <span className="kb-suggestion-snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {/* Outside the live region, so opening an article does not read all of it out. */}
      {opened && <SuggestedArticleDialog article={opened} onClose={() => setOpened(null)} />}
    </>
  );
}

function SuggestedArticleDialog({ article, onClose }: { article: Suggested; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const { data, error } = useQuery(suggestedArticleQuery, { variables: { slug: article.slug } });

  // Modal, so focus stays in the article and Escape closes it; leaving the page removes it.
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="kb-dialog" aria-labelledby="kb-dialog-title" onClose={onClose} data-testid="suggested-article">
      <header className="kb-dialog-header">
        <h2 id="kb-dialog-title" className="kb-dialog-title">
          {article.title}
        </h2>
        <button type="button" className="kb-dialog-close" onClick={() => dialog.current?.close()}>
          <Icon name="close" label="Close the article" />
        </button>
      </header>
      <div className="kb-dialog-body">
        {data?.article ? (
          // Rendered from Markdown and sanitized on the server.
          <div className="kb-article-body" dangerouslySetInnerHTML={{ __html: data.article.bodyHtml }} />
        ) : error ? (
          <p>We couldn't load this article.</p>
        ) : (
          <Spinner label="Loading the article…" />
        )}
      </div>
      <footer className="kb-dialog-footer">
        <a href={articlePath(article)} target="_blank" rel="noopener" className="button button--ghost button--small">
          Open in a new tab
        </a>
        <button type="button" className="button button--primary button--small" onClick={() => dialog.current?.close()}>
          Back to my request
        </button>
      </footer>
    </dialog>
  );
}
