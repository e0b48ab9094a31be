import { useApolloClient } from '@apollo/client/react';
import { useSignInElsewhere } from '@actionconnect/ui';
import { useEffect, useRef, useState } from 'react';
import { CheckEmailStep } from './CheckEmailStep';
import { EmailStep } from './EmailStep';
import type { SignInStep } from './usePortalSignInRequest';
import { useSession } from '../session';

interface ConfirmEmailPanelProps {
  /** Why the email is asked for: to send the request, or to attach files to it first. */
  reason: 'submit' | 'attach';
  /** Where the link in the email leads (the form's own page). */
  returnTo: string;
  displayName: string;
  /** Called once, when this browser is signed in (by the code, the link, or another device). */
  onConfirmed: () => void;
  onCancel: () => void;
}

/**
 * The request form's sign-in, in place (issue 16.4): the visitor's email, then the code (or the
 * link, in this browser or approved from another device). It never leaves the page: once signed
 * in it asks the API again who this browser is, and the form, still holding every answer, goes on.
 */
export function ConfirmEmailPanel({ reason, returnTo, displayName, onConfirmed, onCancel }: ConfirmEmailPanelProps) {
  const client = useApolloClient();
  const [step, setStep] = useState<SignInStep>({ name: 'email', email: '' });
  const panel = useRef<HTMLElement>(null);
  // The link confirmed in another tab of this browser: the session appears by itself.
  useSignInElsewhere('PortalViewer', step.name === 'code');
  // A block body: scrollIntoView returns a promise in newer browsers, and an effect may return only a cleanup.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  const signedIn = () => void client.refetchQueries({ include: ['PortalViewer'] }).catch(() => undefined);
  // However it happened, the session shows up in the viewer query: then the form goes on, once.
  const session = useSession();
  const done = useRef(false);
  const latest = useRef(onConfirmed);
  useEffect(() => {
    latest.current = onConfirmed;
  });
  useEffect(() => {
    if (session.status !== 'contact' || done.current) return;
    done.current = true;
    latest.current();
  }, [session.status]);

  return (
    <section ref={panel} className="confirm-email auth-card" aria-labelledby="confirm-email-title" data-testid="confirm-email">
      {step.name === 'email' ? (
        <EmailStep
          titleId="confirm-email-title"
          level={2}
          displayName={displayName}
          title={reason === 'submit' ? 'Confirm your email to send your request' : 'Confirm your email to attach files'}
          intro={`We'll email you a code. Your answers stay right here${reason === 'submit' ? ', and your request is sent the moment you confirm' : ''}.`}
          submitLabel="Email me a code"
          initialEmail={step.email}
          returnTo={returnTo}
          onSent={(email, sent) => setStep({ name: 'code', email, ...sent })}
        />
      ) : (
        <CheckEmailStep
          titleId="confirm-email-title"
          level={2}
          email={step.email}
          sent={step}
          returnTo={returnTo}
          onSignedIn={signedIn}
          onChangeEmail={() => setStep({ name: 'email', email: step.email })}
        />
      )}
      <button type="button" className="link-button confirm-email-cancel" onClick={onCancel}>
        Back to the form
      </button>
    </section>
  );
}
