import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useSession } from '../session';
import { Icon } from '@actionconnect/ui';

/** The ticket a submission created. */
export interface SubmittedTicket {
  number: number;
  subject: string;
}

/** Shown in place of the form once the request is in: its number at once, and where to follow it. */
export function RequestSubmitted({ ticket }: { ticket: SubmittedTicket }) {
  const session = useSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const email = session.status === 'contact' ? session.contact.email : null;
  return (
    <section className="submitted" aria-labelledby="submitted-title">
      <span className="submitted-icon">
        <Icon name="check" width={28} height={28} />
      </span>
      <h2 id="submitted-title" className="submitted-title" ref={headingRef} tabIndex={-1}>
        Request <span data-testid="submitted-ticket-number">#{ticket.number}</span> received
      </h2>
      <p className="submitted-subject">“{ticket.subject}”</p>
      <p className="submitted-text">
        Our team will get back to you soon.
        {email ? (
          <>
            {' '}
            We sent a confirmation to <strong>{email}</strong>, and every reply will reach you there too.
          </>
        ) : null}
      </p>
      <div className="submitted-actions">
        <Link to={`/requests/${ticket.number}`} className="button button--primary" data-testid="submitted-ticket-link">
          View request #{ticket.number}
          <Icon name="arrowRight" width={18} height={18} />
        </Link>
        <Link to="/requests" className="button button--ghost">
          All my requests
        </Link>
      </div>
    </section>
  );
}
