import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, Icon } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { canMarkSolved, type TicketStatus } from './ticket-status.util';

const markSolvedMutation = graphql(`
  mutation MarkRequestSolved($number: Int!) {
    markTicketSolved(number: $number) {
      ...PortalTicketDetail
    }
  }
`);

/** "Is this solved?": lets the requester close the loop themselves; a later reply reopens the request. */
export function SolveCard({ number, status }: { number: number; status: TicketStatus }) {
  const [error, setError] = useState<string | null>(null);
  const [markSolved, { loading }] = useMutation(markSolvedMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
    },
  });

  if (status === 'SOLVED') {
    return (
      <section className="aside-card aside-card--solved">
        <p className="aside-card-title">
          <Icon name="checkCircle" width={18} height={18} /> Solved
        </p>
        <p className="aside-card-text">Glad we could help. If something is still wrong, reply and the request opens again.</p>
      </section>
    );
  }
  if (!canMarkSolved(status)) return null;

  async function handleClick() {
    setError(null);
    try {
      await markSolved({ variables: { number } });
    } catch (e) {
      setError(toFormErrors(apiErrorsOf(e), []).form);
    }
  }

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
