import { getNamedType, isInterfaceType, isObjectType, isUnionType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { AGENT_ONLY_FIELDS, CONTACT_READABLE_FIELDS } from './contact-visibility';
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

describe('field-level authorization, walked over the whole schema', () => {
  let schema: GraphQLSchema;
  let roles: Map<string, FieldRoles>;

  beforeAll(async () => {
    schema = await getSchema();
    roles = collectFieldRoles();
  });

  it('classifies every field of the schema as contact-readable or agent-only', () => {
    const all = walk(schema, () => true);
    const unclassified = [...all].filter((key) => !CONTACT_READABLE_FIELDS.has(key) && !AGENT_ONLY_FIELDS.has(key));
    expect(unclassified).toEqual([]);
  });

  it('lists no field as both contact-readable and agent-only, and none that no longer exists', () => {
    const all = walk(schema, () => true);
    expect([...CONTACT_READABLE_FIELDS].filter((key) => AGENT_ONLY_FIELDS.has(key))).toEqual([]);
    expect([...CONTACT_READABLE_FIELDS, ...AGENT_ONLY_FIELDS].filter((key) => !all.has(key))).toEqual([]);
  });

  it('lets a contact reach only contact-readable fields, from every root field by any path', () => {
    const reachable = walk(schema, (key) => contactMayResolve(roles.get(key) ?? null));
    const leaked = [...reachable].filter((key) => !CONTACT_READABLE_FIELDS.has(key));
    expect(leaked).toEqual([]);
  });

  it('guards with @Authorized every agent-only field on a type that contacts can reach', () => {
    // Agent-only types that no contact path reaches are walled off by their guarded root fields
    // (previous test); an agent-only field on a type contacts do reach needs its own guard.
    const reachable = walk(schema, (key) => contactMayResolve(roles.get(key) ?? null));
    const reachableTypes = new Set(
      [...reachable].map((key) => {
        const [parent, field] = key.split('.');
        const type = (schema.getType(parent) as GraphQLObjectType).getFields()[field].type;
        return getNamedType(type).name;
      }),
    );
    const unguarded = [...AGENT_ONLY_FIELDS].filter(
      (key) => reachableTypes.has(key.split('.')[0]) && contactMayResolve(roles.get(key) ?? null),
    );
    expect(unguarded).toEqual([]);
    // The test is not vacuous: contacts do reach types that carry agent-only fields.
    expect([...AGENT_ONLY_FIELDS].some((key) => reachableTypes.has(key.split('.')[0]))).toBe(true);
  });
});
