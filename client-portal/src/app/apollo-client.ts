import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The portal's Apollo Client: same-origin API, so the session cookie of this portal host applies. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    // Branding and the viewer have no id; they are singletons of this host, kept on the root query.
    cache: new InMemoryCache(),
  });
}
