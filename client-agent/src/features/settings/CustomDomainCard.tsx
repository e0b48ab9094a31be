import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { CustomDomainFieldsFragment } from '../../gql/graphql';
import { apiErrorsOf, DataTable, type DataTableColumn, FormAlert } from '@actionconnect/ui';
import { toFormErrors } from '@actionconnect/shared';
import { customDomainSettingsQuery } from './custom-domain.queries';

const verifyCustomDomainMutation = graphql(`
  mutation VerifyCustomDomain($id: ID!) {
    verifyCustomDomain(id: $id) {
      verified
      message
      domain {
        ...CustomDomainFields
      }
    }
  }
`);

const setPrimaryCustomDomainMutation = graphql(`
  mutation SetPrimaryCustomDomain($id: ID) {
    setPrimaryCustomDomain(id: $id) {
      primaryPortalUrl
    }
  }
`);

const removeCustomDomainMutation = graphql(`
  mutation RemoveCustomDomain($id: ID!) {
    removeCustomDomain(id: $id) {
      primaryPortalUrl
    }
  }
`);

const refetch = { refetchQueries: [customDomainSettingsQuery], awaitRefetchQueries: true };

const DNS_COLUMNS: readonly DataTableColumn[] = [
  { key: 'type', header: 'Type' },
  { key: 'name', header: 'Name' },
  { key: 'value', header: 'Value' },
];

/** One domain: its state, the DNS records to create, and what the admin can do next. */
export function CustomDomainCard({ domain }: { domain: CustomDomainFieldsFragment }) {
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [verify, verifying] = useMutation(verifyCustomDomainMutation, refetch);
  const [setPrimary, promoting] = useMutation(setPrimaryCustomDomainMutation, refetch);
  const [remove, removing] = useMutation(removeCustomDomainMutation, refetch);
  const busy = verifying.loading || promoting.loading || removing.loading;

  async function run(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
    } catch (caught) {
      setFailure(toFormErrors(apiErrorsOf(caught), []).form);
    }
  }

  const handleVerify = () =>
    run(async () => {
      const { data } = await verify({ variables: { id: domain.id } });
      if (data) setNotice({ ok: data.verifyCustomDomain.verified, text: data.verifyCustomDomain.message });
    });

  return (
    <article
      className="panel domain-card"
      data-testid="domain-card"
      data-hostname={domain.hostname}
      aria-labelledby={`domain-${domain.id}`}
    >
      <header className="domain-card-header">
        <h3 id={`domain-${domain.id}`} className="domain-name">
          {domain.hostname}
        </h3>
        <span className={domain.verified ? 'badge badge--ok' : 'badge badge--pending'} data-testid="domain-status">
          {domain.verified ? 'Verified' : 'Waiting for DNS'}
        </span>
        {domain.isPrimary && <span className="badge badge--primary">Primary</span>}
      </header>

      {domain.verified ? (
        <p className="domain-text">
          Serving your portal at{' '}
          <a href={domain.portalUrl} target="_blank" rel="noreferrer">
            {domain.portalUrl}
          </a>
          {domain.isPrimary ? '. Sign-in and ticket links in emails use this address.' : '.'}
        </p>
      ) : (
        <p className="domain-text">Create these records at your DNS provider, then verify. Until then the domain shows nothing.</p>
      )}

      <DataTable columns={DNS_COLUMNS} density="compact" className="dns-table" caption={`DNS records for ${domain.hostname}`}>
        {domain.dnsRecords.map((record) => (
          <tr key={record.type} title={record.purpose}>
            <td>{record.type}</td>
            <td>
              <code>{record.name}</code>
            </td>
            <td>
              <code data-testid={`dns-${record.type.toLowerCase()}-value`}>{record.value}</code>{' '}
              <CopyButton text={record.value} label={`Copy the ${record.type} value`} />
            </td>
          </tr>
        ))}
      </DataTable>

      {notice && (
        <p className={notice.ok ? 'notice notice--ok' : 'notice notice--warn'} role="status" data-testid="verify-result">
          {notice.text}
        </p>
      )}
      <FormAlert message={failure} />

      <div className="domain-actions">
        {!domain.verified && (
          <button type="button" className="button button--primary button--small" disabled={busy} onClick={() => void handleVerify()}>
            {verifying.loading ? 'Checking DNS…' : 'Verify'}
          </button>
        )}
        {domain.verified && !domain.isPrimary && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void run(() => setPrimary({ variables: { id: domain.id } }))}
          >
            Make primary
          </button>
        )}
        {domain.isPrimary && (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={busy}
            onClick={() => void run(() => setPrimary({ variables: { id: null } }))}
          >
            Stop using as primary
          </button>
        )}
        {confirmingRemove ? (
          <span className="confirm">
            Remove {domain.hostname}? It stops serving your portal at once.
            <button
              type="button"
              className="button button--danger button--small"
              disabled={busy}
              onClick={() => void run(() => remove({ variables: { id: domain.id } }))}
            >
              Remove
            </button>
            <button type="button" className="link-button" onClick={() => setConfirmingRemove(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="link-button link-button--danger" disabled={busy} onClick={() => setConfirmingRemove(true)}>
            Remove…
          </button>
        )}
      </div>
    </article>
  );
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  if (typeof navigator === 'undefined' || !navigator.clipboard) return null;
  return (
    <button
      type="button"
      className="link-button copy-button"
      aria-label={label}
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
