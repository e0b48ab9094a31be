import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { matchPath, useLocation, useNavigate } from 'react-router-dom';
import { useAgentSession } from '../../app/agent-session';
import { updateTicketMutation } from './TicketProperties';
import { ticketNumberFrom } from '@actionconnect/ui';
import './shortcuts.css';

// Keyboard shortcuts of the agent app (issue 17.7), all in this one file: what each key does, when
// it may fire, and the `?` sheet that lists them. The keys drive the page through the controls it
// already has (the queue's links, the composer's tabs), so nothing else needs to know about them.

/** The keys, as the sheet lists them. */
export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'j', does: 'Next ticket (in the queue, or the next of the last queue from a ticket)' },
  { keys: 'k', does: 'Previous ticket' },
  { keys: 'r', does: 'Reply to the requester' },
  { keys: 'n', does: 'Write an internal note' },
  { keys: 'a', does: 'Assign the ticket to me' },
  { keys: 's', does: 'Mark the ticket solved' },
  { keys: '?', does: 'Show these shortcuts' },
];

/** Whether a key press belongs to something being typed, never to a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element || typeof element.closest !== 'function') return false;
  return element.isContentEditable || element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

// The ticket numbers of the queue last on screen, in its order: j/k on a ticket page walk them.
let queueNumbers: number[] = [];

function readQueue(): { numbers: number[]; links: HTMLAnchorElement[] } {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="ticket-queue"] a.queue-subject')];
  const numbers = links.map((a) => ticketNumberFrom(a.getAttribute('href')?.split('/').pop())).filter((n): n is number => n !== null);
  return { numbers, links };
}

/** Listens for the shortcuts while the signed-in app is open; renders the `?` sheet when asked. */
export function KeyboardShortcuts() {
  const { agent } = useAgentSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [sheetOpen, setSheetOpen] = useState(false);
  const [update] = useMutation(updateTicketMutation, { refetchQueries: ['TicketQueueCounts'] });
  const closeButton = useRef<HTMLButtonElement>(null);

  const ticketMatch = matchPath('/tickets/t/:number', location.pathname);
  const ticketNumber = ticketNumberFrom(ticketMatch?.params.number);
  const onQueue = !ticketMatch && matchPath('/tickets/:view', location.pathname) !== null;

  // While a queue is on screen, remember its order as it loads and changes.
  useEffect(() => {
    if (!onQueue) return;
    const remember = () => {
      const { numbers } = readQueue();
      if (numbers.length) queueNumbers = numbers;
    };
    remember();
    const observer = new MutationObserver(remember);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [onQueue]);

  useEffect(() => {
    if (sheetOpen) closeButton.current?.focus();
  }, [sheetOpen]);

  useEffect(() => {
    function move(step: 1 | -1) {
      if (onQueue) {
        const { links } = readQueue();
        if (!links.length) return;
        const at = links.findIndex((a) => a === document.activeElement);
        const next = at === -1 ? (step === 1 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + step));
        links[next].focus();
        links[next].closest('tr')?.scrollIntoView({ block: 'nearest' });
        return;
      }
      if (ticketNumber === null) return;
      const at = queueNumbers.indexOf(ticketNumber);
      const next = at === -1 ? undefined : queueNumbers[at + step];
      if (next !== undefined) void navigate(`/tickets/t/${next}`);
    }

    function compose(mode: 'PUBLIC_REPLY' | 'INTERNAL_NOTE') {
      document.querySelector<HTMLButtonElement>(`[data-testid="ticket-composer"] [data-mode="${mode}"]`)?.click();
      // After the tab's re-render, so the caret lands in the composer of the chosen kind.
      requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('[data-testid="ticket-composer"] textarea')?.focus());
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key === 'Escape' && sheetOpen) return setSheetOpen(false);
      if (event.key === '?') {
        event.preventDefault();
        return setSheetOpen((open) => !open);
      }
      if (sheetOpen) return;
      const key = event.key;
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        return move(key === 'j' ? 1 : -1);
      }
      if (ticketNumber === null) return;
      if (key === 'r' || key === 'n') {
        event.preventDefault();
        return compose(key === 'r' ? 'PUBLIC_REPLY' : 'INTERNAL_NOTE');
      }
      if (key === 'a' || key === 's') {
        event.preventDefault();
        const input = key === 'a' ? { assigneeId: agent.id } : { status: 'SOLVED' as const };
        // A refusal (e.g. a closed ticket) changes nothing; the page shows the ticket as it is.
        void update({ variables: { number: ticketNumber, input } }).catch(() => undefined);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [agent.id, navigate, onQueue, sheetOpen, ticketNumber, update]);

  if (!sheetOpen) return null;
  return (
    <div className="shortcut-scrim" onClick={() => setSheetOpen(false)}>
      <div
        className="shortcut-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-title"
        data-testid="shortcut-sheet"
        onClick={(event) => event.stopPropagation()}
      >
        <div className="shortcut-head">
          <h2 id="shortcut-title">Keyboard shortcuts</h2>
          <button type="button" ref={closeButton} className="button button--secondary button--small" onClick={() => setSheetOpen(false)}>
            Close
          </button>
        </div>
        <dl className="shortcut-list">
          {SHORTCUTS.map((s) => (
            <div key={s.keys}>
              <dt>
                <kbd>{s.keys}</kbd>
              </dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
        <p className="shortcut-note">Shortcuts never fire while you type in a field.</p>
      </div>
    </div>
  );
}
