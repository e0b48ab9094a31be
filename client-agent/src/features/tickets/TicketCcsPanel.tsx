import { useMutation } from '@apollo/client/react';
import { CcEditor, type CcView } from '@actionconnect/ui';
import { graphql } from '../../gql';

const agentAddCcMutation = graphql(`
  mutation AgentAddCc($number: Int!, $email: String!) {
    agentAddCc(number: $number, email: $email) {
      ...AgentTicketDetail
    }
  }
`);

const agentRemoveCcMutation = graphql(`
  mutation AgentRemoveCc($number: Int!, $contactId: ID!) {
    agentRemoveCc(number: $number, contactId: $contactId) {
      ...AgentTicketDetail
    }
  }
`);

/** The people copied on a ticket: they read it in the portal and get its public replies by email. */
export function TicketCcsPanel({ number, ccs }: { number: number; ccs: readonly CcView[] }) {
  const [add] = useMutation(agentAddCcMutation);
  const [remove] = useMutation(agentRemoveCcMutation);
  return (
    <section className="side-card" aria-labelledby="ccs-title">
      <h2 className="side-card-title" id="ccs-title">
        CCs
      </h2>
      <CcEditor
        ccs={ccs}
        hint="They get public replies by email (never internal notes)."
        onAdd={(email) => add({ variables: { number, email } })}
        onRemove={(cc) => remove({ variables: { number, contactId: cc.id } })}
      />
    </section>
  );
}
