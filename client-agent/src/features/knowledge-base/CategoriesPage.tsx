import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { KbAgentCategoriesQuery } from '../../gql/graphql';
import { apiErrorsOf, FormAlert, Icon, Spinner, TextField } from '@actionconnect/ui';
import { toFormErrors, type FormErrors } from '@actionconnect/shared';
import { KbTabs } from './KbTabs';
import { KB_ROOT, moveInOrder } from './kb-editor.util';
import './knowledge-base.css';

const categoriesQuery = graphql(`
  query KbAgentCategories {
    agentArticleCategories {
      id
      slug
      name
      description
      position
      parentId
      articleCount
    }
  }
`);

const createCategoryMutation = graphql(`
  mutation KbCreateCategory($input: CreateArticleCategoryInput!) {
    createArticleCategory(input: $input) {
      id
    }
  }
`);

const updateCategoryMutation = graphql(`
  mutation KbUpdateCategory($id: ID!, $input: UpdateArticleCategoryInput!) {
    updateArticleCategory(id: $id, input: $input) {
      id
      slug
      name
      description
      position
      parentId
    }
  }
`);

const reorderMutation = graphql(`
  mutation KbReorderCategories($parentId: ID, $orderedIds: [ID!]!) {
    reorderArticleCategories(parentId: $parentId, orderedIds: $orderedIds) {
      id
      position
    }
  }
`);

const deleteCategoryMutation = graphql(`
  mutation KbDeleteCategory($id: ID!) {
    deleteArticleCategory(id: $id)
  }
`);

type Category = KbAgentCategoriesQuery['agentArticleCategories'][number];
type Field = 'name' | 'slug' | 'description' | 'parentId';
const FIELDS: Field[] = ['name', 'slug', 'description', 'parentId'];
const NO_ERRORS: FormErrors<Field> = { fields: {}, form: null };

/** /knowledge-base/categories: ordered categories, one level of subcategories. */
export function CategoriesPage() {
  usePageTitle('Knowledge base categories');
  const { data, error } = useQuery(categoriesQuery, { fetchPolicy: 'cache-and-network' });
  const [reorder] = useMutation(reorderMutation, { refetchQueries: [categoriesQuery] });
  const [remove] = useMutation(deleteCategoryMutation, { refetchQueries: [categoriesQuery] });
  const [editing, setEditing] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const categories = data?.agentArticleCategories ?? [];
  const top = categories.filter((c) => !c.parentId);

  async function move(category: Category, delta: -1 | 1) {
    const siblings = categories.filter((c) => (c.parentId ?? null) === (category.parentId ?? null)).map((c) => c.id);
    setListError(null);
    try {
      await reorder({ variables: { parentId: category.parentId ?? null, orderedIds: moveInOrder(siblings, category.id, delta) } });
    } catch (e) {
      setListError(toFormErrors(apiErrorsOf(e), []).form);
    }
  }

  async function handleDelete(category: Category) {
    if (!window.confirm(`Delete the category “${category.name}”?`)) return;
    setListError(null);
    try {
      await remove({ variables: { id: category.id } });
    } catch (e) {
      setListError(toFormErrors(apiErrorsOf(e), []).form);
    }
  }

  function row(category: Category, index: number, siblings: Category[]) {
    if (editing === category.id) {
      return <CategoryForm key={category.id} category={category} parents={top} onDone={() => setEditing(null)} />;
    }
    return (
      <div className={category.parentId ? 'kb-category-row kb-category-row--sub' : 'kb-category-row'} data-testid="kb-category-row">
        <div className="kb-category-text">
          <strong>{category.name}</strong> <span className="kb-muted">/{category.slug}</span>
          {category.description && <p className="kb-muted">{category.description}</p>}
          <p className="kb-muted">{category.articleCount === 1 ? '1 published article' : `${category.articleCount} published articles`}</p>
        </div>
        <div className="kb-actions">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === 0}
            onClick={() => void move(category, -1)}
          >
            <Icon name="arrowUp" label={`Move ${category.name} up`} width={16} height={16} />
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={index === siblings.length - 1}
            onClick={() => void move(category, 1)}
          >
            <Icon name="arrowDown" label={`Move ${category.name} down`} width={16} height={16} />
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => setEditing(category.id)}>
            Edit
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void handleDelete(category)}>
            Delete
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="page kb-page">
      <header className="kb-page-header">
        <div>
          <Link to={KB_ROOT} className="kb-back">
            <Icon name="arrowLeft" width={16} height={16} /> Knowledge base
          </Link>
          <h1 className="page-title">Categories</h1>
          <p className="kb-intro">
            The topics of the portal's knowledge base, in the order shown there. A category can hold subcategories, one level deep.
          </p>
        </div>
      </header>
      <KbTabs />
      <section className="panel" aria-label="Categories">
        <FormAlert message={listError} />
        {!data ? (
          error ? (
            <FormAlert message={toFormErrors(apiErrorsOf(error), []).form} />
          ) : (
            <Spinner label="Loading categories…" />
          )
        ) : top.length === 0 ? (
          <div className="empty-state">
            <h2 className="empty-state-title">No categories yet</h2>
            <p className="empty-state-text">Group articles into topics so customers can browse them.</p>
          </div>
        ) : (
          <ol className="kb-category-list">
            {top.map((parent, index) => {
              const children = categories.filter((c) => c.parentId === parent.id);
              return (
                <li key={parent.id}>
                  {row(parent, index, top)}
                  {children.length > 0 && (
                    <ol className="kb-category-list kb-category-list--sub">
                      {children.map((child, childIndex) => (
                        <li key={child.id}>{row(child, childIndex, children)}</li>
                      ))}
                    </ol>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="panel kb-new-category" aria-labelledby="kb-new-category-title">
        <h2 id="kb-new-category-title" className="kb-panel-title">
          New category
        </h2>
        <CategoryForm category={null} parents={top} />
      </section>
    </div>
  );
}

function CategoryForm({ category, parents, onDone }: { category: Category | null; parents: Category[]; onDone?: () => void }) {
  const [name, setName] = useState(category?.name ?? '');
  const [slug, setSlug] = useState(category?.slug ?? '');
  const [description, setDescription] = useState(category?.description ?? '');
  const [parentId, setParentId] = useState(category?.parentId ?? '');
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [create, creating] = useMutation(createCategoryMutation, { refetchQueries: [categoriesQuery] });
  const [update, updating] = useMutation(updateCategoryMutation, { refetchQueries: [categoriesQuery] });
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ fields: { name: 'Give the category a name.' }, form: null });
      return;
    }
    setErrors(NO_ERRORS);
    try {
      if (category) {
        await update({ variables: { id: category.id, input: { name, slug, description, parentId: parentId || null } } });
      } else {
        await create({ variables: { input: { name, slug: slug.trim() || null, description, parentId: parentId || null } } });
        setName('');
        setSlug('');
        setDescription('');
        setParentId('');
      }
      onDone?.();
    } catch (e) {
      setErrors(toFormErrors(apiErrorsOf(e), FIELDS));
    }
  }

  const choices = parents.filter((p) => p.id !== category?.id);
  return (
    <form className="kb-category-form" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label="Name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} error={errors.fields.name} />
      <TextField
        label="Slug"
        hint="Part of the address, e.g. “billing”. Made from the name when empty."
        value={slug}
        maxLength={80}
        onChange={(e) => setSlug(e.target.value)}
        error={errors.fields.slug}
      />
      <TextField
        label="Description"
        value={description}
        maxLength={1000}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.fields.description}
      />
      <div className={errors.fields.parentId ? 'field field--invalid' : 'field'}>
        <label className="field-label" htmlFor={`${id}-parent`}>
          Inside
        </label>
        <select id={`${id}-parent`} className="input" value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">Top level</option>
          {choices.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {errors.fields.parentId && <p className="field-error">{errors.fields.parentId}</p>}
      </div>
      <FormAlert message={errors.form} />
      <div className="kb-actions">
        <button type="submit" className="button button--primary button--small" disabled={creating.loading || updating.loading}>
          {category ? 'Save' : 'Add category'}
        </button>
        {onDone && (
          <button type="button" className="button button--secondary button--small" onClick={onDone}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
