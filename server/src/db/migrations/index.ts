import { InitialSchema1795600740952 } from './1795600740952-initial-schema';

// Every migration, in order. Create one with `npm run migration:create -- <name>` (see README).
export const MIGRATIONS: Function[] = [InitialSchema1795600740952];
