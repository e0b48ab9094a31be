import { useEffect, useState } from 'react';
import { useSignInElsewhere } from '@actionconnect/ui';
import { agentDocumentTitle } from '../../app/navigation';
import { ProductMark } from '../../ui/ProductMark';
import { AgentCodeStep } from './AgentCodeStep';
import { AgentEmailStep, type AgentSignInSent } from './AgentEmailStep';

type Step = { name: 'email' } | { name: 'code'; workspace: string; email: string; sent: AgentSignInSent };

/** The agent sign-in: workspace and work email, then the code from the email (or its link). */
export function SignInScreen() {
  const [step, setStep] = useState<Step>({ name: 'email' });
  const [lastInput, setLastInput] = useState<{ workspace: string; email: string } | null>(null);

  // The link confirmed in another tab: AgentGate sees the session and shows the app.
  useSignInElsewhere('AgentViewer', step.name === 'code');

  useEffect(() => {
    document.title = agentDocumentTitle(step.name === 'email' ? 'Sign in' : 'Check your email', null);
  }, [step.name]);

  return (
    <div className="signin-page">
      <main className="signin-main">
        <div className="signin-brand">
          <ProductMark />
          <span>ActionConnect</span>
        </div>
        <section className="signin-card">
          {step.name === 'email' ? (
            <AgentEmailStep
              titleId="signin-title"
              initial={lastInput}
              onSent={(workspace, email, sent) => {
                setLastInput({ workspace, email });
                setStep({ name: 'code', workspace, email, sent });
              }}
            />
          ) : (
            <AgentCodeStep
              titleId="signin-title"
              workspace={step.workspace}
              email={step.email}
              sent={step.sent}
              onBack={() => setStep({ name: 'email' })}
            />
          )}
        </section>
        <p className="signin-footnote">Looking for help as a customer? Use your company's support portal instead.</p>
      </main>
    </div>
  );
}
