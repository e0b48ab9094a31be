/** What a form's status badges need. */
export interface FormStatus {
  isActive: boolean;
  publishedVersion: number;
  hasUnpublishedChanges: boolean;
}

/** "Live · v3", "Unpublished changes", "Not published", "Switched off": where a form stands for customers. */
export function FormStatusBadges({ form }: { form: FormStatus }) {
  const published = form.publishedVersion > 0;
  return (
    <span className="fb-actions">
      {!published ? (
        <span className="fb-badge fb-badge--draft">Not published</span>
      ) : form.isActive ? (
        <span className="fb-badge fb-badge--live">Live · v{form.publishedVersion}</span>
      ) : (
        <span className="fb-badge fb-badge--off">Switched off · v{form.publishedVersion}</span>
      )}
      {published && form.hasUnpublishedChanges && <span className="fb-badge fb-badge--draft">Unpublished changes</span>}
    </span>
  );
}
