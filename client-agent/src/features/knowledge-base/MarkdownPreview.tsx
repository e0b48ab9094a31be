import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Spinner, useDebouncedValue } from '@actionconnect/ui';
import { PREVIEW_DEBOUNCE_MS } from './kb-editor.util';

const previewQuery = graphql(`
  query KbMarkdownPreview($markdown: String!) {
    articleMarkdownPreview(markdown: $markdown)
  }
`);

/**
 * The article as readers will see it: rendered and sanitized by the server's own renderer, so a
 * draft previews exactly as it will publish.
 */
export function MarkdownPreview({ markdown, title }: { markdown: string; title: string }) {
  const settled = useDebouncedValue(markdown, PREVIEW_DEBOUNCE_MS);
  const { data, previousData, error } = useQuery(previewQuery, { variables: { markdown: settled } });
  const html = (data ?? previousData)?.articleMarkdownPreview;
  return (
    <section className="kb-editor-pane kb-preview" aria-label="Preview" aria-busy={settled !== markdown || !data}>
      <p className="field-label">Preview</p>
      <div className="kb-preview-page">
        <h1 className="kb-preview-title">{title || 'Untitled article'}</h1>
        {html !== undefined ? (
          // Sanitized on the server (the same renderer as the portal).
          <div className="kb-article-body" data-testid="kb-preview" dangerouslySetInnerHTML={{ __html: html }} />
        ) : error ? (
          <p className="kb-muted">The preview could not be loaded.</p>
        ) : (
          <Spinner label="Rendering…" />
        )}
      </div>
    </section>
  );
}
