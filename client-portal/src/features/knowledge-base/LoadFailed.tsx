import { EmptyState } from '@actionconnect/ui';

/** The knowledge base could not be reached: say so, and offer to try again. */
export function LoadFailed({ onRetry }: { onRetry: () => void }) {
  return (
    <EmptyState
      icon="alert"
      title="We couldn't load the knowledge base"
      action={
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      }
    >
      <p>Check your connection, then try again.</p>
    </EmptyState>
  );
}
