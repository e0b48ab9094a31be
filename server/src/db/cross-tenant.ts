import type { DataSource, EntityManager } from 'typeorm';
import { activeTenantTx, TenantScopeError } from './tenant';

/**
 * Work that must see every organization's rows, each named for why. Nothing else may read across
 * tenants: everything else goes through `TenantData`, where row-level security applies.
 *
 * - `resolve-host`: which organization a Host names (slug or verified custom domain), before any is known.
 * - `authenticate-session`: which session (and so which organization) a cookie belongs to.
 * - `sign-in`: tokens and codes looked up by their hash before the organization is known.
 * - `rate-limit`: counters keyed by IP and email, across organizations by design.
 * - `deliver-mail`: the outbox worker claims mail of every organization.
 * - `verify-custom-domain`: the TLS edge asks whether any organization claims a host name.
 * - `claim-custom-domain`: whether another organization holds a host name an admin adds (and
 *   releasing its claim when it stayed unverified too long).
 * - `seed-demo-data`: loading the demo organizations.
 * - `dev-outbox`: the development mail outbox page lists every organization's mail.
 * - `health-check`: `SELECT 1`.
 * - `load-signing-keys`: the server's signing keys (not tenant data), read once at start-up.
 * - `sweep-unattached-files`: removing every organization's uploads left unattached for a day.
 * - `route-inbound-mail`: which organization an inbound email's address names, before any is known.
 * - `record-service-level-breaches`: which tickets, of every organization, passed a due time not yet
 *   recorded (ids only; each is then recorded in its organization's transaction).
 */
export type CrossTenantPurpose =
  | 'resolve-host'
  | 'authenticate-session'
  | 'sign-in'
  | 'rate-limit'
  | 'deliver-mail'
  | 'verify-custom-domain'
  | 'claim-custom-domain'
  | 'seed-demo-data'
  | 'dev-outbox'
  | 'health-check'
  | 'load-signing-keys'
  | 'sweep-unattached-files'
  | 'route-inbound-mail'
  | 'record-service-level-breaches';

/**
 * The cross-tenant road. It runs as the connecting (owner) role, which row-level security does not
 * limit, so callers write their own filters; keep what runs here small. Files that use the manager
 * it hands out are named `*.cross-tenant.ts` (ESLint allows raw queries only there and in `db/`).
 */
export class CrossTenantData {
  constructor(private readonly dataSource: DataSource) {}

  /** Runs `work` in its own transaction. */
  transaction<T>(purpose: CrossTenantPurpose, work: (m: EntityManager) => Promise<T>): Promise<T> {
    this.refuseInsideTenant(purpose);
    return this.dataSource.transaction(work);
  }

  /** Runs `work` on the pool without a transaction (single statements). */
  run<T>(purpose: CrossTenantPurpose, work: (m: EntityManager) => Promise<T>): Promise<T> {
    this.refuseInsideTenant(purpose);
    return work(this.dataSource.manager);
  }

  // PGlite is one connection: a second transaction inside a tenant one would wait forever, and
  // mixing the two would blur which rows a request may see.
  private refuseInsideTenant(purpose: CrossTenantPurpose): void {
    if (activeTenantTx()) throw new TenantScopeError(`cross-tenant work (${purpose}) inside a tenant transaction`);
  }
}
