import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The agent app's Apollo Client: same-origin API, so the app host's session cookie applies. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache(),
  });
}
