import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';
import { RESOLVERS } from './resolvers';

let cached: Promise<GraphQLSchema> | null = null;

/** Builds the one schema (cached: type-graphql metadata is global to the process). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  return cached;
}
