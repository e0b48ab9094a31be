import { createContext, useContext, useEffect } from 'react';
import { agentDocumentTitle } from './navigation';

/** The signed-in agent and their workspace. */
export interface AgentSession {
  agent: { id: string; email: string; name: string; role: string };
  organization: { slug: string; name: string };
}

/** Provided by the gate once an agent is signed in; the app frame renders only inside it. */
export const AgentSessionContext = createContext<AgentSession | null>(null);

/** The signed-in agent; only valid inside the app frame. */
export function useAgentSession(): AgentSession {
  const session = useContext(AgentSessionContext);
  if (!session) throw new Error('useAgentSession() used outside the signed-in app');
  return session;
}

/** Sets the document title for the page being shown ("Unassigned · Acme · ActionConnect"). */
export function usePageTitle(page: string): void {
  const organization = useContext(AgentSessionContext)?.organization.name ?? null;
  useEffect(() => {
    document.title = agentDocumentTitle(page, organization);
  }, [page, organization]);
}
