import { formatDateTime, formatRelativeTime } from '@actionconnect/shared';

/** One published version as the history lists it. */
export interface VersionItem {
  id: string;
  version: number;
  publishedAt: unknown;
  publishedBy?: string | null;
  ticketCount: number;
}

interface VersionHistoryProps {
  versions: readonly VersionItem[];
  publishedVersion: number;
  previewedId: string | null;
  onPreview(id: string): void;
  /** Replaces the draft with this version's questions and mappings. */
  onCopyToDraft(id: string): void;
}

/** Every published version, newest first, with how many tickets were sent with each. */
export function VersionHistory({ versions, publishedVersion, previewedId, onPreview, onCopyToDraft }: VersionHistoryProps) {
  if (!versions.length) {
    return (
      <section className="fb-card">
        <div className="empty-state">
          <h2 className="empty-state-title">Not published yet</h2>
          <p className="empty-state-text">
            Publish the draft to make version 1. Every later publish with changes makes a new version; old ones are kept.
          </p>
        </div>
      </section>
    );
  }
  return (
    <section className="fb-card" aria-label="Published versions">
      <div className="fb-card-body">
        <p className="fb-hint">
          Tickets keep the version they were submitted with, and their answers are always shown against it. A customer who opened an older
          version is judged by that version when they submit.
        </p>
      </div>
      <ol className="fb-versions">
        {versions.map((v) => (
          <li key={v.id} className={v.id === previewedId ? 'fb-version fb-version--previewed' : 'fb-version'} data-testid="form-version">
            <div>
              <div className="fb-title-row">
                <span className="fb-version-number">Version {v.version}</span>
                {v.version === publishedVersion && <span className="fb-badge fb-badge--live">Current</span>}
                {v.id === previewedId && <span className="fb-badge fb-badge--product">In preview</span>}
              </div>
              <p className="fb-muted">
                Published <time title={formatDateTime(v.publishedAt)}>{formatRelativeTime(v.publishedAt)}</time>
                {v.publishedBy ? ` by ${v.publishedBy}` : ''} · {v.ticketCount} ticket{v.ticketCount === 1 ? '' : 's'}
              </p>
            </div>
            <div className="fb-actions">
              <button type="button" className="button button--secondary button--small" onClick={() => onPreview(v.id)}>
                Preview
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => onCopyToDraft(v.id)}>
                Copy into draft
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
