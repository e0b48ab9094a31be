import { useMutation } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, CodeField, FormAlert, Icon, SignInMatch, useSignInClaim } from '@actionconnect/ui';
import { NO_FORM_ERRORS, toFormErrors, type FormErrors, isCompleteSignInCode } from '@actionconnect/shared';
import { AuthenticatorCodeField, TOTP_LENGTH } from '../settings';
import { requestAgentSignInMutation, type AgentSignInSent } from './AgentEmailStep';
import { pathAfterSignIn } from './sign-in.util';

type Input = 'code' | 'totp';
const INPUTS: readonly Input[] = ['code', 'totp'];

const verifyAgentSignInCodeMutation = graphql(`
  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {
    verifyAgentSignInCode(input: $input) {
      returnPath
    }
  }
`);

const claimAgentSignInMutation = graphql(`
  mutation ClaimAgentSignIn($input: ClaimAgentSignInInput!) {
    claimAgentSignIn(input: $input) {
      status
      returnPath
    }
  }
`);

/** Where the cross-device approval stands: waiting, refused there, or approved with the authenticator code still to give here. */
type Approval = 'waiting' | 'refused' | 'needs-totp';

const isTotpRequired = (error: unknown) => apiErrorsOf(error).some((e) => e.extensions?.code === 'TOTP_REQUIRED');

/** A full page load, so the new session cookie applies to everything from here on. */
function continueSignedIn(apiReturnPath: string | null | undefined) {
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  window.location.assign(pathAfterSignIn(here, apiReturnPath));
}

interface AgentCodeStepProps {
  titleId: string;
  workspace: string;
  email: string;
  sent: AgentSignInSent;
  onBack: () => void;
}

/**
 * Step two: the code from the email, "or click the link in the email": in this browser the link
 * signs in directly; on another device, picking the number shown here approves this page, which
 * then signs in by itself (after the authenticator code, when two-step verification is on).
 */
export function AgentCodeStep({ titleId, workspace, email, sent: firstSent, onBack }: AgentCodeStepProps) {
  const [sent, setSent] = useState(firstSent);
  const [approval, setApproval] = useState<Approval>('waiting');
  const [claim] = useMutation(claimAgentSignInMutation);
  // A second hook for the submit after approval, so the background polling never disables the button.
  const [claimWithTotp, { loading: claiming }] = useMutation(claimAgentSignInMutation);
  const [code, setCode] = useState('');
  // Shown once the API answers TOTP_REQUIRED: the agent has two-step verification on.
  const [totp, setTotp] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors<Input>>(NO_FORM_ERRORS);
  const [resent, setResent] = useState(false);
  const [verify, { loading: verifying }] = useMutation(verifyAgentSignInCodeMutation);
  const [resend, { loading: resending }] = useMutation(requestAgentSignInMutation);
  const codeInput = useRef<HTMLInputElement>(null);
  const totpInput = useRef<HTMLInputElement>(null);
  const { codeLength } = sent;

  useSignInClaim(approval === 'waiting' ? sent.waitingHandle : null, async (waitingHandle) => {
    try {
      const { data } = await claim({ variables: { input: { workspace, waitingHandle } } });
      const answer = data?.claimAgentSignIn;
      if (answer?.status === 'SIGNED_IN') {
        continueSignedIn(answer.returnPath);
        return false;
      }
      if (answer?.status === 'REFUSED') setApproval('refused');
      return answer?.status === 'WAITING';
    } catch (error) {
      if (!isTotpRequired(error)) throw error;
      // Approved on the other device: the second factor is asked here, before any session exists.
      setApproval('needs-totp');
      setTotp('');
      requestAnimationFrame(() => totpInput.current?.focus());
      return false;
    }
  });

  async function handleApprovedSubmit() {
    if (totp === null || totp.length !== TOTP_LENGTH) {
      setErrors({ fields: { totp: `Enter the ${TOTP_LENGTH}-digit code from your authenticator app.` }, form: null });
      totpInput.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await claimWithTotp({ variables: { input: { workspace, waitingHandle: sent.waitingHandle, totp } } });
      if (data?.claimAgentSignIn.status === 'SIGNED_IN') continueSignedIn(data.claimAgentSignIn.returnPath);
    } catch (error) {
      const next = toFormErrors(apiErrorsOf(error), INPUTS);
      setErrors(
        next.fields.totp
          ? next
          : { fields: {}, form: next.form ?? next.fields.code ?? 'This sign-in can no longer be approved. Enter the code from the email.' },
      );
      if (!next.fields.totp) setApproval('refused');
      setTotp('');
      totpInput.current?.focus();
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (approval === 'needs-totp') return handleApprovedSubmit();
    if (!isCompleteSignInCode(code, codeLength)) {
      setErrors({ fields: { code: `Enter the ${codeLength}-digit code from the email.` }, form: null });
      codeInput.current?.focus();
      return;
    }
    if (totp !== null && totp.length !== TOTP_LENGTH) {
      setErrors({ fields: { totp: `Enter the ${TOTP_LENGTH}-digit code from your authenticator app.` }, form: null });
      totpInput.current?.focus();
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await verify({ variables: { input: { workspace, email, code, totp } } });
      continueSignedIn(data?.verifyAgentSignInCode.returnPath);
    } catch (error) {
      const apiErrors = apiErrorsOf(error);
      if (isTotpRequired(error)) {
        // The email code was right and is still unspent; ask for the second factor and send both again.
        setTotp('');
        setErrors(NO_FORM_ERRORS);
        requestAnimationFrame(() => totpInput.current?.focus());
        return;
      }
      const next = toFormErrors(apiErrors, INPUTS);
      setErrors(next);
      if (next.fields.totp) {
        setTotp('');
        totpInput.current?.focus();
      } else codeInput.current?.focus();
    }
  }

  async function handleResend() {
    setResent(false);
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await resend({ variables: { input: { workspace, email } } });
      if (data) setSent(data.requestAgentSignIn);
      setApproval('waiting');
      setResent(true);
      setCode('');
      setTotp((current) => (current === null ? null : ''));
      codeInput.current?.focus();
    } catch (error) {
      setErrors({ fields: {}, form: toFormErrors(apiErrorsOf(error), []).form });
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <div className="signin-heading">
        <span className="signin-icon">
          <Icon name="mail" width={22} height={22} />
        </span>
        <h1 id={titleId}>Check your email</h1>
        <p>{sent.message || `If ${email} is an agent of ${workspace}, we've sent it a sign-in link and a ${codeLength}-digit code.`}</p>
      </div>
      <FormAlert message={errors.form} />
      {approval === 'needs-totp' ? (
        <p className="signin-status" role="status" data-testid="approved-elsewhere">
          Approved on your other device. One more step: your authenticator code.
        </p>
      ) : (
        <SignInMatch matchNumber={sent.matchNumber} refused={approval === 'refused'} />
      )}
      {approval !== 'needs-totp' && (
        <CodeField
          ref={codeInput}
          label="Sign-in code"
          hint="Enter the code from the email, or click the link in the email."
          name="code"
          length={codeLength}
          autoFocus
          value={code}
          onChange={setCode}
          error={errors.fields.code}
        />
      )}
      {totp !== null && (
        <AuthenticatorCodeField
          ref={totpInput}
          name="totp"
          hint="Two-step verification is on: type the code your authenticator app shows now."
          value={totp}
          onChange={setTotp}
          error={errors.fields.totp}
        />
      )}
      <button type="submit" className="button button--primary button--block" disabled={verifying || claiming}>
        {verifying ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="signin-status" aria-live="polite">
        {resent ? 'We sent you a new email with a fresh link and code.' : `Workspace ${workspace} · ${email}`}
      </p>
      <div className="signin-actions">
        <button type="button" className="link-button" onClick={onBack}>
          <Icon name="arrowLeft" width={16} height={16} /> Change workspace or email
        </button>
        <button type="button" className="link-button" onClick={() => void handleResend()} disabled={resending}>
          {resending ? 'Sending…' : 'Send a new code'}
        </button>
      </div>
    </form>
  );
}
