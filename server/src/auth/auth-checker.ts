import type { AuthChecker } from 'type-graphql';
import { unauthenticated } from '../errors';
import type { GraphQLContext } from '../graphql/context';

/** Roles used with @Authorized(...). Anything not marked is readable by every viewer that reaches it. */
export enum Role {
  Contact = 'CONTACT',
  Agent = 'AGENT',
  Admin = 'ADMIN',
}

/**
 * The one authorization rule for fields and operations: deny unless the viewer holds one of the
 * listed roles. An admin is also an agent. A bare @Authorized() means "signed in as anyone".
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  // Anonymous visitors are told to sign in (UNAUTHENTICATED); signed-in viewers without the role
  // get type-graphql's AuthorizationError, which the error mapper answers as FORBIDDEN.
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (roles.length === 0) return true;
  const held = new Set<Role>();
  if (viewer.kind === 'contact') held.add(Role.Contact);
  if (viewer.kind === 'agent') {
    held.add(Role.Agent);
    if (viewer.role === 'admin') held.add(Role.Admin);
  }
  return roles.some((role) => held.has(role));
};
