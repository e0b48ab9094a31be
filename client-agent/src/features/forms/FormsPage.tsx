import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { graphql } from '../../gql';
import type { AdminIntakeFormsQuery } from '../../gql/graphql';
import { apiErrorsOf, DataTable, type DataTableColumn, FormAlert, NUMERIC_CELL, Spinner, TextField } from '@actionconnect/ui';
import { toFormErrors, type FormErrors, formatRelativeTime } from '@actionconnect/shared';
import { PlaceholderPage } from '../../ui/PlaceholderPage';
import { FormStatusBadges } from './FormStatusBadges';
import { RequestSignInSetting } from './RequestSignInSetting';
import './form-builder.css';

const adminIntakeFormsQuery = graphql(`
  query AdminIntakeForms {
    adminIntakeForms {
      id
      name
      description
      slug
      isActive
      publishedVersion
      hasUnpublishedChanges
      draftFieldCount
      ticketCount
      updatedAt
    }
  }
`);

const createIntakeFormMutation = graphql(`
  mutation CreateIntakeForm($input: CreateIntakeFormInput!) {
    createIntakeForm(input: $input) {
      id
    }
  }
`);

/** /forms: the intake forms behind "Submit a request". Admins build them; other agents are told who can. */
export function FormsPage() {
  usePageTitle('Forms');
  const { agent } = useAgentSession();
  if (!isAdminRole(agent.role)) {
    return (
      <PlaceholderPage eyebrow="Content" title="Forms" icon="form" comingTitle="Admins build the forms">
        <p>Intake forms decide which questions customers answer when they submit a request. Only workspace admins can change them.</p>
      </PlaceholderPage>
    );
  }
  return <FormsList />;
}

function FormsList() {
  const { data, loading, error } = useQuery(adminIntakeFormsQuery, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const forms = data?.adminIntakeForms;
  return (
    <div className="page fb-page">
      <header className="fb-page-header">
        <div>
          <p className="page-eyebrow">Content</p>
          <h1 className="page-title">Forms</h1>
          <p className="fb-intro">
            The questions customers answer when they submit a request. Show questions only when earlier answers call for them, preview the
            branching, then publish: every published version is kept, and past tickets keep the version they were sent with.
          </p>
        </div>
        {!creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
            New form
          </button>
        )}
      </header>
      <RequestSignInSetting />
      <section className="panel" aria-label="Intake forms">
        {creating && <CreateForm onCancel={() => setCreating(false)} />}
        {forms ? (
          forms.length ? (
            <FormsTable forms={forms} />
          ) : (
            <div className="empty-state">
              <h2 className="empty-state-title">No forms yet</h2>
              <p className="empty-state-text">Create a form to let customers submit requests from your portal.</p>
            </div>
          )
        ) : loading ? (
          <Spinner label="Loading forms…" />
        ) : (
          <div className="fb-card-body">
            <FormAlert message={toFormErrors(error ? apiErrorsOf(error) : [], []).form ?? 'The forms could not be loaded.'} />
          </div>
        )}
      </section>
    </div>
  );
}

const FORM_COLUMNS: readonly DataTableColumn[] = [
  { key: 'form', header: 'Form' },
  { key: 'status', header: 'Status' },
  { key: 'questions', header: 'Questions', numeric: true },
  { key: 'tickets', header: 'Tickets', numeric: true },
  { key: 'edited', header: 'Edited' },
];

function FormsTable({ forms }: { forms: AdminIntakeFormsQuery['adminIntakeForms'] }) {
  return (
    <DataTable columns={FORM_COLUMNS} interactive>
      {forms.map((form) => (
        <tr key={form.id} data-testid="form-row">
          <td>
            <Link className="fb-form-link" to={`/forms/${form.id}`}>
              {form.name}
            </Link>
            {form.description && <p className="fb-muted">{form.description}</p>}
          </td>
          <td>
            <FormStatusBadges form={form} />
          </td>
          <td className={NUMERIC_CELL}>{form.draftFieldCount}</td>
          <td className={NUMERIC_CELL}>{form.ticketCount}</td>
          <td className="fb-muted">{formatRelativeTime(form.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function CreateForm({ onCancel }: { onCancel(): void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<FormErrors<'name' | 'description'>>({ fields: {}, form: null });
  const [create, { loading }] = useMutation(createIntakeFormMutation, { refetchQueries: [adminIntakeFormsQuery] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors({ fields: { name: 'Give the form a name.' }, form: null });
      return;
    }
    try {
      const result = await create({ variables: { input: { name, description } } });
      const id = result.data?.createIntakeForm.id;
      if (id) navigate(`/forms/${id}`);
    } catch (error) {
      setErrors(toFormErrors(apiErrorsOf(error), ['name', 'description']));
    }
  }

  return (
    <form className="fb-create" onSubmit={(e) => void submit(e)} noValidate>
      <TextField label="Name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} error={errors.fields.name} autoFocus />
      <TextField
        label="Description"
        hint="Shown above the form in the portal."
        value={description}
        maxLength={1000}
        onChange={(e) => setDescription(e.target.value)}
        error={errors.fields.description}
      />
      <div className="fb-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Creating…' : 'Create form'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      {errors.form && (
        <div className="fb-create-error">
          <FormAlert message={errors.form} />
        </div>
      )}
    </form>
  );
}
