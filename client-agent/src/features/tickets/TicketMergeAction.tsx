import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { toFormErrors } from '@actionconnect/shared';
import { apiErrorsOf, FormAlert, TextField } from '@actionconnect/ui';
import { graphql } from '../../gql';
import './ticket-merge.css';

const mergeTargetQuery = graphql(`
  query MergeTarget($number: Int!) {
    agentTicket(number: $number) {
      id
      number
      subject
      status
    }
  }
`);

const mergeTicketMutation = graphql(`
  mutation MergeTicket($sourceNumber: Int!, $targetNumber: Int!) {
    mergeTicket(sourceNumber: $sourceNumber, targetNumber: $targetNumber) {
      ...AgentTicketDetail
    }
  }
`);

interface Target {
  number: number;
  subject: string;
}

/**
 * "Merge into…" (issue 17.4): asks for the target's number, shows its subject, and merges on a
 * second, explicit confirmation. A merged ticket shows where it went instead.
 */
export function TicketMergeAction({ number, closed, mergedInto }: { number: number; closed: boolean; mergedInto?: number | null }) {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [target, setTarget] = useState<Target | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merge, { loading }] = useMutation(mergeTicketMutation);

  if (mergedInto) {
    return (
      <section className="side-card" data-testid="ticket-merged-into">
        <h2 className="side-card-title">Merged</h2>
        <p>
          Merged into <Link to={`/tickets/t/${mergedInto}`}>#{mergedInto}</Link>.
        </p>
      </section>
    );
  }
  if (closed) return null;

  async function findTarget(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wanted = Number(value.replace(/^#/, '').trim());
    if (!Number.isInteger(wanted) || wanted < 1) return setError('Enter the number of the ticket to merge into.');
    if (wanted === number) return setError('A ticket cannot be merged into itself.');
    setError(null);
    try {
      const { data } = await client.query({ query: mergeTargetQuery, variables: { number: wanted }, fetchPolicy: 'network-only' });
      const found = data?.agentTicket;
      if (!found) return setError(`There is no ticket #${wanted}.`);
      if (found.status === 'CLOSED') return setError(`Ticket #${wanted} is closed: merge into an open ticket.`);
      setTarget({ number: found.number, subject: found.subject });
    } catch (caught) {
      const errors = apiErrorsOf(caught);
      setError(errors.some((e) => e.extensions?.code === 'NOT_FOUND') ? `There is no ticket #${wanted}.` : toFormErrors(errors, []).form);
    }
  }

  async function confirm() {
    if (!target) return;
    try {
      await merge({ variables: { sourceNumber: number, targetNumber: target.number } });
      void navigate(`/tickets/t/${target.number}`);
    } catch (caught) {
      const errors = toFormErrors(apiErrorsOf(caught), ['targetNumber', 'sourceNumber']);
      setError(errors.fields.targetNumber ?? errors.fields.sourceNumber ?? errors.form);
    }
  }

  function close() {
    setOpen(false);
    setTarget(null);
    setValue('');
    setError(null);
  }

  if (!open) {
    return (
      <button type="button" className="button button--secondary" data-testid="merge-open" onClick={() => setOpen(true)}>
        Merge into…
      </button>
    );
  }
  return (
    <section className="side-card" role="dialog" aria-labelledby="merge-title" data-testid="merge-dialog">
      <h2 className="side-card-title" id="merge-title">
        Merge #{number} into another ticket
      </h2>
      {target ? (
        <>
          <p data-testid="merge-target">
            Merge into <strong>#{target.number}</strong> “{target.subject}”? Its messages, files and people move there, and this ticket
            closes. The requester is told by email.
          </p>
          <FormAlert message={error} />
          <div className="merge-actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="merge-confirm"
              disabled={loading}
              onClick={() => void confirm()}
            >
              Merge
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void findTarget(event)} noValidate>
          <TextField
            label="Target ticket number"
            inputMode="numeric"
            autoFocus
            value={value}
            onChange={(event) => setValue(event.target.value)}
            error={error}
            data-testid="merge-number"
          />
          <div className="merge-actions">
            <button type="submit" className="button button--primary" data-testid="merge-find">
              Next
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
