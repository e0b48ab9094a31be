import { gql } from '@apollo/client';
import { createApiClient, outageState } from './api-client';

// Issue 10.13: through a database outage the apps retry their queries and say so, never mutations.

const UNAVAILABLE = () =>
  new Response(JSON.stringify({ errors: [{ message: 'Retry', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }), {
    status: 503,
    headers: { 'content-type': 'application/json', 'retry-after': '5' },
  });
const OK = () =>
  new Response(JSON.stringify({ data: { portal: { __typename: 'PortalOrganization', slug: 'acme' } } }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
const FAST = { initialMs: 5, maxMs: 20, attempts: 5 };

describe('the API client through an outage', () => {
  it('retries a query answered 503, says it is retrying, and clears that once the API answers', async () => {
    const answers = [UNAVAILABLE, UNAVAILABLE, OK];
    const seen: boolean[] = [];
    const unsubscribe = outageState.subscribe(() => seen.push(outageState.get()));
    const fetch = jest.fn(async () => (answers.shift() ?? OK)());
    const client = createApiClient({ uri: 'http://api.test/graphql', fetch, retry: FAST });
    const result = await client.query({
      query: gql`
        {
          portal {
            slug
          }
        }
      `,
    });
    unsubscribe();
    expect(result.data).toEqual({ portal: { __typename: 'PortalOrganization', slug: 'acme' } });
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(seen).toEqual([true, false]);
    expect(outageState.get()).toBe(false);
  });

  it('never retries a mutation (it may have committed before the answer was lost)', async () => {
    const fetch = jest.fn(async () => UNAVAILABLE());
    const client = createApiClient({ uri: 'http://api.test/graphql', fetch, retry: FAST });
    await expect(
      client.mutate({
        mutation: gql`
          mutation {
            signOut
          }
        `,
      }),
    ).rejects.toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
