import { usePageTitle } from '../../app/agent-session';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

/** /settings/branding: how the customer portal and emails look. */
export function BrandingSettingsPage() {
  usePageTitle('Branding');
  return (
    <PlaceholderPage eyebrow="Settings" title="Branding" icon="palette" comingTitle="Portal branding">
      <p>Set your logo, colours, welcome headline and the texts of your customer portal and emails, with a live preview and a contrast check.</p>
    </PlaceholderPage>
  );
}

/** /settings/domains: serving the portal on the organization's own domain. */
export function CustomDomainsPage() {
  usePageTitle('Custom domains');
  return (
    <PlaceholderPage eyebrow="Settings" title="Custom domains" icon="globe" comingTitle="Your own support address">
      <p>Serve your portal at an address like support.yourcompany.com: add the domain, create the DNS record we show you, and we verify it.</p>
    </PlaceholderPage>
  );
}

/** /settings/fields: extra ticket fields. */
export function CustomFieldsPage() {
  usePageTitle('Custom fields');
  return (
    <PlaceholderPage eyebrow="Settings" title="Custom fields" icon="sliders" comingTitle="Ticket fields">
      <p>Add the fields your team needs on every ticket (text, numbers, dates, dropdowns) and choose which ones customers fill in on the portal.</p>
    </PlaceholderPage>
  );
}
