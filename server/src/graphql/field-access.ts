import { getMetadataStorage } from 'type-graphql';
import { Role } from '../auth/auth-checker';

/** The roles @Authorized demands on a schema field, or null when it has no @Authorized at all. */
export type FieldRoles = Role[] | null;

/**
 * Reads type-graphql's metadata into `Type.field -> roles`, covering object-type fields, field
 * resolvers and root operations (with class-level @Authorized). Call after the schema is built.
 */
// type-graphql's metadata keys everything by class constructor, typed as Function.
/* eslint-disable @typescript-eslint/no-unsafe-function-type */
export function collectFieldRoles(): Map<string, FieldRoles> {
  const storage = getMetadataStorage();
  const authFor = (target: Function, name: string): FieldRoles => {
    const field = storage.authorizedFields.find((a) => a.target === target && a.fieldName === name);
    if (field) return field.roles as Role[];
    const cls = storage.authorizedResolver.find((a) => a.target === target);
    return cls ? (cls.roles as Role[]) : null;
  };
  const typeNameOf = new Map<Function, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  const roles = new Map<string, FieldRoles>();
  for (const type of storage.objectTypes) {
    for (const field of storage.fields.filter((f) => f.target === type.target)) {
      roles.set(`${type.name}.${field.schemaName}`, authFor(type.target, field.name));
    }
  }
  for (const resolver of storage.fieldResolvers) {
    const objectClass = resolver.getObjectType?.();
    const typeName = objectClass ? typeNameOf.get(objectClass as Function) : undefined;
    if (!typeName) continue;
    const key = `${typeName}.${resolver.schemaName}`;
    const own = authFor(resolver.target, resolver.methodName);
    roles.set(key, own ?? roles.get(key) ?? null);
  }
  for (const [root, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const op of list) roles.set(`${root}.${op.schemaName}`, authFor(op.target, op.methodName));
  }
  return roles;
}

/* eslint-enable @typescript-eslint/no-unsafe-function-type */

/** Whether a contact passes the auth checker for a field with these roles. */
export function contactMayResolve(roles: FieldRoles): boolean {
  return roles === null || roles.length === 0 || roles.includes(Role.Contact);
}
