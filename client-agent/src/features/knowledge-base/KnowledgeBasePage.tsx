import { usePageTitle } from '../../app/agent-session';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

/** /knowledge-base: the articles customers read on the portal. */
export function KnowledgeBasePage() {
  usePageTitle('Knowledge base');
  return (
    <PlaceholderPage eyebrow="Content" title="Knowledge base" icon="book" comingTitle="Articles and categories">
      <p>Write, edit and publish the help articles your customers read on the portal, grouped into categories you can reorder.</p>
      <p>Drafts stay private to agents until they are published.</p>
    </PlaceholderPage>
  );
}
