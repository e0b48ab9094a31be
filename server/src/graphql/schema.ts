import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { RESOLVERS } from './resolvers';

/**
 * type-graphql insists on a PubSub once there are subscriptions, but ours use `subscribe` functions
 * over the change bus (live/change-bus.ts), which works across processes; topic subscriptions are refused.
 */
const noTopics: PubSub = {
  publish() {
    throw new Error('publish through the change bus (tx.announce), not a type-graphql topic');
  },
  subscribe() {
    throw new Error('subscriptions use a `subscribe` function over the change bus, not topics');
  },
};

let cached: Promise<GraphQLSchema> | null = null;

/** Builds the one schema (cached: type-graphql metadata is global to the process). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    pubSub: noTopics,
    validate: { forbidUnknownValues: false },
  });
  return cached;
}
