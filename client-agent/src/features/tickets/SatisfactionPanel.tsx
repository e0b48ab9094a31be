import { formatDateTime } from '@actionconnect/shared';
import type { AgentTicketDetailFragment } from '../../gql/graphql';

type Satisfaction = NonNullable<AgentTicketDetailFragment['satisfaction']>;

const STATE_NOTE: Record<Satisfaction['state'], string> = {
  OPEN: 'The requester can still change it',
  EXPIRED: 'Final',
  NOT_SOLVED: 'The request was reopened since',
  SUPERSEDED: 'An earlier solve',
};

/** The requester's "How did we do?" answer for the latest solve (nothing until the ticket was solved). */
export function SatisfactionPanel({ satisfaction }: { satisfaction: Satisfaction | null | undefined }) {
  if (!satisfaction) return null;
  const { rating } = satisfaction;
  return (
    <section className="side-card" aria-labelledby="satisfaction-title" data-testid="ticket-satisfaction">
      <h2 className="side-card-title" id="satisfaction-title">
        Satisfaction
      </h2>
      {rating ? (
        <>
          <p
            className={rating === 'GOOD' ? 'satisfaction-rating satisfaction-rating--good' : 'satisfaction-rating satisfaction-rating--bad'}
          >
            <strong data-testid="ticket-satisfaction-rating">{rating === 'GOOD' ? 'Good' : 'Bad'}</strong>
          </p>
          {satisfaction.comment ? (
            <blockquote className="satisfaction-comment" data-testid="ticket-satisfaction-comment">
              {satisfaction.comment}
            </blockquote>
          ) : null}
          <p className="muted">
            {satisfaction.ratedAt ? `Rated ${formatDateTime(satisfaction.ratedAt)}. ` : ''}
            {STATE_NOTE[satisfaction.state]}
            {satisfaction.state === 'OPEN' ? ` until ${formatDateTime(satisfaction.changeableUntil)}.` : '.'}
          </p>
        </>
      ) : (
        <p className="muted">
          Asked when solved {formatDateTime(satisfaction.solvedAt)}; no answer yet
          {satisfaction.state === 'OPEN' ? ` (possible until ${formatDateTime(satisfaction.changeableUntil)})` : ''}.
        </p>
      )}
    </section>
  );
}
