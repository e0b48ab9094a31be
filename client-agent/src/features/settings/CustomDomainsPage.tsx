import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, Spinner, TextField } from '@actionconnect/ui';
import { NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { CustomDomainCard } from './CustomDomainCard';
import { customDomainSettingsQuery } from './custom-domain.queries';
import './settings.css';

const addCustomDomainMutation = graphql(`
  mutation AddCustomDomain($hostname: String!) {
    addCustomDomain(hostname: $hostname) {
      ...CustomDomainFields
    }
  }
`);

/** /settings/domains: serve the portal at the organization's own domain, proven by a DNS TXT record. */
export function CustomDomainsPage() {
  usePageTitle('Custom domains');
  const { data, loading, error } = useQuery(customDomainSettingsQuery);
  const settings = data?.customDomainSettings;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Custom domains</h1>
        <p className="page-intro">
          Serve your portal at an address like support.yourcompany.com: add the domain, create the two DNS records shown, then verify.
        </p>
      </header>
      {!settings ? (
        loading ? (
          <Spinner label="Loading domains…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Domains could not be loaded.'} />
        )
      ) : (
        <div className="settings-column">
          <section className="panel settings-section" aria-labelledby="domain-addresses">
            <h2 id="domain-addresses" className="settings-section-title">
              Where your portal answers
            </h2>
            <dl className="address-list">
              <div>
                <dt>Always</dt>
                <dd>
                  <a href={settings.defaultPortalUrl} target="_blank" rel="noreferrer">
                    {settings.defaultPortalUrl}
                  </a>
                </dd>
              </div>
              <div>
                <dt>Links in emails</dt>
                <dd data-testid="primary-portal-url">{settings.primaryPortalUrl}</dd>
              </div>
            </dl>
          </section>
          <AddDomainForm />
          {settings.domains.length === 0 ? (
            <p className="empty-note">No custom domains yet.</p>
          ) : (
            <ul className="domain-list" aria-label="Your domains">
              {settings.domains.map((domain) => (
                <li key={domain.id}>
                  <CustomDomainCard domain={domain} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

type Input = 'hostname';
const INPUTS: readonly Input[] = ['hostname'];

function AddDomainForm() {
  const [hostname, setHostname] = useState('');
  const [errors, setErrors] = useState<FormErrors<Input>>(NO_FORM_ERRORS);
  const input = useRef<HTMLInputElement>(null);
  const [addDomain, { loading }] = useMutation(addCustomDomainMutation, {
    refetchQueries: [customDomainSettingsQuery],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!hostname.trim()) {
      setErrors({ fields: { hostname: 'Enter a domain, like support.yourcompany.com.' }, form: null });
      input.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      await addDomain({ variables: { hostname } });
      setHostname('');
    } catch (caught) {
      setErrors(toFormErrors(apiErrorsOf(caught), INPUTS));
      input.current?.focus();
    }
  }

  return (
    <form className="panel settings-section" noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby="add-domain-title">
      <h2 id="add-domain-title" className="settings-section-title">
        Add a domain
      </h2>
      <FormAlert message={errors.form} />
      <div className="inline-form">
        <TextField
          ref={input}
          label="Domain"
          hint="A host name your organization controls. Use a subdomain such as support.yourcompany.com."
          name="hostname"
          placeholder="support.yourcompany.com"
          autoCapitalize="none"
          spellCheck={false}
          value={hostname}
          onChange={(event) => setHostname(event.target.value)}
          error={errors.fields.hostname}
        />
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Adding…' : 'Add domain'}
        </button>
      </div>
    </form>
  );
}
