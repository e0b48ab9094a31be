// Factories in the style of outline's server/test/factories.ts: `buildX(m, overrides)` saves one row
// with sensible, unique defaults, lets every override win, and creates the rows it needs (its
// organization, its ticket, its article...) when they are not given. They write through the owner
// connection (the test's DataSource, or the manager of a transaction the test opened), so they see
// past row-level security; rows land in the organization given or in a new one.
// The factories live in test/factories/ by area; import them all from here.
export * from './factories/articles';
export * from './factories/attachments';
export * from './factories/companies';
export * from './factories/core';
export * from './factories/tickets';
