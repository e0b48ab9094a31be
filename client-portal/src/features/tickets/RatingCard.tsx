import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import type { PortalTicketDetailFragment } from '../../gql/graphql';
import { apiErrorsOf, FormAlert } from '@actionconnect/ui';
import { formatDateTime, toFormErrors } from '@actionconnect/shared';

const rateMutation = graphql(`
  mutation RateRequest($number: Int!, $rating: SatisfactionRating!, $comment: String) {
    rateRequest(number: $number, rating: $rating, comment: $comment) {
      ...PortalTicketDetail
    }
  }
`);

type Satisfaction = NonNullable<PortalTicketDetailFragment['satisfaction']>;
type Rating = NonNullable<Satisfaction['rating']>;

const LABELS: Record<Rating, string> = { GOOD: 'Good', BAD: 'Bad' };

/**
 * "How did we do?" on a solved request: good or bad with an optional comment, the current answer
 * shown, changeable while the API says the survey is OPEN (7 days after the solve).
 */
export function RatingCard({ number, satisfaction }: { number: number; satisfaction: Satisfaction | null }) {
  const id = useId();
  const [choice, setChoice] = useState<Rating | null>(satisfaction?.rating ?? null);
  const [comment, setComment] = useState(satisfaction?.comment ?? '');
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rate, { loading }] = useMutation(rateMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
    },
  });

  if (!satisfaction) return null;
  const open = satisfaction.state === 'OPEN';
  if (!open && !satisfaction.rating) return null;
  const answered = satisfaction.rating !== null && satisfaction.rating !== undefined;

  if (answered && (!editing || !open)) {
    return (
      <section className="aside-card" data-testid="rating-card">
        <p className="aside-card-title">How did we do?</p>
        <p className="aside-card-text" data-testid="rating-current">
          You said <strong>{LABELS[satisfaction.rating as Rating]}</strong>
          {satisfaction.comment ? `: “${satisfaction.comment}”` : '.'}
        </p>
        {open ? (
          <>
            <p className="aside-card-text">You can change your answer until {formatDateTime(satisfaction.changeableUntil)}.</p>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setEditing(true)}
              data-testid="rating-change"
            >
              Change my answer
            </button>
          </>
        ) : null}
      </section>
    );
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!choice) {
      setError('Choose Good or Bad first.');
      return;
    }
    try {
      await rate({ variables: { number, rating: choice, comment: comment.trim() || null } });
      setEditing(false);
    } catch (e) {
      const errors = toFormErrors(apiErrorsOf(e), ['comment']);
      setError(errors.fields.comment ?? errors.form);
    }
  }

  return (
    <form className="aside-card rating-card" onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="rating-card">
      <p className="aside-card-title">How did we do?</p>
      <div className="rating-choices" role="group" aria-label="Your rating">
        {(['GOOD', 'BAD'] as const).map((r) => (
          <button
            key={r}
            type="button"
            className={choice === r ? 'button button--primary button--small' : 'button button--ghost button--small'}
            aria-pressed={choice === r}
            onClick={() => setChoice(r)}
            data-testid={`rate-${r.toLowerCase()}`}
          >
            {LABELS[r]}
          </button>
        ))}
      </div>
      <label htmlFor={id} className="aside-card-text">
        Anything to add? (optional)
      </label>
      <textarea
        id={id}
        className="input textarea"
        rows={3}
        maxLength={2000}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        data-testid="rating-comment"
      />
      <FormAlert message={error} />
      <button type="submit" className="button button--primary button--small" disabled={loading} data-testid="rating-submit">
        {loading ? 'Sending…' : 'Send my answer'}
      </button>
    </form>
  );
}
