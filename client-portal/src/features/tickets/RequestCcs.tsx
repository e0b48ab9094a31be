import { useMutation } from '@apollo/client/react';
import { CcEditor, type CcView } from '@actionconnect/ui';
import { graphql } from '../../gql';
import { useSession } from '../session';

const addCcMutation = graphql(`
  mutation AddRequestCc($number: Int!, $email: String!) {
    addCc(number: $number, email: $email) {
      ...PortalTicketDetail
    }
  }
`);

const removeCcMutation = graphql(`
  mutation RemoveRequestCc($number: Int!, $contactId: ID!) {
    removeCc(number: $number, contactId: $contactId) {
      ...PortalTicketDetail
    }
  }
`);

/**
 * Who is copied on a request: the requester adds colleagues and removes anyone, a CC removes
 * themselves (the API holds the same rules and says why when it refuses).
 */
export function RequestCcs({ number, ccs, isRequester }: { number: number; ccs: readonly CcView[]; isRequester: boolean }) {
  const session = useSession();
  const myEmail = session.status === 'contact' ? session.contact.email.toLowerCase() : null;
  const [addCc] = useMutation(addCcMutation);
  const [removeCc] = useMutation(removeCcMutation, {
    update(cache) {
      // Removing yourself ends your access: the lists must not keep showing the request.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'myTickets' });
    },
  });
  return (
    <CcEditor
      ccs={ccs}
      hint="Colleagues get our replies by email and can follow the request here."
      onAdd={(email) => addCc({ variables: { number, email } })}
      onRemove={(cc) => removeCc({ variables: { number, contactId: cc.id } })}
      canRemove={(cc) => isRequester || cc.email === myEmail}
    />
  );
}
