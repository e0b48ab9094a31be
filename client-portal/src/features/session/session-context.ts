import { createContext, useContext } from 'react';

/** The signed-in customer, as the header and protected pages need it. */
export interface SessionContact {
  id: string;
  email: string;
  name?: string | null;
}

/** Who is looking at the portal: still being asked, nobody, or a signed-in contact. */
export type Session = { status: 'loading' } | { status: 'anonymous' } | { status: 'contact'; contact: SessionContact };

/** Provided by SessionProvider. */
export const SessionContext = createContext<Session>({ status: 'loading' });

/** The current visitor's session. */
export function useSession(): Session {
  return useContext(SessionContext);
}
