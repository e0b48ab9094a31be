import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import './settings.css';

const inboundEmailSettingsQuery = graphql(`
  query InboundEmailSettings {
    inboundEmailSettings {
      enabled
      requestAddress
    }
  }
`);

/** /settings/email: the address that turns email into requests, and how to forward the support mailbox to it. */
export function EmailSettingsPage() {
  usePageTitle('Email');
  const { data, loading, error } = useQuery(inboundEmailSettingsQuery);
  const settings = data?.inboundEmailSettings;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Email</h1>
        <p className="page-intro">
          Customers can write to you by email: every email to your support address becomes a request, and customers answer ours by replying.
        </p>
      </header>
      {!settings ? (
        loading ? (
          <Spinner label="Loading email settings…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Email settings could not be loaded.'} />
        )
      ) : !settings.enabled || !settings.requestAddress ? (
        <section className="panel settings-section">
          <p>
            Email requests are off on this server: its operator has not set <code>INBOUND_EMAIL_DOMAIN</code> (see the deployment guide).
            Customers can still use the portal, and ticket emails ask them to answer there.
          </p>
        </section>
      ) : (
        <div className="settings-column">
          <section className="panel settings-section" aria-labelledby="email-address">
            <h2 id="email-address" className="settings-section-title">
              Your requests-by-email address
            </h2>
            <dl className="address-list">
              <div>
                <dt>Forward to</dt>
                <dd data-testid="inbound-address">
                  <code>{settings.requestAddress}</code> <CopyButton text={settings.requestAddress} />
                </dd>
              </div>
            </dl>
            <p>
              An email to this address from someone new creates their contact and a request, and they get the usual confirmation with a link
              to the portal. The same sender is always the same contact.
            </p>
          </section>
          <section className="panel settings-section" aria-labelledby="email-forwarding">
            <h2 id="email-forwarding" className="settings-section-title">
              Forward your support mailbox
            </h2>
            <ol>
              <li>
                In your mail provider, open the mailbox customers write to (for example <code>support@yourcompany.com</code>).
              </li>
              <li>
                Add a forwarding rule that sends every email to <code>{settings.requestAddress}</code>. Gmail and Google Workspace ask you
                to confirm the address first: the confirmation email arrives here as a request, open it to find the link.
              </li>
              <li>Keep a copy in the mailbox if you like; each email becomes one request, however many times your provider retries it.</li>
            </ol>
            <p>
              Replies need no set-up: every ticket email has its own reply address, so a customer&apos;s reply lands on their request.
              Replies from anyone other than the requester are shown to agents only, flagged as unverified. Auto-replies and mailing lists
              are ignored.
            </p>
          </section>
        </div>
      )}
    </div>
  );
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="link-button copy-button"
      aria-label="Copy the address"
      onClick={() => {
        void navigator.clipboard.writeText(text).then(() => {
          setCopied(true);
          window.setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}
