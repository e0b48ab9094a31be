import { normalizeEmail, NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { useRef, useState, type FormEvent } from 'react';
import { apiErrorsOf, FormAlert, Icon, TextField } from '@actionconnect/ui';
import { BrowserCheck } from './BrowserCheck';
import { usePortalSignInRequest, type SignInSent } from './usePortalSignInRequest';

interface EmailStepProps {
  titleId: string;
  displayName: string;
  intro: string;
  initialEmail: string;
  returnTo: string;
  onSent: (email: string, sent: SignInSent) => void;
  /** The heading, when not "Sign in to …" (the request form's own step). */
  title?: string;
  /** h1 on the sign-in page; h2 inside another page. */
  level?: 1 | 2;
  submitLabel?: string;
}

/** Step one: the visitor's email address, to which the API sends a link and a code. */
export function EmailStep({ titleId, displayName, intro, initialEmail, returnTo, onSent, title, level = 1, submitLabel }: EmailStepProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  const [email, setEmail] = useState(initialEmail);
  const [errors, setErrors] = useState<FormErrors<'email'>>(NO_FORM_ERRORS);
  const { request, loading, checking } = usePortalSignInRequest();
  const emailInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const normalized = normalizeEmail(email);
    if (!normalized) {
      setErrors({ fields: { email: 'Enter your email address, like name@example.com.' }, form: null });
      emailInput.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      onSent(normalized, await request({ email: normalized, returnPath: returnTo }));
    } catch (error) {
      const next = toFormErrors(apiErrorsOf(error), ['email'] as const);
      setErrors(next);
      if (next.fields.email) emailInput.current?.focus();
    }
  }

  return (
    <>
      <span className="auth-icon">
        <Icon name="lock" width={24} height={24} />
      </span>
      <Heading id={titleId} className="auth-title">
        {title ?? `Sign in to ${displayName}`}
      </Heading>
      <p className="auth-intro">{intro}</p>
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormAlert message={errors.form} />
        <TextField
          ref={emailInput}
          label="Email address"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          autoFocus
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.fields.email}
        />
        <button type="submit" className="button button--primary button--block" disabled={loading}>
          {checking ? 'Checking your browser…' : loading ? 'Sending…' : (submitLabel ?? 'Email me a sign-in link')}
        </button>
        {checking && <BrowserCheck />}
      </form>
      <p className="auth-footnote">We will email you a sign-in link and a one-time code.</p>
    </>
  );
}
