import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';
import type { GraphQLContext } from './context';

/** Seconds a client is asked to wait before retrying during a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 5;

/**
 * Finishes what formatError started: a masked error carries the request id the log has, and an
 * outage answers HTTP 503 with Retry-After (whatever else the response holds), so clients retry.
 */
export const errorResponsePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.length) return;
        let unavailable = false;
        response.body.singleResult.errors = errors.map((error) => {
          const code = error.extensions?.code;
          if (code === ErrorCode.ServiceUnavailable) unavailable = true;
          if (code !== ErrorCode.Internal && code !== ErrorCode.ServiceUnavailable) return error;
          return { ...error, extensions: { ...error.extensions, requestId: contextValue?.requestId } };
        });
        if (unavailable) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(OUTAGE_RETRY_AFTER_SECONDS));
        }
      },
    };
  },
};
