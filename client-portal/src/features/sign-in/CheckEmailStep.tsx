import { useMutation } from '@apollo/client/react';
import { safeReturnPath, NO_FORM_ERRORS, toFormErrors, type FormErrors, isCompleteSignInCode } from '@actionconnect/shared';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, CodeField, FormAlert, Icon, SignInMatch, useSignInClaim } from '@actionconnect/ui';
import { BrowserCheck } from './BrowserCheck';
import { usePortalSignInRequest, type SignInSent } from './usePortalSignInRequest';

const verifyPortalSignInCodeMutation = graphql(`
  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {
    verifyPortalSignInCode(input: $input) {
      returnPath
    }
  }
`);

const claimPortalSignInMutation = graphql(`
  mutation ClaimPortalSignIn($input: ClaimPortalSignInInput!) {
    claimPortalSignIn(input: $input) {
      status
      returnPath
    }
  }
`);

interface CheckEmailStepProps {
  titleId: string;
  email: string;
  sent: SignInSent;
  returnTo: string;
  onChangeEmail: () => void;
  /** Instead of loading `returnTo`, tells the page it is signed in (the request form stays as it is). */
  onSignedIn?: () => void;
  /** h1 on the sign-in page; h2 inside another page. */
  level?: 1 | 2;
}

/**
 * Step two: "check your email", with the code from the email typed here, or the link clicked there:
 * in this browser it signs in directly; on another device, picking the number shown here approves
 * this page, which then signs in by itself.
 */
export function CheckEmailStep({ titleId, email, sent: firstSent, returnTo, onChangeEmail, onSignedIn, level = 1 }: CheckEmailStepProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  // A full page load by default, so the new session cookie applies to everything from here on.
  const signedIn = (returnPath: string | null | undefined) =>
    onSignedIn ? onSignedIn() : window.location.assign(safeReturnPath(returnPath ?? returnTo));
  const [sent, setSent] = useState(firstSent);
  const [refused, setRefused] = useState(false);
  const { codeLength, message } = sent;
  const [claim] = useMutation(claimPortalSignInMutation);
  useSignInClaim(refused ? null : sent.waitingHandle, async (waitingHandle) => {
    const { data } = await claim({ variables: { input: { waitingHandle } } });
    const answer = data?.claimPortalSignIn;
    if (answer?.status === 'SIGNED_IN') {
      signedIn(answer.returnPath);
      return false;
    }
    if (answer?.status === 'REFUSED') setRefused(true);
    return answer?.status === 'WAITING';
  });
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<FormErrors<'code' | 'email'>>(NO_FORM_ERRORS);
  const [resent, setResent] = useState(false);
  const [verify, { loading: verifying }] = useMutation(verifyPortalSignInCodeMutation);
  const { request: resend, loading: resending, checking } = usePortalSignInRequest();
  const codeInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isCompleteSignInCode(code, codeLength)) {
      setErrors({ fields: { code: `Enter the ${codeLength}-digit code from the email.` }, form: null });
      codeInput.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await verify({ variables: { input: { email, code } } });
      signedIn(data?.verifyPortalSignInCode.returnPath);
    } catch (error) {
      const next = toFormErrors(apiErrorsOf(error), ['code', 'email'] as const);
      // The email cannot be edited here, so a complaint about it is shown with the form.
      setErrors({ fields: { code: next.fields.code }, form: next.form ?? next.fields.email ?? null });
      codeInput.current?.focus();
    }
  }

  async function handleResend() {
    setResent(false);
    setErrors(NO_FORM_ERRORS);
    try {
      setSent(await resend({ email, returnPath: returnTo }));
      setRefused(false);
      setResent(true);
      setCode('');
      codeInput.current?.focus();
    } catch (error) {
      const next = toFormErrors(apiErrorsOf(error), []);
      setErrors({ fields: {}, form: next.form });
    }
  }

  return (
    <>
      <span className="auth-icon">
        <Icon name="mail" width={24} height={24} />
      </span>
      <Heading id={titleId} className="auth-title">
        Check your email
      </Heading>
      <p className="auth-intro">
        {message || (
          <>
            We sent a sign-in link and a {codeLength}-digit code to <strong className="auth-email">{email}</strong>.
          </>
        )}
      </p>
      <p className="auth-note">Click the link in the email, or enter the code here.</p>
      <SignInMatch matchNumber={sent.matchNumber} refused={refused} />
      <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <FormAlert message={errors.form} />
        <CodeField
          ref={codeInput}
          label="Sign-in code"
          name="code"
          length={codeLength}
          autoFocus
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
        <button type="submit" className="button button--primary button--block" disabled={verifying}>
          {verifying ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <div className="auth-secondary">
        <p aria-live="polite" className="auth-status">
          {resent ? 'We sent you a new email with a fresh link and code.' : "Didn't get it? Check your spam folder."}
        </p>
        {checking && <BrowserCheck />}
        <div className="auth-actions">
          <button type="button" className="link-button" onClick={() => void handleResend()} disabled={resending}>
            {checking ? 'Checking your browser…' : resending ? 'Sending…' : 'Send a new code'}
          </button>
          <button type="button" className="link-button" onClick={onChangeEmail}>
            <Icon name="arrowLeft" width={16} height={16} /> Use a different email
          </button>
        </div>
      </div>
    </>
  );
}
