import { useMutation, useQuery } from '@apollo/client/react';
import { Spinner } from '@actionconnect/ui';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';

const settingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      mentionEmails
    }
  }
`);

const setMentionEmailsMutation = graphql(`
  mutation SetMentionEmails($enabled: Boolean!) {
    setMentionEmails(enabled: $enabled) {
      mentionEmails
    }
  }
`);

/** /settings/notifications — the agent's own choice of mention emails (issue 17.8). */
export function NotificationSettingsPage() {
  usePageTitle('Notifications');
  const { data, loading } = useQuery(settingsQuery);
  const [save, { loading: saving, error }] = useMutation(setMentionEmailsMutation, {
    update(cache, { data: saved }) {
      if (saved) cache.writeQuery({ query: settingsQuery, data: { notificationSettings: saved.setMentionEmails } });
    },
  });
  const on = data?.notificationSettings.mentionEmails ?? false;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Notifications</h1>
        <p className="page-intro">
          The bell in the top bar shows tickets assigned to you, replies on your tickets and notes that mention you (@name or @email).
        </p>
      </header>
      {loading && !data ? (
        <Spinner label="Loading…" />
      ) : (
        <section className="panel settings-section" aria-labelledby="mention-emails">
          <h2 id="mention-emails" className="settings-section-title">
            Mention emails
          </h2>
          <label className="checkbox-label">
            <input
              type="checkbox"
              checked={on}
              disabled={saving}
              data-testid="mention-emails"
              onChange={(event) => void save({ variables: { enabled: event.target.checked } })}
            />
            <span>Also email me when a colleague mentions me in an internal note</span>
          </label>
          {error && <p role="alert">Could not save. Try again.</p>}
        </section>
      )}
    </div>
  );
}
