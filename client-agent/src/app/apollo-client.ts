import type { ApolloClient } from '@apollo/client';
import { createApiClient } from '@actionconnect/ui';

/** The agent app's Apollo Client: same-origin API, so the app host's session cookie applies. */
export function createApolloClient(): ApolloClient {
  return createApiClient();
}
