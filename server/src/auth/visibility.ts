import { Extensions, getMetadataStorage } from 'type-graphql';

/** Who may read a field: `contact` (contacts and agents) or `agent` (agents only). */
export type Visibility = 'contact' | 'agent';

/** The key, in a GraphQL field's or type's `extensions`, that holds its Visibility. */
export const VISIBILITY_EXTENSION = 'visibility';

/** A decorator for a field, a field-resolver or operation method, an `@ObjectType` class or a `@Resolver` class. */
export type VisibilityDecorator = PropertyDecorator & MethodDecorator & ClassDecorator;

type ClassTarget = ReturnType<typeof getMetadataStorage>['fieldExtensions'][number]['target'];

/** Whether a resolver member already carries its own visibility (method decorators run before class ones). */
function hasOwnVisibility(target: ClassTarget, member: string): boolean {
  return getMetadataStorage().fieldExtensions.some(
    (entry) => entry.target === target && entry.fieldName === member && VISIBILITY_EXTENSION in entry.extensions,
  );
}

function visibilityDecorator(visibility: Visibility): VisibilityDecorator {
  const extensions = { [VISIBILITY_EXTENSION]: visibility };
  const decorate = (target: object, member?: string | symbol, descriptor?: PropertyDescriptor): void => {
    if (member !== undefined) {
      Extensions(extensions)(target, member, descriptor as PropertyDescriptor);
      return;
    }
    const cls = target as ClassTarget;
    const storage = getMetadataStorage();
    const handlers = [...storage.queries, ...storage.mutations, ...storage.subscriptions, ...storage.fieldResolvers].filter(
      (handler) => handler.target === cls,
    );
    if (handlers.length === 0) {
      // An @ObjectType class: type-graphql puts class extensions on the GraphQL type.
      Extensions(extensions)(cls);
      return;
    }
    // A @Resolver class: type-graphql drops class extensions from operations and field resolvers,
    // so each of its methods without a visibility of its own gets the class's.
    for (const { methodName } of handlers) {
      if (!hasOwnVisibility(cls, methodName)) storage.collectExtensionsFieldMetadata({ target: cls, fieldName: methodName, extensions });
    }
  };
  return decorate as VisibilityDecorator;
}

/** Marks a field (or every field of a class without its own mark) as readable by contacts. */
export function ContactReadable(): VisibilityDecorator {
  return visibilityDecorator('contact');
}

/** Marks a field (or every field of a class without its own mark) as readable by agents only. */
export function AgentOnly(): VisibilityDecorator {
  return visibilityDecorator('agent');
}
