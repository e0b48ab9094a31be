import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Outlet } from 'react-router-dom';
import { SignInScreen } from '../features/sign-in/SignInScreen';
import { graphql } from '../gql';
import { Spinner } from '@actionconnect/ui';
import { AgentSessionContext, type AgentSession } from './agent-session';

const agentViewerQuery = graphql(`
  query AgentViewer {
    viewer {
      kind
      agent {
        id
        email
        name
        role
      }
      organization {
        slug
        name
      }
    }
  }
`);

/**
 * Shows the app to a signed-in agent and the sign-in screen to anyone else, at whatever URL was
 * opened, so a deep link still lands on its page after signing in. A contact signed in on a
 * portal is anonymous here: sessions never cross hosts.
 */
export function AgentGate() {
  const { data, loading } = useQuery(agentViewerQuery);
  const session = useMemo<AgentSession | null>(() => {
    const viewer = data?.viewer;
    if (viewer?.kind !== 'AGENT' || !viewer.agent || !viewer.organization) return null;
    return { agent: viewer.agent, organization: viewer.organization };
  }, [data]);

  if (loading && !data) {
    return (
      <div className="splash">
        <Spinner label="Opening ActionConnect…" />
      </div>
    );
  }
  if (!session) return <SignInScreen />;
  return (
    <AgentSessionContext value={session}>
      <Outlet />
    </AgentSessionContext>
  );
}
