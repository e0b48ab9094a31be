import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Config } from '../config';
import type { GraphQLContext } from './context';
import { errorResponsePlugin } from './error-response.plugin';
import { formatError, isUnexpectedError } from './errors';
import { getSchema } from './schema';
import { refuseUnstorableStrings } from './string-input';

/** Limits that reject abusive documents before they execute (SECURITY.md 18). */
export const DOCUMENT_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 2000, maxDirectives: 20 };

const logUnexpectedErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (isUnexpectedError(error)) {
            contextValue.log.error({ err: error.originalError ?? error, path: error.path }, 'unexpected GraphQL error');
          }
        }
      },
    };
  },
};

/** The document limits as graphql-armor rules and plugins; the WebSocket endpoint validates with the same rules. */
export function documentProtection(config: Readonly<Config>): ReturnType<ApolloArmor['protect']> {
  const armor = new ApolloArmor({
    maxDepth: { n: DOCUMENT_LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: DOCUMENT_LIMITS.maxAliases },
    costLimit: { maxCost: DOCUMENT_LIMITS.maxCost, ignoreIntrospection: true },
    // Token limits go through graphql-js's own parser (parseOptions below): armor's token plugin
    // turns syntax errors into HTTP 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: DOCUMENT_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  return armor.protect();
}

/** The Apollo server: CSRF prevention on, batching off, Sandbox and introspection only outside production. */
export async function createApolloServer(config: Readonly<Config>): Promise<ApolloServer<GraphQLContext>> {
  const protection = documentProtection(config);
  const server = new ApolloServer<GraphQLContext>({
    schema: await getSchema(),
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown; Apollo's own signal handler races it and its second stop() never resolves.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: DOCUMENT_LIMITS.maxTokens },
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, !config.isProduction),
    validationRules: [...protection.validationRules],
    plugins: [
      // Nothing here sets cache hints; Apollo's default cache-control plugin would still wrap every
      // field resolver to collect them (a few percent of each request's CPU).
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      logUnexpectedErrors,
      refuseUnstorableStrings,
      errorResponsePlugin,
      config.isProduction
        ? ApolloServerPluginLandingPageDisabled()
        : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: true }),
    ],
  });
  await server.start();
  return server;
}
