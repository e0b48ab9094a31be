import { Navigate } from 'react-router-dom';
import { Icon } from '@actionconnect/ui';

/**
 * A request an agent merged into another (issue 17.4): whoever may read the new one is sent
 * there; anyone else is told plainly that the conversation goes on elsewhere.
 */
export function MergedRequest({ mergedInto }: { mergedInto: { number?: number | null } }) {
  if (mergedInto.number) return <Navigate to={`/requests/${mergedInto.number}`} replace state={{ mergedFrom: true }} />;
  return (
    <div className="closed-note" data-testid="request-merged">
      <Icon name="lock" />
      <div>
        <p className="closed-note-title">This request was merged into another request</p>
        <p>Our team handles it together with another request, which you are not on. Nothing more will be added here.</p>
      </div>
    </div>
  );
}
