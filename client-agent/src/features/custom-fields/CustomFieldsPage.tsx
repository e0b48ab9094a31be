import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { CustomFieldAdminFieldsFragment } from '../../gql/graphql';
import { apiErrorsOf, DataTable, type DataTableColumn, FormAlert, Spinner } from '@actionconnect/ui';
import { toFormErrors, formatDate } from '@actionconnect/shared';
import { CustomFieldEditor } from './CustomFieldEditor';
import { CUSTOM_FIELD_TYPE_LABELS, draftFromStored, movedPosition } from './custom-field-form.util';
import './custom-fields.css';

graphql(`
  fragment CustomFieldAdminFields on CustomFieldDefinition {
    id
    key
    label
    type
    options {
      value
      label
    }
    visibleToContact
    position
    archivedAt
  }
`);

const adminCustomFieldsQuery = graphql(`
  query AdminCustomFields {
    adminCustomFields {
      ...CustomFieldAdminFields
    }
  }
`);

const updateCustomFieldMutation = graphql(`
  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) {
    updateCustomField(id: $id, input: $input) {
      ...CustomFieldAdminFields
    }
  }
`);

const archiveCustomFieldMutation = graphql(`
  mutation ArchiveCustomField($id: ID!) {
    archiveCustomField(id: $id) {
      ...CustomFieldAdminFields
    }
  }
`);

const FIELD_COLUMNS: readonly DataTableColumn[] = [
  { key: 'order', header: 'Order' },
  { key: 'field', header: 'Field' },
  { key: 'type', header: 'Type' },
  { key: 'visible', header: 'Visible to customers' },
  { key: 'actions', header: <span className="visually-hidden">Actions</span> },
];

/** /settings/fields: the organization's custom ticket fields, who sees them, and in which order. */
export function CustomFieldsPage() {
  usePageTitle('Custom fields');
  const { data, loading, error } = useQuery(adminCustomFieldsQuery);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [update, updating] = useMutation(updateCustomFieldMutation, { refetchQueries: [adminCustomFieldsQuery] });
  const [archive] = useMutation(archiveCustomFieldMutation, { refetchQueries: [adminCustomFieldsQuery] });
  const fields = data?.adminCustomFields ?? [];
  const live = fields.filter((f) => !f.archivedAt);
  const archived = fields.filter((f) => f.archivedAt);
  const fail = (e: unknown) => setMessage(toFormErrors(apiErrorsOf(e), []).form ?? 'That did not work.');

  async function onArchive(field: CustomFieldAdminFieldsFragment) {
    if (!window.confirm(`Archive “${field.label}”? It disappears from tickets and forms; stored values are kept.`)) return;
    setMessage(null);
    await archive({ variables: { id: field.id } }).catch(fail);
  }

  return (
    <div className="page cf-page">
      <header className="cf-header">
        <div>
          <p className="page-eyebrow">Settings</p>
          <h1 className="page-title">Custom fields</h1>
          <p className="cf-intro">
            Extra fields on every ticket, such as product or order number. Agents can edit them on the ticket; intake forms can fill them
            from answers. Customers see a field on their requests only when you make it visible.
          </p>
        </div>
        {editing !== 'new' && (
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            New field
          </button>
        )}
      </header>
      <FormAlert message={message} />
      {editing === 'new' && <CustomFieldEditor takenKeys={new Set(fields.map((f) => f.key))} onDone={() => setEditing(null)} />}
      <section className="panel" aria-label="Custom fields">
        {data ? (
          live.length ? (
            <DataTable columns={FIELD_COLUMNS}>
              {live.map((field, index) =>
                editing === field.id ? (
                  <tr key={field.id}>
                    <td colSpan={5} className="cf-edit-cell">
                      <CustomFieldEditor
                        field={field}
                        initial={draftFromStored(field)}
                        takenKeys={new Set()}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={field.id} data-testid="custom-field-row">
                    <td>
                      <span className="cf-tools">
                        <button
                          type="button"
                          className="cf-tool"
                          aria-label={`Move “${field.label}” up`}
                          disabled={index === 0 || updating.loading}
                          onClick={() =>
                            void update({ variables: { id: field.id, input: { position: movedPosition(index, -1) } } }).catch(fail)
                          }
                        >
                          ↑
                        </button>
                        <button
                          type="button"
                          className="cf-tool"
                          aria-label={`Move “${field.label}” down`}
                          disabled={index === live.length - 1 || updating.loading}
                          onClick={() =>
                            void update({ variables: { id: field.id, input: { position: movedPosition(index, 1) } } }).catch(fail)
                          }
                        >
                          ↓
                        </button>
                      </span>
                    </td>
                    <td>
                      <strong>{field.label}</strong>
                      <div className="cf-key">{field.key}</div>
                    </td>
                    <td>
                      {CUSTOM_FIELD_TYPE_LABELS[draftFromStored(field).type]}
                      {field.options.length > 0 && (
                        <div className="cf-muted">
                          {field.options
                            .slice(0, 4)
                            .map((o) => o.label)
                            .join(', ')}
                          {field.options.length > 4 ? ` +${field.options.length - 4}` : ''}
                        </div>
                      )}
                    </td>
                    <td>
                      <label className="cf-switch">
                        <input
                          type="checkbox"
                          role="switch"
                          checked={field.visibleToContact}
                          aria-label={`Customers see “${field.label}”`}
                          onChange={(e) =>
                            void update({ variables: { id: field.id, input: { visibleToContact: e.target.checked } } }).catch(fail)
                          }
                        />
                        <span>{field.visibleToContact ? 'Visible' : 'Agents only'}</span>
                      </label>
                    </td>
                    <td className="cf-row-actions">
                      <button type="button" className="button button--secondary button--small" onClick={() => setEditing(field.id)}>
                        Edit
                      </button>
                      <button type="button" className="button button--secondary button--small" onClick={() => void onArchive(field)}>
                        Archive
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </DataTable>
          ) : (
            <div className="empty-state">
              <h2 className="empty-state-title">No custom fields yet</h2>
              <p className="empty-state-text">Add the fields your team tracks on every ticket.</p>
            </div>
          )
        ) : loading ? (
          <Spinner label="Loading custom fields…" />
        ) : (
          <div className="cf-pad">
            <FormAlert message={toFormErrors(error ? apiErrorsOf(error) : [], []).form ?? 'The fields could not be loaded.'} />
          </div>
        )}
      </section>
      {archived.length > 0 && (
        <section className="cf-archived" aria-label="Archived fields">
          <h2 className="cf-subtitle">Archived</h2>
          <p className="cf-muted">Hidden from tickets, forms and the portal. Their keys stay reserved and their values stay stored.</p>
          <ul>
            {archived.map((f) => (
              <li key={f.id}>
                {f.label} <span className="cf-key">{f.key}</span> <span className="cf-muted">· archived {formatDate(f.archivedAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
