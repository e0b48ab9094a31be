import type { DataSource, EntityManager } from 'typeorm';
import { badInput, DomainError, ErrorCode } from '../../errors';
import { Agent } from '../agents/agent.entity';
import { RateLimiter } from './rate-limiter';
import { unwrap } from './sign-in.service';
import { generateTotpSecret, otpauthUri, TOTP_DIGITS, verifyTotp } from './totp';

/** Guesses at an authenticator code from a signed-in session (enrolling or turning it off). */
const SETTINGS_LIMIT = { max: 10, windowMs: 900_000 };

/** The outcome of checking an agent's second factor at sign-in. */
export type SecondFactor = 'not-needed' | 'ok' | 'missing' | 'wrong';

/** The agent's own authenticator setup, and the second-factor check sign-in runs. */
export class TotpService {
  private readonly limiter: RateLimiter;

  constructor(private readonly db: DataSource) {
    this.limiter = new RateLimiter(db);
  }

  /** A new pending secret (replacing any earlier pending one); not in force until confirmed. */
  async startEnrollment(organizationId: string, agentId: string, issuer: string): Promise<{ secret: string; otpauthUri: string }> {
    const agent = await this.agent(this.db.manager, organizationId, agentId);
    if (agent.totpEnabledAt) throw new DomainError(ErrorCode.Conflict, 'Two-step verification is already on. Turn it off first.');
    const secret = generateTotpSecret();
    await this.db.getRepository(Agent).update({ id: agent.id, organizationId }, { totpSecret: secret, totpLastStep: null });
    return { secret, otpauthUri: otpauthUri(issuer, agent.email, secret) };
  }

  /** Turns the pending secret on once the agent proves their app produces its codes. */
  async confirmEnrollment(organizationId: string, agentId: string, code: string, now = new Date()): Promise<boolean> {
    await this.limiter.hit([{ key: `totp:agent:${agentId}`, limit: SETTINGS_LIMIT }], now);
    const agent = await this.agent(this.db.manager, organizationId, agentId);
    if (agent.totpEnabledAt) throw new DomainError(ErrorCode.Conflict, 'Two-step verification is already on.');
    if (!agent.totpSecret) throw badInput('Start setting up two-step verification first.', 'code');
    const step = verifyTotp(agent.totpSecret, code, now, agent.totpLastStep);
    if (step === null) throw wrongCode('code');
    await this.db.getRepository(Agent).update({ id: agent.id, organizationId }, { totpEnabledAt: now, totpLastStep: step });
    return true;
  }

  /** Turns two-step verification off; needs a current code, so a stolen session alone cannot. */
  async disable(organizationId: string, agentId: string, code: string, now = new Date()): Promise<boolean> {
    await this.limiter.hit([{ key: `totp:agent:${agentId}`, limit: SETTINGS_LIMIT }], now);
    const agent = await this.agent(this.db.manager, organizationId, agentId);
    if (!agent.totpEnabledAt || !agent.totpSecret) throw new DomainError(ErrorCode.Conflict, 'Two-step verification is not on.');
    if (verifyTotp(agent.totpSecret, code, now, agent.totpLastStep) === null) throw wrongCode('code');
    await this.db
      .getRepository(Agent)
      .update({ id: agent.id, organizationId }, { totpSecret: null, totpEnabledAt: null, totpLastStep: null });
    return true;
  }

  /**
   * Checks the second factor inside the sign-in transaction. An accepted code's step is recorded
   * with a conditional UPDATE, so the same step cannot be spent twice even by concurrent requests.
   */
  async check(m: EntityManager, organizationId: string, email: string, code: string | null | undefined, now: Date): Promise<SecondFactor> {
    const agent = await m.findOne(Agent, { where: { organizationId, email } });
    if (!agent?.totpEnabledAt || !agent.totpSecret) return 'not-needed';
    const typed = (code ?? '').replace(/\s+/g, '');
    if (!typed) return 'missing';
    const step = verifyTotp(agent.totpSecret, typed, now, agent.totpLastStep);
    if (step === null) return 'wrong';
    const rows: unknown[] = unwrap(
      await m.query(
        `UPDATE agents SET totp_last_step = $1
          WHERE id = $2 AND totp_enabled_at IS NOT NULL AND (totp_last_step IS NULL OR totp_last_step < $1)
          RETURNING id`,
        [step, agent.id],
      ),
    );
    return rows.length ? 'ok' : 'wrong';
  }

  private async agent(m: EntityManager, organizationId: string, agentId: string): Promise<Agent> {
    const agent = await m.findOne(Agent, { where: { id: agentId, organizationId } });
    if (!agent) throw new DomainError(ErrorCode.NotFound, 'Agent not found');
    return agent;
  }
}

const wrongCode = (field: string): DomainError =>
  badInput(`That code is not right. Enter the current ${TOTP_DIGITS}-digit code from your authenticator app.`, field);
