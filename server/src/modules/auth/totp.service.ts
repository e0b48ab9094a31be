import type { TenantData, TenantTx } from '../../db/tenant';
import { unwrap } from '../../db/query-result';
import { badInput, DomainError, ErrorCode } from '../../errors';
import { Agent } from '../agents/agent.entity';
import type { RateLimiter } from './rate-limiter';
import { generateTotpSecret, otpauthUri, TOTP_DIGITS, verifyTotp } from './totp';

/** Guesses at an authenticator code from a signed-in session (enrolling or turning it off). */
const SETTINGS_LIMIT = { max: 10, windowMs: 900_000 };

/** The outcome of checking an agent's second factor at sign-in. */
export type SecondFactor = 'not-needed' | 'ok' | 'missing' | 'wrong';

/** The agent's own authenticator setup, and the second-factor check sign-in runs. */
export class TotpService {
  constructor(
    private readonly tenant: TenantData,
    private readonly limiter: RateLimiter,
  ) {}

  /** A new pending secret (replacing any earlier pending one); not in force until confirmed. */
  startEnrollment(organizationId: string, agentId: string, issuer: string): Promise<{ secret: string; otpauthUri: string }> {
    return this.tenant.run(organizationId, async (tx) => {
      const agent = await this.agent(tx, agentId);
      if (agent.totpEnabledAt) throw new DomainError(ErrorCode.Conflict, 'Two-step verification is already on. Turn it off first.');
      const secret = generateTotpSecret();
      await tx.update(Agent, { id: agent.id }, { totpSecret: secret, totpLastStep: null });
      return { secret, otpauthUri: otpauthUri(issuer, agent.email, secret) };
    });
  }

  /** Turns the pending secret on once the agent proves their app produces its codes. */
  async confirmEnrollment(organizationId: string, agentId: string, code: string, now = new Date()): Promise<boolean> {
    await this.limiter.hit([{ key: `totp:agent:${agentId}`, limit: SETTINGS_LIMIT }], now);
    return this.tenant.run(organizationId, async (tx) => {
      const agent = await this.agent(tx, agentId);
      if (agent.totpEnabledAt) throw new DomainError(ErrorCode.Conflict, 'Two-step verification is already on.');
      if (!agent.totpSecret) throw badInput('Start setting up two-step verification first.', 'code');
      const step = verifyTotp(agent.totpSecret, code, now, agent.totpLastStep);
      if (step === null) throw wrongCode('code');
      await tx.update(Agent, { id: agent.id }, { totpEnabledAt: now, totpLastStep: step });
      return true;
    });
  }

  /** Turns two-step verification off; needs a current code, so a stolen session alone cannot. */
  async disable(organizationId: string, agentId: string, code: string, now = new Date()): Promise<boolean> {
    await this.limiter.hit([{ key: `totp:agent:${agentId}`, limit: SETTINGS_LIMIT }], now);
    return this.tenant.run(organizationId, async (tx) => {
      const agent = await this.agent(tx, agentId);
      if (!agent.totpEnabledAt || !agent.totpSecret) throw new DomainError(ErrorCode.Conflict, 'Two-step verification is not on.');
      if (verifyTotp(agent.totpSecret, code, now, agent.totpLastStep) === null) throw wrongCode('code');
      await tx.update(Agent, { id: agent.id }, { totpSecret: null, totpEnabledAt: null, totpLastStep: null });
      return true;
    });
  }

  /** Whether the agent with this email has two-step verification on. */
  async isEnabled(organizationId: string, email: string): Promise<boolean> {
    const agent = await this.tenant.run(organizationId, (tx) => tx.findOneBy(Agent, { email }));
    return Boolean(agent?.totpEnabledAt);
  }

  /**
   * Checks the second factor (inside the sign-in transaction, which this joins). An accepted code's
   * step is recorded with a conditional UPDATE, so the same step cannot be spent twice even by
   * concurrent requests.
   */
  check(organizationId: string, email: string, code: string | null | undefined, now: Date): Promise<SecondFactor> {
    return this.tenant.run(organizationId, async (tx) => {
      const agent = await tx.findOneBy(Agent, { email });
      if (!agent?.totpEnabledAt || !agent.totpSecret) return 'not-needed';
      const typed = (code ?? '').replace(/\s+/g, '');
      if (!typed) return 'missing';
      const step = verifyTotp(agent.totpSecret, typed, now, agent.totpLastStep);
      if (step === null) return 'wrong';
      const rows = unwrap(
        await tx.sql(
          `UPDATE agents SET totp_last_step = $1
            WHERE id = $2 AND organization_id = $3 AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $1)
            RETURNING id`,
          [step, agent.id, organizationId],
        ),
      );
      return rows.length ? 'ok' : 'wrong';
    });
  }

  private async agent(tx: TenantTx, agentId: string): Promise<Agent> {
    const agent = await tx.findOneBy(Agent, { id: agentId });
    if (!agent) throw new DomainError(ErrorCode.NotFound, 'Agent not found');
    return agent;
  }
}

const wrongCode = (field: string): DomainError =>
  badInput(`That code is not right. Enter the current ${TOTP_DIGITS}-digit code from your authenticator app.`, field);
