import { personName } from '@actionconnect/shared';
import { useMutation, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import './ticket-presence.css';

const ticketPresenceSubscription = graphql(`
  subscription TicketPresence($number: Int!) {
    ticketPresence(number: $number) {
      activity
      agent {
        id
        name
        email
      }
    }
  }
`);

const reportActivityMutation = graphql(`
  mutation ReportTicketActivity($number: Int!, $activity: TicketActivity!) {
    reportTicketActivity(number: $number, activity: $activity)
  }
`);

/** While typing, a report at most this often; the server forgets "typing" 5 s after the last one. */
const REPORT_EVERY_MS = 2000;
/** No keystroke for this long: the agent stopped typing. */
const IDLE_AFTER_MS = 3000;

/**
 * Reports typing in the ticket's composer. It listens to input events on the page rather than
 * inside TicketComposer, so the composer needs no presence code: the composer form is
 * `[data-testid="ticket-composer"]`, and it carries `composer--note` while writing a note.
 */
function useTypingReports(number: number): void {
  const [report] = useMutation(reportActivityMutation);
  useEffect(() => {
    let lastSent = 0;
    let lastKind: 'TYPING_REPLY' | 'TYPING_NOTE' | null = null;
    let idle: ReturnType<typeof setTimeout> | null = null;
    const send = (activity: 'VIEWING' | 'TYPING_REPLY' | 'TYPING_NOTE') =>
      void report({ variables: { number, activity } }).catch(() => undefined);
    const stop = () => {
      if (idle) clearTimeout(idle);
      idle = null;
      if (lastKind) send('VIEWING');
      lastKind = null;
      lastSent = 0;
    };
    const onInput = (event: Event) => {
      const form = (event.target as HTMLElement | null)?.closest?.('form[data-testid="ticket-composer"]');
      if (!form) return;
      const kind = form.classList.contains('composer--note') ? 'TYPING_NOTE' : 'TYPING_REPLY';
      const now = Date.now();
      if (kind !== lastKind || now - lastSent >= REPORT_EVERY_MS) {
        send(kind);
        lastKind = kind;
        lastSent = now;
      }
      if (idle) clearTimeout(idle);
      idle = setTimeout(stop, IDLE_AFTER_MS);
    };
    const onSubmit = (event: Event) => {
      if ((event.target as HTMLElement | null)?.matches?.('form[data-testid="ticket-composer"]')) stop();
    };
    document.addEventListener('input', onInput, true);
    document.addEventListener('submit', onSubmit, true);
    return () => {
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('submit', onSubmit, true);
      if (idle) clearTimeout(idle);
    };
  }, [number, report]);
}

const DOING = { VIEWING: 'is viewing', TYPING_REPLY: 'is typing a reply…', TYPING_NOTE: 'is writing a note…' } as const;

/** Collision detection: the other agents on this ticket and whether they are typing; updates within a second. */
export function TicketPresence({ number }: { number: number }) {
  const { data } = useSubscription(ticketPresenceSubscription, { variables: { number } });
  useTypingReports(number);
  const others = data?.ticketPresence ?? [];
  if (others.length === 0) return null;
  return (
    <ul className="ticket-presence" aria-label="Also on this ticket" aria-live="polite" data-testid="ticket-presence">
      {others.map((viewer) => (
        <li key={viewer.agent.id} className={viewer.activity === 'VIEWING' ? 'presence-chip' : 'presence-chip presence-chip--typing'}>
          <span className="presence-dot" aria-hidden="true" />
          {personName(viewer.agent)} {DOING[viewer.activity]}
        </li>
      ))}
    </ul>
  );
}
