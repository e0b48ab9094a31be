import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useAgentSession } from '../../app/agent-session';
import { graphql } from '../../gql';
import type { AgentTicketDetailFragment, UpdateTicketInput } from '../../gql/graphql';
import { apiErrorsOf, FormAlert } from '@actionconnect/ui';
import { toFormErrors, personName } from '@actionconnect/shared';
import { PRIORITIES, type TicketStatus } from './queue-params.util';
import { priorityLabel, statusChoices, statusLabel } from './ticket-labels.util';

/** Changes a ticket; shared by the properties and custom fields panels. */
export const updateTicketMutation = graphql(`
  mutation UpdateTicket($number: Int!, $input: UpdateTicketInput!) {
    updateTicket(number: $number, input: $input) {
      ...AgentTicketDetail
    }
  }
`);

type Property = 'status' | 'priority' | 'assignee';

/** Status, priority and assignee; each change is saved at once and shows in the history. */
export function TicketProperties({
  ticket,
  agents,
}: {
  ticket: AgentTicketDetailFragment;
  agents: readonly { id: string; name: string | null; email: string | null }[];
}) {
  const { agent: me } = useAgentSession();
  const [update] = useMutation(updateTicketMutation, { refetchQueries: ['TicketQueueCounts'] });
  const [saving, setSaving] = useState<Property | null>(null);
  const [saved, setSaved] = useState<Property | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const closed = ticket.status === 'CLOSED';

  async function save(property: Property, input: UpdateTicketInput) {
    setError(null);
    setSaved(null);
    setSaving(property);
    try {
      await update({ variables: { number: ticket.number, input } });
      setSaved(property);
    } catch (e) {
      setError(toFormErrors(apiErrorsOf(e), []).form);
    } finally {
      setSaving(null);
    }
  }

  function changeStatus(status: TicketStatus) {
    if (status === ticket.status) return;
    if (status === 'CLOSED') {
      setConfirmClose(true);
      return;
    }
    setConfirmClose(false);
    void save('status', { status });
  }

  const savedNote = (property: Property) =>
    saving === property ? (
      <span className="property-state">Saving…</span>
    ) : saved === property ? (
      <span className="property-state property-state--saved">Saved</span>
    ) : null;

  return (
    <section className="side-card" aria-labelledby="properties-title">
      <h2 className="side-card-title" id="properties-title">
        Properties
      </h2>
      <div className="property">
        <label htmlFor="ticket-status" className="property-label">
          Status {savedNote('status')}
        </label>
        <select
          id="ticket-status"
          className={`select-input property-select status-select status-select--${(confirmClose ? 'CLOSED' : ticket.status).toLowerCase()}`}
          value={confirmClose ? 'CLOSED' : ticket.status}
          disabled={closed || saving !== null}
          onChange={(event) => changeStatus(event.target.value as TicketStatus)}
        >
          {statusChoices(ticket.status).map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
        {confirmClose && (
          <div className="confirm-box" role="alertdialog" aria-label="Close this ticket?">
            <p>Closing is final: nobody can reply to or change a closed ticket.</p>
            <div className="confirm-actions">
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => {
                  setConfirmClose(false);
                  void save('status', { status: 'CLOSED' });
                }}
              >
                Close ticket
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => setConfirmClose(false)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {!closed && ticket.status !== 'SOLVED' && <p className="property-hint">Solving emails the requester.</p>}
      </div>

      <div className="property">
        <label htmlFor="ticket-priority" className="property-label">
          Priority {savedNote('priority')}
        </label>
        <select
          id="ticket-priority"
          className="select-input property-select"
          value={ticket.priority}
          disabled={closed || saving !== null}
          onChange={(event) => void save('priority', { priority: event.target.value as UpdateTicketInput['priority'] })}
        >
          {[...PRIORITIES].reverse().map((priority) => (
            <option key={priority} value={priority}>
              {priorityLabel(priority)}
            </option>
          ))}
        </select>
      </div>

      <div className="property">
        <label htmlFor="ticket-assignee" className="property-label">
          Assignee {savedNote('assignee')}
        </label>
        <select
          id="ticket-assignee"
          className="select-input property-select"
          value={ticket.assignee?.id ?? ''}
          disabled={closed || saving !== null}
          onChange={(event) => void save('assignee', { assigneeId: event.target.value || null })}
        >
          <option value="">Unassigned</option>
          {agents.map((a) => (
            <option key={a.id} value={a.id}>
              {personName(a)}
              {a.id === me.id ? ' (you)' : ''}
            </option>
          ))}
        </select>
        {!closed && ticket.assignee?.id !== me.id && (
          <button
            type="button"
            className="link-button property-action"
            disabled={saving !== null}
            onClick={() => void save('assignee', { assigneeId: me.id })}
          >
            Assign to me
          </button>
        )}
      </div>
      <FormAlert message={error} />
    </section>
  );
}
