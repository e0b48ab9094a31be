import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Spinner, TextField } from '@actionconnect/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { tagViewPath } from './TicketTagsPanel';
import './tags.css';

const tagsWithCountsQuery = graphql(`
  query TagsWithCounts {
    tagsWithCounts {
      id
      name
      ticketCount
    }
  }
`);

const renameTagMutation = graphql(`
  mutation RenameTag($id: ID!, $name: String!) {
    renameTag(id: $id, name: $name) {
      id
      name
      ticketCount
    }
  }
`);

const mergeTagsMutation = graphql(`
  mutation MergeTags($sourceId: ID!, $targetId: ID!) {
    mergeTags(sourceId: $sourceId, targetId: $targetId) {
      id
      name
      ticketCount
    }
  }
`);

type TagRow = { id: string; name: string; ticketCount: number };

/** /settings/tags: the workspace's tags with their ticket counts; an admin renames one or merges it into another. */
export function TagsSettingsPage() {
  usePageTitle('Tags');
  const { data, loading, error } = useQuery(tagsWithCountsQuery, { fetchPolicy: 'cache-and-network' });
  const tags = data?.tagsWithCounts;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Tags</h1>
        <p className="page-intro">Agents tag tickets as they work. Rename a tag, or merge two that mean the same thing.</p>
      </header>
      {!tags ? (
        loading ? (
          <Spinner label="Loading tags…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Tags could not be loaded.'} />
        )
      ) : tags.length === 0 ? (
        <p className="muted">No tags yet: agents add them on the ticket page.</p>
      ) : (
        <ul className="panel tags-settings-list" data-testid="tags-settings">
          {tags.map((tag) => (
            <TagSettingsRow key={`${tag.id}:${tag.name}`} tag={tag} others={tags.filter((t) => t.id !== tag.id)} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TagSettingsRow({ tag, others }: { tag: TagRow; others: TagRow[] }) {
  const [name, setName] = useState(tag.name);
  const [target, setTarget] = useState('');
  const [errors, setErrors] = useState<{ name: string | null; form: string | null }>({ name: null, form: null });
  const [rename, { loading: renaming }] = useMutation(renameTagMutation);
  const [merge, { loading: merging }] = useMutation(mergeTagsMutation, { refetchQueries: ['TagsWithCounts'] });

  async function run(work: () => Promise<unknown>) {
    setErrors({ name: null, form: null });
    try {
      await work();
    } catch (caught) {
      const found = toFormErrors(apiErrorsOf(caught), ['name']);
      setErrors({ name: found.fields.name ?? null, form: found.form });
    }
  }

  function handleRename(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(() => rename({ variables: { id: tag.id, name } }));
  }

  function handleMerge(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const into = others.find((t) => t.id === target);
    if (!into) return setErrors({ name: null, form: 'Pick the tag to merge into.' });
    if (
      !window.confirm(
        `Merge “${tag.name}” into “${into.name}”? Its ${tag.ticketCount} tickets get “${into.name}”, and “${tag.name}” is deleted.`,
      )
    )
      return;
    void run(() => merge({ variables: { sourceId: tag.id, targetId: into.id } }));
  }

  return (
    <li className="tags-settings-item" data-testid={`tag-row-${tag.name}`}>
      <p>
        <Link to={tagViewPath(tag.id)}>
          <strong>{tag.name}</strong>
        </Link>{' '}
        <span className="muted">
          {tag.ticketCount} {tag.ticketCount === 1 ? 'ticket' : 'tickets'}
        </span>
      </p>
      <div className="tags-row-actions">
        <form className="tags-row-actions" onSubmit={handleRename} noValidate>
          <TextField label={`New name for ${tag.name}`} value={name} error={errors.name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button--secondary button--small" disabled={renaming || name === tag.name}>
            Rename
          </button>
        </form>
        {others.length > 0 && (
          <form className="tags-row-actions" onSubmit={handleMerge}>
            <label className="field">
              <span className="field-label">Merge {tag.name} into</span>
              <select className="select-input" value={target} onChange={(e) => setTarget(e.target.value)}>
                <option value="">Choose a tag…</option>
                {others.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button button--secondary button--small" disabled={merging}>
              Merge
            </button>
          </form>
        )}
      </div>
      <FormAlert message={errors.form} />
    </li>
  );
}
