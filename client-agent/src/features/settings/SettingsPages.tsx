import { usePageTitle } from '../../app/agent-session';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

/** /settings/fields: extra ticket fields. */
export function CustomFieldsPage() {
  usePageTitle('Custom fields');
  return (
    <PlaceholderPage eyebrow="Settings" title="Custom fields" icon="sliders" comingTitle="Ticket fields">
      <p>
        Add the fields your team needs on every ticket (text, numbers, dates, dropdowns) and choose which ones customers fill in on the
        portal.
      </p>
    </PlaceholderPage>
  );
}
