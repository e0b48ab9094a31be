import { useMutation, useQuery } from '@apollo/client/react';
import { MACRO_PLACEHOLDERS, renderMacro, toFormErrors, type FormErrors, NO_FORM_ERRORS } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, Spinner, TextField } from '@actionconnect/ui';
import { useState, type FormEvent } from 'react';
import { useAgentSession, usePageTitle } from '../../app/agent-session';
import { isAdminRole } from '../../app/navigation';
import { graphql } from '../../gql';
import type { MacroInput, TicketPriority, TicketStatus } from '../../gql/graphql';
import { priorityLabel, statusLabel } from '../tickets';
import { macroActionSummary, type PickedMacro } from './MacroPicker';
import './macros.css';

const macrosQuery = graphql(`
  query MacrosSettings {
    macros {
      id
      name
      body
      shared
      actions {
        status
        priority
        assigneeId
        addTags
        removeTags
        customFields {
          key
        }
      }
    }
  }
`);

const createMacroMutation = graphql(`
  mutation CreateMacro($input: MacroInput!) {
    createMacro(input: $input) {
      id
    }
  }
`);

const updateMacroMutation = graphql(`
  mutation UpdateMacro($id: ID!, $input: MacroInput!) {
    updateMacro(id: $id, input: $input) {
      id
    }
  }
`);

const deleteMacroMutation = graphql(`
  mutation DeleteMacro($id: ID!) {
    deleteMacro(id: $id)
  }
`);

const STATUSES: TicketStatus[] = ['OPEN' as TicketStatus, 'PENDING' as TicketStatus, 'SOLVED' as TicketStatus];
const PRIORITIES: TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as TicketPriority[];
const SAMPLE = {
  requester: { name: 'Wile E. Coyote', email: 'wile@coyote.test' },
  ticket: { number: 1042, subject: 'Rocket skates explode on start' },
};

/** /settings/macros: the agent's own canned replies, and (for admins) the shared ones, with their actions. */
export function MacrosSettingsPage() {
  usePageTitle('Canned replies');
  const { agent } = useAgentSession();
  const admin = isAdminRole(agent.role);
  const { data, loading } = useQuery(macrosQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<string | null>(null);
  const [remove] = useMutation(deleteMacroMutation, { refetchQueries: ['MacrosSettings'] });
  const macros = data?.macros ?? [];
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Canned replies</h1>
        <p className="page-intro">
          Answers you give often, filled in for each ticket. Placeholders: {MACRO_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.
          {admin ? ' Shared ones are offered to every agent.' : ' Admins manage the shared ones.'}
        </p>
      </header>
      {loading && !data ? (
        <Spinner label="Loading canned replies…" />
      ) : (
        <ul className="panel macros-list" data-testid="macros-settings">
          {macros.map((macro) =>
            editing === macro.id ? (
              <li key={macro.id} className="macros-item">
                <MacroForm macro={macro} admin={admin} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={macro.id} className="macros-item">
                <p>
                  <strong>{macro.name}</strong> <span className="muted">{macro.shared ? 'Shared' : 'Yours'}</span>
                </p>
                <p className="muted macro-body-preview">{macro.body}</p>
                {macroActionSummary(macro.actions) && <p className="muted">Also: {macroActionSummary(macro.actions)}.</p>}
                {(admin || !macro.shared) && (
                  <p className="macro-applied">
                    <button type="button" className="button button--secondary button--small" onClick={() => setEditing(macro.id)}>
                      Edit {macro.name}
                    </button>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      onClick={() => window.confirm(`Delete “${macro.name}”?`) && void remove({ variables: { id: macro.id } })}
                    >
                      Delete {macro.name}
                    </button>
                  </p>
                )}
              </li>
            ),
          )}
          <li className="macros-item">
            <h2 className="side-card-title">New canned reply</h2>
            <MacroForm key={macros.length} macro={null} admin={admin} onDone={() => undefined} />
          </li>
        </ul>
      )}
    </div>
  );
}

const splitTags = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

function MacroForm({ macro, admin, onDone }: { macro: PickedMacro | null; admin: boolean; onDone(): void }) {
  const { agent } = useAgentSession();
  const [name, setName] = useState(macro?.name ?? '');
  const [body, setBody] = useState(macro?.body ?? '');
  const [shared, setShared] = useState(macro?.shared ?? false);
  const [status, setStatus] = useState<string>(macro?.actions.status ?? '');
  const [priority, setPriority] = useState<string>(macro?.actions.priority ?? '');
  const [addTags, setAddTags] = useState((macro?.actions.addTags ?? []).join(', '));
  const [removeTags, setRemoveTags] = useState((macro?.actions.removeTags ?? []).join(', '));
  const [errors, setErrors] = useState<FormErrors<'name' | 'body'>>(NO_FORM_ERRORS);
  const [create, { loading: creating }] = useMutation(createMacroMutation, { refetchQueries: ['MacrosSettings'] });
  const [update, { loading: updating }] = useMutation(updateMacroMutation, { refetchQueries: ['MacrosSettings'] });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: MacroInput = {
      name,
      body,
      shared,
      actions: {
        status: (status || null) as TicketStatus | null,
        priority: (priority || null) as TicketPriority | null,
        assigneeId: macro?.actions.assigneeId ?? null,
        addTags: splitTags(addTags),
        removeTags: splitTags(removeTags),
      },
    };
    setErrors(NO_FORM_ERRORS);
    try {
      if (macro) await update({ variables: { id: macro.id, input } });
      else await create({ variables: { input } });
      onDone();
    } catch (caught) {
      setErrors(toFormErrors(apiErrorsOf(caught), ['name', 'body']));
    }
  }

  return (
    <form className="macro-form" onSubmit={(e) => void handleSubmit(e)} noValidate>
      <TextField label="Name" value={name} maxLength={120} error={errors.fields.name} onChange={(e) => setName(e.target.value)} />
      <label className="field">
        <span className="field-label">Reply</span>
        <textarea
          className="input composer-input"
          rows={5}
          value={body}
          aria-invalid={errors.fields.body ? true : undefined}
          onChange={(e) => setBody(e.target.value)}
        />
        {errors.fields.body && <span className="field-error">{errors.fields.body}</span>}
      </label>
      {body.trim() && (
        <p className="muted macro-body-preview" data-testid="macro-preview">
          Preview: {renderMacro(body, { ...SAMPLE, agent })}
        </p>
      )}
      <div className="macro-applied">
        <label className="toolbar-select">
          <span className="toolbar-select-label">Set status</span>
          <select className="select-input" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Leave as is</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-select">
          <span className="toolbar-select-label">Set priority</span>
          <select className="select-input" value={priority} onChange={(e) => setPriority(e.target.value)}>
            <option value="">Leave as is</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {priorityLabel(p)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <TextField label="Add tags (comma-separated)" value={addTags} onChange={(e) => setAddTags(e.target.value)} />
      <TextField label="Remove tags (comma-separated)" value={removeTags} onChange={(e) => setRemoveTags(e.target.value)} />
      {admin && (
        <label className="macro-applied">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} /> Share with every agent
        </label>
      )}
      <FormAlert message={errors.form} />
      <p className="macro-applied">
        <button type="submit" className="button button--primary button--small" disabled={creating || updating}>
          {macro ? 'Save' : 'Add canned reply'}
        </button>
        {macro && (
          <button type="button" className="button button--ghost button--small" onClick={onDone}>
            Cancel
          </button>
        )}
      </p>
    </form>
  );
}
