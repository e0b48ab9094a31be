import { usePageTitle } from '../../app/agent-session';
import { PlaceholderPage } from '../../ui/PlaceholderPage';

/** /forms: the intake forms behind "Submit a request". */
export function FormsPage() {
  usePageTitle('Forms');
  return (
    <PlaceholderPage eyebrow="Content" title="Forms" icon="form" comingTitle="Intake forms">
      <p>
        Design the questions customers answer when they submit a request: sections, required fields, and rules that show or skip questions based on earlier
        answers.
      </p>
      <p>Every published version is kept, so past tickets still show the form they were submitted with.</p>
    </PlaceholderPage>
  );
}
