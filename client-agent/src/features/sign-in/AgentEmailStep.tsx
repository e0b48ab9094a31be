import { useMutation } from '@apollo/client/react';
import { normalizeEmail, NO_FORM_ERRORS, toFormErrors, type FormErrors } from '@actionconnect/shared';
import { useRef, useState, type FormEvent } from 'react';
import { graphql } from '../../gql';
import { apiErrorsOf, FormAlert, TextField } from '@actionconnect/ui';
import { normalizeWorkspace, workspaceProblem } from './sign-in.util';

/** Asks for a sign-in email; also used by "Send a new code". */
export const requestAgentSignInMutation = graphql(`
  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {
    requestAgentSignIn(input: $input) {
      message
      codeLength
      waitingHandle
      matchNumber
    }
  }
`);

/** What the API answered: the same whether or not the address belongs to an agent. */
export interface AgentSignInSent {
  message: string;
  codeLength: number;
  /** This device's secret for claiming the sign-in once another device approves it. */
  waitingHandle: string;
  /** The number the other device must pick. */
  matchNumber: number;
}

type Input = 'workspace' | 'email';
const INPUTS: readonly Input[] = ['workspace', 'email'];
// An unknown workspace comes back as NOT_FOUND without a field: it is about the workspace input.
const ERROR_OPTIONS = { inputForCode: { NOT_FOUND: 'workspace' as const } };
const REMEMBERED_WORKSPACE = 'actionconnect.agent.workspace';

interface AgentEmailStepProps {
  titleId: string;
  initial: { workspace: string; email: string } | null;
  onSent: (workspace: string, email: string, sent: AgentSignInSent) => void;
}

/** Step one: which workspace, and the agent's work email. */
export function AgentEmailStep({ titleId, initial, onSent }: AgentEmailStepProps) {
  const [workspace, setWorkspace] = useState(() => initial?.workspace ?? readRememberedWorkspace());
  const [email, setEmail] = useState(initial?.email ?? '');
  const [errors, setErrors] = useState<FormErrors<Input>>(NO_FORM_ERRORS);
  const [requestSignIn, { loading }] = useMutation(requestAgentSignInMutation);
  const workspaceInput = useRef<HTMLInputElement>(null);
  const emailInput = useRef<HTMLInputElement>(null);

  function show(next: FormErrors<Input>) {
    setErrors(next);
    const first = INPUTS.find((input) => next.fields[input]);
    if (first) (first === 'workspace' ? workspaceInput : emailInput).current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const slug = normalizeWorkspace(workspace);
    const address = normalizeEmail(email);
    const local: FormErrors<Input> = { fields: {}, form: null };
    const problem = workspaceProblem(slug);
    if (problem) local.fields.workspace = problem;
    if (!address) local.fields.email = 'Enter your work email, like name@company.com.';
    if (problem || !address) return show(local);

    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await requestSignIn({ variables: { input: { workspace: slug, email: address } } });
      rememberWorkspace(slug);
      if (data) onSent(slug, address, data.requestAgentSignIn);
    } catch (error) {
      show(toFormErrors(apiErrorsOf(error), INPUTS, ERROR_OPTIONS));
    }
  }

  return (
    <form className="form" noValidate data-testid="agent-signin" onSubmit={(event) => void handleSubmit(event)}>
      <div className="signin-heading">
        <h1 id={titleId}>Sign in to your workspace</h1>
        <p>We'll email you a sign-in link and a one-time code. No password needed.</p>
      </div>
      <FormAlert message={errors.form} />
      <TextField
        ref={workspaceInput}
        label="Workspace"
        hint="Your team's short name, for example acme."
        name="workspace"
        autoComplete="organization"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={workspace}
        onChange={(event) => setWorkspace(event.target.value)}
        error={errors.fields.workspace}
      />
      <TextField
        ref={emailInput}
        label="Work email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={errors.fields.email}
      />
      <button type="submit" className="button button--primary button--block" disabled={loading}>
        {loading ? 'Sending…' : 'Continue with email'}
      </button>
    </form>
  );
}

function readRememberedWorkspace(): string {
  try {
    return window.localStorage.getItem(REMEMBERED_WORKSPACE) ?? '';
  } catch {
    return ''; // storage disabled: the agent types it
  }
}

function rememberWorkspace(slug: string): void {
  try {
    window.localStorage.setItem(REMEMBERED_WORKSPACE, slug);
  } catch {
    // storage disabled: nothing to remember
  }
}
