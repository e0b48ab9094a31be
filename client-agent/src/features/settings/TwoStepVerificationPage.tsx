import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { usePageTitle } from '../../app/agent-session';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, Spinner } from '@actionconnect/ui';
import { NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { AuthenticatorCodeField } from './AuthenticatorCodeField';
import { groupSecret } from './two-step.util';
import './settings.css';

const twoStepStatusQuery = graphql(`
  query TwoStepStatus {
    viewer {
      agent {
        id
        totpEnabled
      }
    }
  }
`);

const startTotpEnrollmentMutation = graphql(`
  mutation StartTotpEnrollment {
    startTotpEnrollment {
      secret
      otpauthUri
    }
  }
`);

const confirmTotpEnrollmentMutation = graphql(`
  mutation ConfirmTotpEnrollment($code: String!) {
    confirmTotpEnrollment(code: $code)
  }
`);

const disableTotpMutation = graphql(`
  mutation DisableTotp($code: String!) {
    disableTotp(code: $code)
  }
`);

interface Enrollment {
  secret: string;
  otpauthUri: string;
}

/** /settings/security: every agent's own two-step verification (an authenticator app, TOTP). */
export function TwoStepVerificationPage() {
  usePageTitle('Two-step verification');
  const { data, loading, error } = useQuery(twoStepStatusQuery);
  const [enrollment, setEnrollment] = useState<Enrollment | null>(null);
  const agent = data?.viewer.agent;
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">Settings</p>
        <h1 className="page-title">Two-step verification</h1>
        <p className="page-intro">
          Ask for a code from an authenticator app (such as 1Password, Google Authenticator or Authy) every time you sign in, so your email
          alone is not enough to get into your account.
        </p>
      </header>
      {!agent ? (
        loading ? (
          <Spinner label="Loading…" />
        ) : (
          <FormAlert message={error ? toFormErrors(apiErrorsOf(error), []).form : 'Your settings could not be loaded.'} />
        )
      ) : (
        <div className="settings-column">
          {agent.totpEnabled ? (
            <DisableForm />
          ) : enrollment ? (
            <ConfirmForm enrollment={enrollment} onCancel={() => setEnrollment(null)} onDone={() => setEnrollment(null)} />
          ) : (
            <StartPanel onStarted={setEnrollment} />
          )}
        </div>
      )}
    </div>
  );
}

function StartPanel({ onStarted }: { onStarted: (enrollment: Enrollment) => void }) {
  const [start, { loading }] = useMutation(startTotpEnrollmentMutation);
  const [formError, setFormError] = useState<string | null>(null);

  async function handleStart() {
    setFormError(null);
    try {
      const { data } = await start();
      if (data) onStarted(data.startTotpEnrollment);
    } catch (caught) {
      setFormError(toFormErrors(apiErrorsOf(caught), []).form);
    }
  }

  return (
    <section className="panel settings-section" aria-labelledby="totp-off">
      <h2 id="totp-off" className="settings-section-title">
        Off
      </h2>
      <p className="settings-status" data-testid="totp-status">
        You sign in with the link or code from your email only.
      </p>
      <FormAlert message={formError} />
      <div className="settings-actions">
        <button type="button" className="button button--primary" onClick={() => void handleStart()} disabled={loading}>
          {loading ? 'Starting…' : 'Set up an authenticator app'}
        </button>
      </div>
    </section>
  );
}

type Input = 'code';
const INPUTS: readonly Input[] = ['code'];

function ConfirmForm({ enrollment, onCancel, onDone }: { enrollment: Enrollment; onCancel: () => void; onDone: () => void }) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Input>>(NO_FORM_ERRORS);
  const input = useRef<HTMLInputElement>(null);
  const [confirm, { loading }] = useMutation(confirmTotpEnrollmentMutation, {
    refetchQueries: [twoStepStatusQuery],
    awaitRefetchQueries: true,
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.length !== 6) {
      setErrors({ fields: { code: 'Enter the 6-digit code your authenticator app shows.' }, form: null });
      input.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      await confirm({ variables: { code } });
      onDone();
    } catch (caught) {
      setErrors(toFormErrors(apiErrorsOf(caught), INPUTS));
      setCode('');
      input.current?.focus();
    }
  }

  return (
    <form className="panel settings-section" noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby="totp-setup">
      <h2 id="totp-setup" className="settings-section-title">
        Add ActionConnect to your authenticator app
      </h2>
      <p>In your app, add an account and type this key (time-based, 6 digits, every 30 seconds):</p>
      <p>
        <code className="totp-secret" data-testid="totp-secret">
          {groupSecret(enrollment.secret)}
        </code>
      </p>
      <p className="settings-status">Or, if your app can import a setup link, copy this one:</p>
      <textarea
        className="input textarea totp-uri"
        readOnly
        aria-label="Setup link"
        value={enrollment.otpauthUri}
        onFocus={(event) => event.target.select()}
        data-testid="totp-uri"
      />
      <FormAlert message={errors.form} />
      <AuthenticatorCodeField
        ref={input}
        name="code"
        hint="Then type the code the app shows now, to prove it is set up."
        value={code}
        onChange={setCode}
        error={errors.fields.code}
      />
      <div className="settings-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          {loading ? 'Checking…' : 'Turn on two-step verification'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function DisableForm() {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<Input>>(NO_FORM_ERRORS);
  const input = useRef<HTMLInputElement>(null);
  const [disable, { loading }] = useMutation(disableTotpMutation, { refetchQueries: [twoStepStatusQuery], awaitRefetchQueries: true });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (code.length !== 6) {
      setErrors({ fields: { code: 'Enter the 6-digit code your authenticator app shows.' }, form: null });
      input.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      await disable({ variables: { code } });
    } catch (caught) {
      setErrors(toFormErrors(apiErrorsOf(caught), INPUTS));
      setCode('');
      input.current?.focus();
    }
  }

  return (
    <form className="panel settings-section" noValidate onSubmit={(event) => void handleSubmit(event)} aria-labelledby="totp-on">
      <h2 id="totp-on" className="settings-section-title">
        On
      </h2>
      <p className="settings-status" data-testid="totp-status">
        Signing in asks for a code from your authenticator app as well as the link or code from your email.
      </p>
      <FormAlert message={errors.form} />
      <AuthenticatorCodeField
        ref={input}
        name="code"
        hint="To turn two-step verification off, type the code your app shows now."
        value={code}
        onChange={setCode}
        error={errors.fields.code}
      />
      <div className="settings-actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          {loading ? 'Turning off…' : 'Turn off two-step verification'}
        </button>
      </div>
    </form>
  );
}
