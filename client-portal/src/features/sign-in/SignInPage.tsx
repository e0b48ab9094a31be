import { useState } from 'react';
import { useSignInElsewhere } from '@actionconnect/ui';
import { Navigate, useLocation } from 'react-router-dom';
import { usePageTitle, usePortal } from '../../app/portal-context';
import { readReturnTo, useSession } from '../session';
import { CheckEmailStep } from './CheckEmailStep';
import { EmailStep } from './EmailStep';
import type { SignInStep } from './usePortalSignInRequest';

/** /signin?returnTo=/path: email, then the code from the email, then back to returnTo. */
export function SignInPage() {
  const { branding } = usePortal();
  const session = useSession();
  const location = useLocation();
  const returnTo = readReturnTo(location.search);
  const [step, setStep] = useState<SignInStep>({ name: 'email', email: '' });
  usePageTitle(step.name === 'email' ? 'Sign in' : 'Check your email');
  // The link confirmed in another tab: this tab moves on by itself.
  useSignInElsewhere('PortalViewer', step.name === 'code');

  if (session.status === 'contact') return <Navigate to={returnTo} replace />;

  return (
    <div className="auth-page">
      <section className="auth-card">
        {step.name === 'email' ? (
          <EmailStep
            titleId="sign-in-title"
            displayName={branding.displayName}
            intro={branding.signInText}
            initialEmail={step.email}
            returnTo={returnTo}
            onSent={(email, sent) => setStep({ name: 'code', email, ...sent })}
          />
        ) : (
          <CheckEmailStep
            titleId="sign-in-title"
            email={step.email}
            sent={step}
            returnTo={returnTo}
            onChangeEmail={() => setStep({ name: 'email', email: step.email })}
          />
        )}
      </section>
    </div>
  );
}
