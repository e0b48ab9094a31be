import type { ApolloClient } from '@apollo/client';
import { createApiClient } from '@actionconnect/ui';

/** The portal's Apollo Client: same-origin API, so the session cookie of this portal host applies. */
export function createApolloClient(): ApolloClient {
  return createApiClient();
}
