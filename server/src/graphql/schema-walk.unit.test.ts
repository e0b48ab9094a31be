import {
  getNamedType,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { VISIBILITY_EXTENSION, type Visibility } from '../auth/visibility';
import { collectFieldRoles, contactMayResolve, type FieldRoles } from './field-access';
import { getSchema } from './schema';

function rootTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter((t): t is GraphQLObjectType => Boolean(t));
}

/** Every `Type.field` reachable from the roots, walking all fields (or only those `follow` allows). */
function walk(schema: GraphQLSchema, follow: (key: string) => boolean): Set<string> {
  const seen = new Set<string>();
  const visitedTypes = new Set<string>();
  const queue = [...rootTypes(schema)];
  while (queue.length) {
    const type = queue.shift() as GraphQLObjectType;
    if (visitedTypes.has(type.name)) continue;
    visitedTypes.add(type.name);
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      if (!follow(key)) continue;
      seen.add(key);
      const named = getNamedType(field.type);
      // Unions and interfaces lead to every type they may resolve to.
      if (isObjectType(named)) queue.push(named);
      else if (isUnionType(named)) queue.push(...named.getTypes());
      else if (isInterfaceType(named)) queue.push(...schema.getPossibleTypes(named));
    }
  }
  return seen;
}

function asVisibility(value: unknown): Visibility | null {
  return value === 'contact' || value === 'agent' ? value : null;
}

/** A field's visibility as @ContactReadable / @AgentOnly left it in the schema: its own, else its type's. */
function visibilityOf(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): Visibility | null {
  return asVisibility(field.extensions[VISIBILITY_EXTENSION]) ?? asVisibility(type.extensions[VISIBILITY_EXTENSION]);
}

/** `Type.field -> visibility` (null when unclassified) for every field reachable from the roots. */
function classify(schema: GraphQLSchema): Map<string, Visibility | null> {
  const visibility = new Map<string, Visibility | null>();
  for (const key of walk(schema, () => true)) {
    const [typeName, fieldName] = key.split('.');
    const type = schema.getType(typeName) as GraphQLObjectType;
    visibility.set(key, visibilityOf(type, type.getFields()[fieldName]));
  }
  return visibility;
}

function keysWith(visibility: Map<string, Visibility | null>, wanted: Visibility | null): string[] {
  return [...visibility].filter(([, v]) => v === wanted).map(([key]) => key);
}

/** Named types of the fields in `keys`: the types a viewer who reaches those fields reaches. */
function typesBehind(schema: GraphQLSchema, keys: Iterable<string>): Set<string> {
  return new Set(
    [...keys].map((key) => {
      const [parent, field] = key.split('.');
      return getNamedType((schema.getType(parent) as GraphQLObjectType).getFields()[field].type).name;
    }),
  );
}

/**
 * Every visibility decorator on a member, as `Type.field -> visibilities`, read from type-graphql's
 * metadata: the schema merges a field's and its field resolver's extensions, so a field marked both
 * ways would show only one of them there. Members that are no schema field appear under `Class.member`.
 */
function declaredVisibilities(): Map<string, Visibility[]> {
  const storage = getMetadataStorage();
  type Target = (typeof storage.fieldExtensions)[number]['target'];
  const keyOf = new Map<Target, Map<string, string>>();
  const add = (target: Target, member: string, key: string) => {
    const members = keyOf.get(target) ?? new Map<string, string>();
    members.set(member, key);
    keyOf.set(target, members);
  };
  const typeNameOf = new Map<Target, string>(storage.objectTypes.map((t) => [t.target, t.name]));
  for (const field of storage.fields) {
    const typeName = typeNameOf.get(field.target);
    if (typeName) add(field.target, field.name, `${typeName}.${field.schemaName}`);
  }
  for (const resolver of storage.fieldResolvers) {
    const typeName = typeNameOf.get(resolver.getObjectType?.() as Target);
    if (typeName) add(resolver.target, resolver.methodName, `${typeName}.${resolver.schemaName}`);
  }
  for (const [root, list] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const op of list) add(op.target, op.methodName, `${root}.${op.schemaName}`);
  }
  const declared = new Map<string, Visibility[]>();
  for (const entry of storage.fieldExtensions) {
    const visibility = asVisibility(entry.extensions[VISIBILITY_EXTENSION]);
    if (!visibility) continue;
    const key = keyOf.get(entry.target)?.get(entry.fieldName) ?? `${entry.target.name}.${entry.fieldName}`;
    declared.set(key, [...(declared.get(key) ?? []), visibility]);
  }
  for (const entry of storage.classExtensions) {
    const visibility = asVisibility(entry.extensions[VISIBILITY_EXTENSION]);
    if (visibility && !typeNameOf.has(entry.target)) declared.set(`${entry.target.name} (class)`, [visibility]);
  }
  return declared;
}

describe('field-level authorization, walked over the whole schema', () => {
  let schema: GraphQLSchema;
  let roles: Map<string, FieldRoles>;
  let visibility: Map<string, Visibility | null>;
  const contactMay = (key: string) => contactMayResolve(roles.get(key) ?? null);

  beforeAll(async () => {
    schema = await getSchema();
    roles = collectFieldRoles();
    visibility = classify(schema);
  });

  it('classifies every field of the schema with @ContactReadable or @AgentOnly (on the field or its class)', () => {
    expect(keysWith(visibility, null)).toEqual([]);
  });

  it('marks no field both contact-readable and agent-only, and marks nothing that is not a schema field', () => {
    const declared = declaredVisibilities();
    expect([...declared].filter(([, marks]) => new Set(marks).size > 1).map(([key]) => key)).toEqual([]);
    expect([...declared.keys()].filter((key) => !visibility.has(key))).toEqual([]);
  });

  it('lets a contact reach only contact-readable fields, from every root field by any path', () => {
    const reachable = walk(schema, contactMay);
    expect([...reachable].filter((key) => visibility.get(key) !== 'contact')).toEqual([]);
  });

  it('guards with @Authorized every agent-only field on a type that contacts can reach', () => {
    // Agent-only types that no contact path reaches are walled off by their guarded root fields
    // (previous test); an agent-only field on a type contacts do reach needs its own guard.
    const reachableTypes = typesBehind(schema, walk(schema, contactMay));
    const agentOnly = keysWith(visibility, 'agent');
    const unguarded = agentOnly.filter((key) => reachableTypes.has(key.split('.')[0]) && contactMay(key));
    expect(unguarded).toEqual([]);
    // The test is not vacuous: contacts do reach types that carry agent-only fields.
    expect(agentOnly.some((key) => reachableTypes.has(key.split('.')[0]))).toBe(true);
  });
});

describe('the visibility classifier', () => {
  // A tiny schema: a planted field without a mark, and an own mark that overrides its type's.
  const Secretive = new GraphQLObjectType({
    name: 'Secretive',
    extensions: { [VISIBILITY_EXTENSION]: 'contact' },
    fields: { shown: { type: GraphQLString }, secret: { type: GraphQLString, extensions: { [VISIBILITY_EXTENSION]: 'agent' } } },
  });
  const Unmarked = new GraphQLObjectType({ name: 'Unmarked', fields: { planted: { type: GraphQLString } } });
  const tiny = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        secretive: { type: Secretive, extensions: { [VISIBILITY_EXTENSION]: 'contact' } },
        unmarked: { type: Unmarked, extensions: { [VISIBILITY_EXTENSION]: 'contact' } },
      },
    }),
  });

  it('catches a planted field that carries no visibility decorator', () => {
    expect(keysWith(classify(tiny), null)).toEqual(['Unmarked.planted']);
  });

  it("lets a field's own decorator override its class's", () => {
    const visibility = classify(tiny);
    expect(visibility.get('Secretive.shown')).toBe('contact');
    expect(visibility.get('Secretive.secret')).toBe('agent');
  });
});
