import { useMutation, useQuery } from '@apollo/client/react';
import { MAX_TAG_LENGTH, toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, TextField, useDebouncedValue } from '@actionconnect/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { graphql } from '../../gql';
import './tags.css';

const tagSuggestionsQuery = graphql(`
  query TagSuggestions($search: String) {
    tags(search: $search, first: 10) {
      id
      name
    }
  }
`);

const addTicketTagMutation = graphql(`
  mutation AddTicketTag($number: Int!, $name: String!) {
    addTicketTag(number: $number, name: $name) {
      ...AgentTicketDetail
    }
  }
`);

const removeTicketTagMutation = graphql(`
  mutation RemoveTicketTag($number: Int!, $tagId: ID!) {
    removeTicketTag(number: $number, tagId: $tagId) {
      ...AgentTicketDetail
    }
  }
`);

/** The tag view: every ticket with this tag, newest activity first. */
export function tagViewPath(tagId: string): string {
  return `/tickets/all?tag=${encodeURIComponent(tagId)}`;
}

/** A ticket's tags: each links to its tag view and can be taken off; a box with the workspace's tags as suggestions adds one. */
export function TicketTagsPanel({
  number,
  tags,
  readOnly,
}: {
  number: number;
  tags: readonly { id: string; name: string }[];
  readOnly: boolean;
}) {
  const [name, setName] = useState('');
  const search = useDebouncedValue(name.trim(), 200);
  const { data } = useQuery(tagSuggestionsQuery, { variables: { search: search || null }, skip: readOnly });
  const [add, { loading: adding }] = useMutation(addTicketTagMutation);
  const [remove, { loading: removing }] = useMutation(removeTicketTagMutation);
  const [error, setError] = useState<{ field: string | null; form: string | null }>({ field: null, form: null });

  async function run(work: () => Promise<unknown>): Promise<boolean> {
    setError({ field: null, form: null });
    try {
      await work();
      return true;
    } catch (caught) {
      const errors = toFormErrors(apiErrorsOf(caught), ['name']);
      setError({ field: errors.fields.name ?? null, form: errors.form });
      return false;
    }
  }

  async function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (name.trim() === '') return setError({ field: 'Type a tag.', form: null });
    if (await run(() => add({ variables: { number, name } }))) setName('');
  }

  const suggestions = (data?.tags ?? []).filter((t) => !tags.some((mine) => mine.id === t.id));
  return (
    <section className="side-card" aria-labelledby="tags-title" data-testid="ticket-tags">
      <h2 className="side-card-title" id="tags-title">
        Tags
      </h2>
      {tags.length === 0 ? (
        <p className="muted side-card-empty">No tags yet.</p>
      ) : (
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag.id} className="tag-chip">
              <Link to={tagViewPath(tag.id)} title={`Tickets tagged “${tag.name}”`}>
                {tag.name}
              </Link>
              {!readOnly && (
                <button
                  type="button"
                  className="tag-chip-remove"
                  disabled={removing}
                  aria-label={`Remove the tag ${tag.name}`}
                  onClick={() => void run(() => remove({ variables: { number, tagId: tag.id } }))}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="tag-add" onSubmit={(event) => void handleAdd(event)} noValidate>
          <TextField
            label="Add a tag"
            name="tag-name"
            autoComplete="off"
            list="tag-suggestions"
            maxLength={MAX_TAG_LENGTH}
            value={name}
            error={error.field}
            onChange={(event) => setName(event.target.value)}
          />
          <datalist id="tag-suggestions">
            {suggestions.map((tag) => (
              <option key={tag.id} value={tag.name} />
            ))}
          </datalist>
          <button type="submit" className="button button--small" disabled={adding}>
            {adding ? 'Adding…' : 'Add tag'}
          </button>
        </form>
      )}
      <FormAlert message={error.form} />
    </section>
  );
}
