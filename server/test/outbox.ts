// Outbox set-up: queueing mail as features do, reading it back, and a cross-tenant road that can fail on demand.
import type { DataSource, EntityManager } from 'typeorm';
import { buildOrganization } from './factories';
import { CrossTenantData, type CrossTenantPurpose } from '../src/db/cross-tenant';
import { TenantData } from '../src/db/tenant';
import { OutgoingEmail } from '../src/modules/outbox/outgoing-email.entity';
import { enqueueEmail, type QueuedEmail } from '../src/modules/outbox/outbox.service';

/** A logger that says nothing. */
export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A logger that keeps the messages of its warnings and errors, for tests that wait on one. */
export function recordingLog() {
  const warnings: string[] = [];
  const errors: string[] = [];
  return {
    warnings,
    errors,
    info: () => undefined,
    warn: (_fields: unknown, message?: string) => void warnings.push(message ?? ''),
    error: (_fields: unknown, message?: string) => void errors.push(message ?? ''),
  };
}

/** An organization row for the outbox tests' mail to belong to; returns its id. */
export async function outboxOrganization(dataSource: DataSource): Promise<string> {
  return (await buildOrganization(dataSource)).id;
}

/** Queues one email for the organization the way features do (a tenant transaction); returns its id. */
export async function queueEmail(dataSource: DataSource, organizationId: string, overrides: Partial<QueuedEmail> = {}): Promise<string> {
  const email = await new TenantData(dataSource).run(organizationId, (tx) =>
    enqueueEmail(tx, {
      to: 'someone@example.test',
      from: 'support@acme.test',
      fromName: 'Acme',
      subject: 'Hello',
      html: '<p>Hi</p>',
      text: 'Hi',
      tag: 'test',
      ...overrides,
    }),
  );
  return email.id;
}

/** The stored row of an email, read as the owner. */
export const emailRow = (dataSource: DataSource, id: string) => dataSource.getRepository(OutgoingEmail).findOneByOrFail({ id });

/**
 * The cross-tenant road with a switch that makes its next `failures` calls die the way a dropped
 * connection does (a database blip), without touching the database.
 */
export class FlakyCrossTenant extends CrossTenantData {
  failures = 0;
  calls = 0;

  override run<T>(purpose: CrossTenantPurpose, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.failing() ?? super.run(purpose, work);
  }

  override transaction<T>(purpose: CrossTenantPurpose, work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.failing() ?? super.transaction(purpose, work);
  }

  private failing(): Promise<never> | null {
    this.calls += 1;
    if (this.failures <= 0) return null;
    this.failures -= 1;
    return Promise.reject(new Error('Connection terminated unexpectedly'));
  }
}

/** Polls until `check` holds; fails after a generous bound (for a loaded machine), never on timing alone. */
export async function eventually(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
