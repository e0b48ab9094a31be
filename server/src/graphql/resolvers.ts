import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { PortalResolver } from '../modules/portal/portal.resolver';

/** Every resolver class in the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [PortalResolver, AuthResolver];
