import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { awayText, replyPromiseText } from './reply-promise.util';

const replyPromiseQuery = graphql(`
  query ReplyPromise {
    replyPromise {
      replyWithinMinutes
      businessHours
      openNow
      opensAt
    }
  }
`);

/** "We usually reply within 4 business hours", and when the team is back while it is away; nothing until known. */
export function ReplyPromiseNote({ className = 'reply-promise' }: { className?: string }) {
  const { data } = useQuery(replyPromiseQuery, { fetchPolicy: 'cache-and-network' });
  const promise = data?.replyPromise;
  if (!promise) return null;
  const usual = replyPromiseText(promise);
  const away = awayText(promise);
  if (!usual && !away) return null;
  return (
    <p className={className} data-testid="reply-promise">
      {usual}
      {usual && away ? ' ' : ''}
      {away}
    </p>
  );
}
