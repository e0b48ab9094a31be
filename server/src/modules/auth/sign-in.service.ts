import { normalizeEmail, safeReturnPath } from '@actionconnect/shared';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { badInput, DomainError, ErrorCode } from '../../errors';
import type { PublicUrls } from '../../http/public-urls';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { renderBrandedEmail } from '../mail/render-email';
import { Organization } from '../organizations/organization.entity';
import { enqueueEmail } from '../outbox/outbox.service';
import { RateLimiter, SIGN_IN_LIMITS } from './rate-limiter';
import { SessionService } from './session.service';
import { SignInToken, type SignInPurpose } from './sign-in-token.entity';
import { newCode, newSecret, sameDigest, sha256 } from './tokens';
import { TOTP_DIGITS } from './totp';
import { TotpService } from './totp.service';

/** Link and code lifetime: 15 minutes (SECURITY.md 3). */
export const SIGN_IN_TTL_MS = 15 * 60_000;
/** Length of the typed code (SECURITY.md 7). */
export const SIGN_IN_CODE_LENGTH = 6;

/** Who signs in where: a contact on one portal, or an agent in the agent app. */
export interface SignInTarget {
  organization: Organization;
  purpose: SignInPurpose;
}

/** A session ready to be written to the cookie. */
export interface SignInSuccess {
  secret: string;
  returnPath: string;
  maxAgeSeconds: number;
}

const invalidCode = (attemptsLeft: number): DomainError =>
  badInput(
    attemptsLeft > 0
      ? `That code is not right. ${attemptsLeft} attempt${attemptsLeft === 1 ? '' : 's'} left.`
      : 'That code is no longer valid. Request a new sign-in email.',
    'code',
  );

const totpRequired = (): DomainError =>
  new DomainError(ErrorCode.TotpRequired, `Enter the ${TOTP_DIGITS}-digit code from your authenticator app.`, { field: 'totp' });

const wrongTotp = (attemptsLeft: number): DomainError =>
  attemptsLeft > 0
    ? badInput(`That authenticator code is not right. ${attemptsLeft} attempt${attemptsLeft === 1 ? '' : 's'} left.`, 'totp')
    : invalidCode(0);

/** What the link's confirming POST led to: a session, a dead link, or a request for the authenticator code. */
export type LinkRedemption = { kind: 'signed-in'; success: SignInSuccess } | { kind: 'expired' } | { kind: 'totp'; message: string };

/**
 * Magic-link and code sign-in. The answer to a request never depends on whether the email is
 * known: a token row is written either way, and an email is queued only for those allowed in.
 */
export class SignInService {
  private readonly limiter: RateLimiter;
  private readonly sessions: SessionService;
  readonly totp: TotpService;

  constructor(
    private readonly db: DataSource,
    private readonly config: Readonly<Config>,
    private readonly urls: PublicUrls,
    private readonly log: Pick<Logger, 'info'>,
    private readonly onMailQueued: () => void,
  ) {
    this.limiter = new RateLimiter(db);
    this.sessions = new SessionService(db);
    this.totp = new TotpService(db);
  }

  /** Sends (or pretends to send) a sign-in link and code. Always returns the same message for a valid address. */
  async request(target: SignInTarget, input: { email: string; returnPath?: string | null; ip: string }, now = new Date()): Promise<string> {
    const email = normalizeEmail(input.email);
    if (!email) throw badInput('Enter one valid email address, like name@example.com.', 'email');
    const { organization, purpose } = target;
    await this.limiter.hit(
      [
        { key: `signin:${purpose}:${organization.id}:email:${email}`, limit: SIGN_IN_LIMITS.linkPerEmail },
        { key: `signin:ip:${input.ip}`, limit: SIGN_IN_LIMITS.linkPerIp },
        { key: `signin:org:${organization.id}`, limit: SIGN_IN_LIMITS.linkPerOrganization },
      ],
      now,
    );
    const secret = newSecret();
    const code = newCode(SIGN_IN_CODE_LENGTH);
    const host = purpose === 'portal' ? await this.urls.portalHostname(organization) : this.urls.appHostname();
    const origin = purpose === 'portal' ? await this.urls.portalOrigin(organization) : this.urls.appOrigin();
    const link = `${origin}/auth/confirm?token=${secret}`;
    const queued = await this.db.transaction(async (m) => {
      // A newer link voids every earlier one for the same person and purpose (SECURITY.md 5).
      await m.query(
        `UPDATE sign_in_tokens SET consumed_at = $1 WHERE organization_id = $2 AND purpose = $3 AND email = $4 AND consumed_at IS NULL`,
        [now, organization.id, purpose, email],
      );
      const token = m.create(SignInToken, {
        organizationId: organization.id,
        purpose,
        email,
        tokenHash: sha256(secret),
        codeHash: sha256(`${code}:${sha256(secret)}`),
        returnPath: purpose === 'portal' ? safeReturnPath(input.returnPath ?? '/') : '/agent/',
        host,
        expiresAt: new Date(now.getTime() + SIGN_IN_TTL_MS),
      });
      await m.save(token);
      if (!(await this.mayReceiveLink(m, target, email))) return false;
      const b = organization.branding;
      const name = purpose === 'portal' ? (b.displayName ?? organization.name) : `ActionConnect · ${organization.name}`;
      const content = renderBrandedEmail({
        organizationName: name,
        logoUrl: b.logoContentType ? `${origin}/branding/logo` : undefined,
        primaryColor: b.primaryColor,
        heading: `Sign in to ${name}`,
        paragraphs: [
          'Click the button to sign in. The link works once and expires in 15 minutes.',
          'On another device? Type this code on the sign-in page instead:',
        ],
        action: { label: `Sign in to ${name}`, url: link },
        code,
        footer: "If you didn't ask to sign in, ignore this email: nobody can sign in without it.",
      });
      await enqueueEmail(m, {
        organizationId: organization.id,
        to: email,
        from: this.config.mail.from,
        fromName: name,
        subject: `Your sign-in link for ${name}`,
        html: content.html,
        text: content.text,
        tag: 'sign-in',
      });
      return true;
    });
    if (queued) {
      this.onMailQueued();
      if (!this.config.isProduction) this.log.info({ email, purpose, link, code }, 'development sign-in link (also in /dev/mail)');
    }
    return `If ${email} can sign in here, we've sent a sign-in link and a ${SIGN_IN_CODE_LENGTH}-digit code to it. Both expire in 15 minutes.`;
  }

  private async mayReceiveLink(m: EntityManager, target: SignInTarget, email: string): Promise<boolean> {
    const organizationId = target.organization.id;
    if (target.purpose === 'agent') return m.exists(Agent, { where: { organizationId, email } });
    if (target.organization.portalAccess === 'anyone') return true;
    return m.exists(Contact, { where: { organizationId, email } });
  }

  /** For the agent app's confirm page: which workspace a link belongs to (the app host serves them all). */
  async agentTargetForToken(secret: string): Promise<SignInTarget | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const token = await this.db.getRepository(SignInToken).findOne({ where: { tokenHash: sha256(secret) } });
    if (!token || token.purpose !== 'agent') return null;
    const organization = await this.db.getRepository(Organization).findOne({ where: { id: token.organizationId } });
    return organization ? { organization, purpose: 'agent' } : null;
  }

  /** The token behind a link, if it can still be used here; does not consume it (GET/HEAD never sign in). */
  async peek(target: SignInTarget, secret: string, host: string, now = new Date()): Promise<SignInToken | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const token = await this.db.getRepository(SignInToken).findOne({ where: { tokenHash: sha256(secret) } });
    if (!token || !this.usable(token, target, host, now)) return null;
    return token;
  }

  private usable(token: SignInToken, target: SignInTarget, host: string, now: Date): boolean {
    return (
      token.consumedAt === null &&
      token.expiresAt.getTime() > now.getTime() &&
      token.organizationId === target.organization.id &&
      token.purpose === target.purpose &&
      token.host === host
    );
  }

  /**
   * Redeems a link (the confirming POST). Exactly one of concurrent redemptions wins. An agent with
   * two-step verification must also send an authenticator code; a wrong one leaves the link unspent
   * and counts against the same per-token attempt limit as typed email codes.
   */
  async redeemLink(
    target: SignInTarget,
    secret: string,
    host: string,
    totp: string | null = null,
    now = new Date(),
  ): Promise<LinkRedemption> {
    const token = await this.peek(target, secret, host, now);
    if (!token) return { kind: 'expired' };
    const typed = (totp ?? '').replace(/\s+/g, '');
    let attempts = 0;
    if (target.purpose === 'agent' && typed) {
      // Counted in its own committed statement, like typed email codes, before the code is compared.
      const rows: { code_attempts: number }[] = unwrap(
        await this.db.query(
          `UPDATE sign_in_tokens SET code_attempts = code_attempts + 1
            WHERE id = $1 AND consumed_at IS NULL AND code_attempts < $2
            RETURNING code_attempts`,
          [token.id, SIGN_IN_LIMITS.codeAttemptsPerToken],
        ),
      );
      if (!rows[0]) return { kind: 'expired' };
      attempts = rows[0].code_attempts;
    }
    return this.db.transaction(async (m): Promise<LinkRedemption> => {
      if (target.purpose === 'agent') {
        const factor = await this.totp.check(m, target.organization.id, token.email, typed, now);
        if (factor === 'missing') return { kind: 'totp', message: totpRequired().message };
        if (factor === 'wrong') {
          const left = SIGN_IN_LIMITS.codeAttemptsPerToken - attempts;
          return left > 0 ? { kind: 'totp', message: wrongTotp(left).message } : { kind: 'expired' };
        }
      }
      const consumed = await this.consume(m, `token_hash = $5`, [sha256(secret)], target, host, now);
      const success = consumed ? await this.startSession(m, target, consumed, host, now) : null;
      return success ? { kind: 'signed-in', success } : { kind: 'expired' };
    });
  }

  /** Whether the person a pending link signs in has two-step verification on (the confirm page asks for the code). */
  async linkNeedsTotp(target: SignInTarget, token: SignInToken): Promise<boolean> {
    if (target.purpose !== 'agent') return false;
    const agent = await this.db.getRepository(Agent).findOne({ where: { organizationId: target.organization.id, email: token.email } });
    return Boolean(agent?.totpEnabledAt);
  }

  /** Signs in with the typed code; a few attempts per token, then the token is dead. */
  async redeemCode(
    target: SignInTarget,
    input: { email: string; code: string; totp?: string | null; ip: string; host: string },
    now = new Date(),
  ): Promise<SignInSuccess> {
    const email = normalizeEmail(input.email);
    if (!email) throw badInput('Enter one valid email address, like name@example.com.', 'email');
    const code = input.code.replace(/\s+/g, '');
    if (!new RegExp(`^\\d{${SIGN_IN_CODE_LENGTH}}$`).test(code))
      throw badInput(`Enter the ${SIGN_IN_CODE_LENGTH}-digit code from the email.`, 'code');
    await this.limiter.hit([{ key: `signin-code:ip:${input.ip}`, limit: SIGN_IN_LIMITS.codePerIp }], now);
    // The attempt is counted in its own statement, committed before the code is compared, so a
    // wrong code (which throws) cannot roll the count back.
    const rows: { id: string; code_hash: string; token_hash: string; code_attempts: number }[] = unwrap(
      await this.db.query(
        `UPDATE sign_in_tokens SET code_attempts = code_attempts + 1
          WHERE id = (SELECT id FROM sign_in_tokens
                       WHERE organization_id = $1 AND purpose = $2 AND email = $3 AND consumed_at IS NULL AND expires_at > $4
                       ORDER BY created_at DESC LIMIT 1)
            AND code_attempts < $5
          RETURNING id, code_hash, token_hash, code_attempts`,
        [target.organization.id, target.purpose, email, now, SIGN_IN_LIMITS.codeAttemptsPerToken],
      ),
    );
    const row = rows[0];
    if (!row) throw invalidCode(0);
    if (!sameDigest(row.code_hash, sha256(`${code}:${row.token_hash}`))) {
      throw invalidCode(SIGN_IN_LIMITS.codeAttemptsPerToken - row.code_attempts);
    }
    // The second factor is checked before the token is consumed, so a missing or wrong
    // authenticator code leaves the email code usable (within its attempt limit).
    const result = await this.db.transaction(async (m): Promise<SignInSuccess | 'totp-missing'> => {
      if (target.purpose === 'agent') {
        const factor = await this.totp.check(m, target.organization.id, email, input.totp, now);
        if (factor === 'missing') return 'totp-missing';
        if (factor === 'wrong') throw wrongTotp(SIGN_IN_LIMITS.codeAttemptsPerToken - row.code_attempts);
      }
      const consumed = await this.consume(m, `id = $5`, [row.id], target, null, now);
      if (!consumed) throw invalidCode(0);
      const success = await this.startSession(m, target, consumed, input.host, now);
      if (!success) throw new DomainError(ErrorCode.Forbidden, 'This email cannot sign in here.');
      return success;
    });
    if (result === 'totp-missing') {
      // Being asked for the second factor is not a guess: give the attempt back.
      await this.db.query(`UPDATE sign_in_tokens SET code_attempts = code_attempts - 1 WHERE id = $1 AND code_attempts > 0`, [row.id]);
      throw totpRequired();
    }
    return result;
  }

  private async consume(
    m: EntityManager,
    where: string,
    params: unknown[],
    target: SignInTarget,
    host: string | null,
    now: Date,
  ): Promise<SignInToken | null> {
    const rows: { id: string }[] = unwrap(
      await m.query(
        `UPDATE sign_in_tokens SET consumed_at = $1
          WHERE ${where} AND consumed_at IS NULL AND expires_at > $1 AND organization_id = $2 AND purpose = $3
            AND ($4::text IS NULL OR host = $4)
          RETURNING id`,
        [now, target.organization.id, target.purpose, host, ...params],
      ),
    );
    if (!rows[0]) return null;
    return m.getRepository(SignInToken).findOneOrFail({ where: { id: rows[0].id } });
  }

  private async startSession(
    m: EntityManager,
    target: SignInTarget,
    token: SignInToken,
    host: string,
    now: Date,
  ): Promise<SignInSuccess | null> {
    const organizationId = target.organization.id;
    if (target.purpose === 'agent') {
      const agent = await m.findOne(Agent, { where: { organizationId, email: token.email } });
      if (!agent) return null;
      const { secret, session } = await this.sessions.create(m, { kind: 'agent', organizationId, agentId: agent.id, host }, now);
      return { secret, returnPath: '/agent/', maxAgeSeconds: Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000) };
    }
    if (
      target.organization.portalAccess === 'known_contacts' &&
      !(await m.exists(Contact, { where: { organizationId, email: token.email } }))
    )
      return null;
    // The same email always means the same contact: insert once, then read whichever row exists.
    await m.query(`INSERT INTO contacts (organization_id, email) VALUES ($1, $2) ON CONFLICT (organization_id, email) DO NOTHING`, [
      organizationId,
      token.email,
    ]);
    const contact = await m.findOneOrFail(Contact, { where: { organizationId, email: token.email } });
    const { secret, session } = await this.sessions.create(m, { kind: 'contact', organizationId, contactId: contact.id, host }, now);
    return {
      secret,
      returnPath: safeReturnPath(token.returnPath),
      maxAgeSeconds: Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000),
    };
  }
}

/** TypeORM returns `[rows, count]` for UPDATE … RETURNING on PostgreSQL, and rows for INSERT. */
export function unwrap<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
