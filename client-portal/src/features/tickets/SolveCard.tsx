import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, Icon } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { canMarkSolved, type TicketStatus } from './ticket-status.util';

const reopenMutation = graphql(`
  mutation ReopenRequest($number: Int!) {
    reopenTicket(number: $number) {
      ...PortalTicketDetail
    }
  }
`);

const markSolvedMutation = graphql(`
  mutation MarkRequestSolved($number: Int!) {
    markTicketSolved(number: $number) {
      ...PortalTicketDetail
    }
  }
`);

/**
 * "Is this solved?": lets the requester close the loop themselves; on a solved request, "Reopen"
 * opens it again in one step (a reply does too). People copied on a request see neither.
 */
export function SolveCard({ number, status, isRequester }: { number: number; status: TicketStatus; isRequester: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const lists = {
    update(cache: ApolloCache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
    },
  };
  const [markSolved, { loading }] = useMutation(markSolvedMutation, lists);
  const [reopen, { loading: reopening }] = useMutation(reopenMutation, lists);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toFormErrors(apiErrorsOf(e), []).form);
    }
  }

  if (!isRequester) return null;
  if (status === 'SOLVED') {
    return (
      <section className="aside-card aside-card--solved">
        <p className="aside-card-title">
          <Icon name="checkCircle" width={18} height={18} /> Solved
        </p>
        <p className="aside-card-text">Glad we could help. Something still wrong? Reopen the request, or simply reply.</p>
        <FormAlert message={error} />
        <button
          type="button"
          className="button button--ghost button--block"
          onClick={() => void run(() => reopen({ variables: { number } }))}
          disabled={reopening}
          data-testid="reopen-request"
        >
          <Icon name="refresh" width={18} height={18} />
          {reopening ? 'Reopening…' : 'Reopen request'}
        </button>
      </section>
    );
  }
  if (!canMarkSolved(status)) return null;
  const handleClick = () => run(() => markSolved({ variables: { number } }));

  return (
    <section className="aside-card">
      <p className="aside-card-title">Is your issue resolved?</p>
      <p className="aside-card-text">Let us know, and we'll consider this request done. You can still reply later.</p>
      <FormAlert message={error} />
      <button
        type="button"
        className="button button--ghost button--block"
        onClick={() => void handleClick()}
        disabled={loading}
        data-testid="mark-solved"
      >
        <Icon name="check" width={18} height={18} />
        {loading ? 'Marking as solved…' : 'Mark as solved'}
      </button>
    </section>
  );
}
