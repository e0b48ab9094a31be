import { useParams } from 'react-router-dom';
import { usePageTitle } from '../../app/agent-session';
import { TICKET_VIEWS } from '../../app/navigation';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

const COLUMNS = ['Subject', 'Requester', 'Status', 'Priority', 'Updated'];

/** /tickets/:view: one ticket queue (Unassigned, Mine, All open, Pending, Solved). */
export function TicketQueuePage() {
  const { view: key } = useParams();
  const view = TICKET_VIEWS.find((candidate) => candidate.key === key);
  if (!view) return <NotFoundPage />;
  return <TicketQueue label={view.label} icon={view.icon} description={view.description} />;
}

function TicketQueue({ label, icon, description }: Pick<(typeof TICKET_VIEWS)[number], 'label' | 'icon' | 'description'>) {
  usePageTitle(label);
  return (
    <PlaceholderPage
      eyebrow="Tickets"
      title={label}
      icon={icon}
      comingTitle="Ticket queue"
      preview={
        <table className="queue-table">
          <caption className="visually-hidden">{label} tickets</caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
        </table>
      }
    >
      <p>{description}</p>
      <p>Each row will show the subject, the requester, status, priority and the time of the last update; opening one shows the conversation.</p>
    </PlaceholderPage>
  );
}
