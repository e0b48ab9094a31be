import { ensureContact } from '../contacts/contact-store';
import { normalizeEmail, safeReturnPath } from '@actionconnect/shared';
import type { Logger } from 'pino';
import { IsNull } from 'typeorm';
import type { Config } from '../../config';
import type { CrossTenantData } from '../../db/cross-tenant';
import { unwrap } from '../../db/query-result';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, DomainError, ErrorCode } from '../../errors';
import { connectionKey } from '../../http/server-limits';
import { Agent } from '../agents/agent.entity';
import { Contact } from '../contacts/contact.entity';
import { renderBrandedEmail } from '../mail/render-email';
import type { OrganizationDirectory } from '../organizations/organization-directory.service';
import type { Organization } from '../organizations/organization.entity';
import type { PublicUrls } from '../organizations/public-urls';
import { enqueueEmail } from '../outbox/outbox.service';
import type { ProofOfWorkAnswer, SignInProofOfWork } from './proof-of-work';
import { SIGN_IN_LIMITS, type RateLimiter } from './rate-limiter';
import type { SessionService } from './session.service';
import { agentTokenOrganizationId } from './sign-in.cross-tenant';
import { SignInToken, type SignInPurpose } from './sign-in-token.entity';
import { newCode, newMatchChoices, newSecret, sameDigest, sha256 } from './tokens';
import { TOTP_DIGITS } from './totp';
import type { TotpService } from './totp.service';

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

/** What a sign-in request gives the device that asked: the same for known and unknown emails. */
export interface SignInStarted {
  message: string;
  /** The waiting device's secret for claiming the session once another device approved (never stored). */
  waitingHandle: string;
  /** The number the waiting device shows, for the approving device to pick. */
  matchNumber: number;
}

/** What another device's answer on the link's approval page did. */
export type LinkApproval = 'approved' | 'wrong-number' | 'refused' | 'expired';

/** Where a waiting device's claim stands: still waiting, refused on the other device, or signed in. */
export type SignInClaim = { status: 'waiting' } | { status: 'refused' } | { status: 'signed-in'; success: SignInSuccess };

const noLongerWaiting = (): DomainError =>
  badInput('This sign-in is no longer waiting for approval. Enter the code from the email, or request a new one.', 'waitingHandle');

/** What the link's confirming POST led to: a session, a dead link, or a request for the authenticator code. */
export type LinkRedemption =
  { kind: 'signed-in'; success: SignInSuccess } | { kind: 'expired' } | { kind: 'totp'; message: string; missing: boolean };

/** What sign-in works with: the two roads to SQL and its collaborators. */
export interface SignInDeps {
  tenant: TenantData;
  crossTenant: CrossTenantData;
  config: Readonly<Config>;
  urls: PublicUrls;
  organizations: OrganizationDirectory;
  sessions: SessionService;
  totp: TotpService;
  limiter: RateLimiter;
  proofOfWork: SignInProofOfWork;
  log: Pick<Logger, 'info'>;
  /** Wakes the mail worker after a sign-in email was queued. */
  onMailQueued: () => void;
}

/**
 * Magic-link and code sign-in. The answer to a request never depends on whether the email is
 * known: a token row is written either way, and an email is queued only for those allowed in.
 */
export class SignInService {
  constructor(private readonly deps: SignInDeps) {}

  /** Sends (or pretends to send) a sign-in link and code. Always returns the same message for a valid address. */
  async request(
    target: SignInTarget,
    input: { email: string; returnPath?: string | null; ip: string; proofOfWork?: ProofOfWorkAnswer | null },
    now = new Date(),
  ): Promise<SignInStarted> {
    const email = normalizeEmail(input.email);
    if (!email) throw badInput('Enter one valid email address, like name@example.com.', 'email');
    const { organization, purpose } = target;
    const network = connectionKey(input.ip);
    const mayReceive = await this.checkLimits(target, email, network, input.proofOfWork, now);
    const secret = newSecret();
    const code = newCode(SIGN_IN_CODE_LENGTH);
    const waitingHandle = newSecret();
    const match = newMatchChoices();
    const sentLink = await this.deps.tenant.run(organization.id, async (tx) => {
      const host = purpose === 'portal' ? await this.deps.urls.portalHostname(organization) : this.deps.urls.appHostname();
      const origin = purpose === 'portal' ? this.deps.urls.hostOrigin(host) : this.deps.urls.appOrigin();
      const link = `${origin}/auth/confirm?token=${secret}`;
      // A newer link voids the earlier ones for the same person and purpose asked for from the same
      // network (SECURITY.md 5); one asked for elsewhere stays valid until used or expired, so a
      // stranger cannot void the owner's link. Signing in with any of them voids the rest.
      const requesterHash = sha256(network);
      await tx.update(SignInToken, { purpose, email, requesterHash, consumedAt: IsNull() }, { consumedAt: now });
      await tx.insert(SignInToken, {
        purpose,
        email,
        tokenHash: sha256(secret),
        codeHash: sha256(`${code}:${sha256(secret)}`),
        returnPath: purpose === 'portal' ? safeReturnPath(input.returnPath ?? '/') : '/agent/',
        host,
        requesterHash,
        waitingHash: sha256(waitingHandle),
        matchNumber: match.matchNumber,
        matchChoices: match.choices.join(','),
        expiresAt: new Date(now.getTime() + SIGN_IN_TTL_MS),
      });
      if (!mayReceive) return null;
      const b = organization.branding;
      const name = purpose === 'portal' ? (b.displayName ?? organization.name) : `ActionConnect · ${organization.name}`;
      const content = renderBrandedEmail({
        organizationName: name,
        logoUrl: b.logoContentType ? `${origin}/branding/logo` : undefined,
        primaryColor: b.primaryColor,
        heading: `Sign in to ${name}`,
        paragraphs: [
          'Click the button to sign in. The link works once and expires in 15 minutes.',
          'Reading this on another device? The button there asks you to pick the number the sign-in page shows. Or type this code on the sign-in page:',
        ],
        action: { label: `Sign in to ${name}`, url: link },
        code,
        footer: "If you didn't ask to sign in, ignore this email: nobody can sign in without it.",
      });
      await enqueueEmail(tx, {
        to: email,
        from: this.deps.config.mail.from,
        fromName: name,
        subject: `Your sign-in link for ${name}`,
        html: content.html,
        text: content.text,
        tag: 'sign-in',
        // Cut from the stored email once Postmark has it (SECURITY.md 2); the dev outbox keeps them.
        secrets: [secret, code],
      });
      return link;
    });
    if (sentLink) {
      this.deps.onMailQueued();
      if (!this.deps.config.isProduction)
        this.deps.log.info({ email, purpose, link: sentLink, code }, 'development sign-in link (also in /dev/mail)');
    }
    return {
      message: `If ${email} can sign in here, we've sent a sign-in link and a ${SIGN_IN_CODE_LENGTH}-digit code to it. Both expire in 15 minutes.`,
      waitingHandle,
      matchNumber: match.matchNumber,
    };
  }

  /**
   * Counts the request against the sign-in limits (before any tenant transaction: the counters span
   * organizations) and says whether the email may be sent. Throws RATE_LIMITED per (email, network),
   * per network and per email. Past a portal's organization-wide budget it asks for a proof of work
   * instead of refusing, and a solved one lets the request past that budget only; agents have no
   * organization-wide budget, so portal traffic never locks them out or slows them down. Mail to an address that is not a contact yet
   * spends a separate organization budget; past it the answer stays the same and no mail goes out.
   * Every path reads once and counts once, so known and unknown emails cost the same.
   */
  private async checkLimits(
    target: SignInTarget,
    email: string,
    network: string,
    proofOfWork: ProofOfWorkAnswer | null | undefined,
    now: Date,
  ): Promise<boolean> {
    const { organization, purpose } = target;
    const scope = `signin:${purpose}:${organization.id}`;
    const person = sha256(email);
    await this.deps.limiter.hit(
      [
        { key: `${scope}:email-ip:${person}:${network}`, limit: SIGN_IN_LIMITS.linkPerEmailAndIp },
        { key: `signin:${purpose}:ip:${network}`, limit: SIGN_IN_LIMITS.linkPerIp },
        { key: `${scope}:email:${person}`, limit: SIGN_IN_LIMITS.linkPerEmail },
      ],
      now,
    );
    if (purpose === 'portal') {
      const usage = await this.deps.limiter.usage(`signin:org:${organization.id}`, SIGN_IN_LIMITS.linkPerOrganization, now);
      await this.deps.proofOfWork.admit(organization.id, email, usage, proofOfWork, now);
    }
    const known = await this.deps.tenant.run(organization.id, (tx) =>
      purpose === 'agent' ? tx.exists(Agent, { email }) : tx.exists(Contact, { email }),
    );
    const stranger = purpose === 'portal' && !known && organization.portalAccess === 'anyone';
    const withinBudget = await this.deps.limiter.allows(
      `${scope}:${stranger ? 'new-contact-mail' : 'known-mail'}`,
      SIGN_IN_LIMITS.newContactMailPerOrganization,
      now,
    );
    return stranger ? withinBudget : known;
  }

  /** For the agent app's confirm page: which workspace a link belongs to (the app host serves them all). */
  async agentTargetForToken(secret: string): Promise<SignInTarget | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const organizationId = await agentTokenOrganizationId(this.deps.crossTenant, sha256(secret));
    const organization = organizationId ? await this.deps.organizations.get(organizationId) : null;
    return organization ? { organization, purpose: 'agent' } : null;
  }

  /** The token behind a link, if it can still be used here; does not consume it (GET/HEAD never sign in). */
  async peek(target: SignInTarget, secret: string, host: string, now = new Date()): Promise<SignInToken | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
    const token = await this.deps.tenant.run(target.organization.id, (tx) => tx.findOneBy(SignInToken, { tokenHash: sha256(secret) }));
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
    return this.finishWithSecondFactor(target, token, totp, now, async (tx) => {
      const consumed = await this.consume(tx, `token_hash = $5`, [sha256(secret)], target, host, now);
      return consumed ? this.startSession(tx, target, consumed, host, now) : null;
    });
  }

  /**
   * Checks an agent's second factor for a pending token, then runs `signIn` in the same transaction.
   * A typed authenticator code is counted first, in its own committed statement, against the
   * token's attempt limit (like typed email codes); a missing code is not a guess.
   */
  private async finishWithSecondFactor(
    target: SignInTarget,
    token: SignInToken,
    totp: string | null,
    now: Date,
    signIn: (tx: TenantTx) => Promise<SignInSuccess | null>,
  ): Promise<LinkRedemption> {
    const typed = (totp ?? '').replace(/\s+/g, '');
    let attempts = 0;
    if (target.purpose === 'agent' && typed) {
      const rows = await this.deps.tenant.run(target.organization.id, async (tx) =>
        unwrap<{ code_attempts: number }>(
          await tx.sql(
            `UPDATE sign_in_tokens SET code_attempts = code_attempts + 1
              WHERE id = $1 AND organization_id = $2 AND consumed_at IS NULL AND code_attempts < $3
              RETURNING code_attempts`,
            [token.id, target.organization.id, SIGN_IN_LIMITS.codeAttemptsPerToken],
          ),
        ),
      );
      if (!rows[0]) return { kind: 'expired' };
      attempts = rows[0].code_attempts;
    }
    return this.deps.tenant.run(target.organization.id, async (tx): Promise<LinkRedemption> => {
      if (target.purpose === 'agent') {
        const factor = await this.deps.totp.check(target.organization.id, token.email, typed, now);
        if (factor === 'missing') return { kind: 'totp', message: totpRequired().message, missing: true };
        if (factor === 'wrong') {
          const left = SIGN_IN_LIMITS.codeAttemptsPerToken - attempts;
          return left > 0 ? { kind: 'totp', message: wrongTotp(left).message, missing: false } : { kind: 'expired' };
        }
      }
      const success = await signIn(tx);
      return success ? { kind: 'signed-in', success } : { kind: 'expired' };
    });
  }

  /**
   * Whether the browser that opened a pending link is the one that asked for it (it holds the
   * waiting handle): then the link signs it in as before. Otherwise, for a token that has a waiting
   * device, the link's page offers number matching instead.
   */
  isWaitingDevice(token: SignInToken, waitingHandle: string): boolean {
    return token.waitingHash === null || (waitingHandle !== '' && sameDigest(token.waitingHash, sha256(waitingHandle)));
  }

  /** The numbers an approval page offers for a pending link, or null when it cannot approve any more. */
  approvalChoices(token: SignInToken): number[] | null {
    if (token.waitingHash === null || token.approval !== null || !token.matchChoices) return null;
    return token.matchChoices.split(',').map(Number);
  }

  /**
   * Another device's one answer for a pending link (a same-origin POST, checked by the route):
   * the right number approves the waiting device's claim, a wrong one or "not me" (`choice` null)
   * refuses it. Either way it is the only answer: the approval path is closed after it. It never
   * signs this device in and never spends the link's code.
   */
  async approveLink(target: SignInTarget, secret: string, host: string, choice: number | null, now = new Date()): Promise<LinkApproval> {
    const token = await this.peek(target, secret, host, now);
    if (!token || this.approvalChoices(token) === null) return 'expired';
    const rows = await this.deps.tenant.run(target.organization.id, async (tx) =>
      unwrap<{ approval: 'approved' | 'refused' }>(
        await tx.sql(
          `UPDATE sign_in_tokens SET approval = CASE WHEN $3::int IS NOT NULL AND match_number = $3::int THEN 'approved' ELSE 'refused' END,
                  approval_answered_at = $4
            WHERE id = $1 AND organization_id = $2 AND approval IS NULL AND waiting_hash IS NOT NULL
              AND consumed_at IS NULL AND expires_at > $4
            RETURNING approval`,
          [token.id, target.organization.id, choice, now],
        ),
      ),
    );
    const answer = rows[0]?.approval;
    if (!answer) return 'expired';
    this.deps.log.info(
      { tokenId: token.id, purpose: target.purpose, answer: choice === null ? 'not-me' : answer },
      'sign-in approval answered',
    );
    return answer === 'approved' ? 'approved' : choice === null ? 'refused' : 'wrong-number';
  }

  /**
   * The waiting device's claim, polled while it waits: nothing yet, refused on the other device, or
   * (once approved) a session for this device, exactly once. An agent with two-step verification
   * must also send the authenticator code (TOTP_REQUIRED otherwise) before the session exists.
   * A missing, wrong, spent or expired handle is BAD_USER_INPUT on `waitingHandle`.
   */
  async claim(
    target: SignInTarget,
    input: { waitingHandle: string; totp?: string | null; host: string },
    now = new Date(),
  ): Promise<SignInClaim> {
    const handle = input.waitingHandle.trim();
    if (!handle) throw badInput('Send the waiting handle from the sign-in request.', 'waitingHandle');
    if (!/^[A-Za-z0-9_-]{43}$/.test(handle)) throw noLongerWaiting();
    const waitingHash = sha256(handle);
    const token = await this.deps.tenant.run(target.organization.id, (tx) => tx.findOneBy(SignInToken, { waitingHash }));
    if (!token || !this.usable(token, target, input.host, now)) throw noLongerWaiting();
    if (token.approval === null) return { status: 'waiting' };
    if (token.approval === 'refused') return { status: 'refused' };
    const result = await this.finishWithSecondFactor(target, token, input.totp ?? null, now, async (tx) => {
      const consumed = await this.consume(tx, `waiting_hash = $5 AND approval = 'approved'`, [waitingHash], target, input.host, now);
      if (!consumed) throw noLongerWaiting();
      const success = await this.startSession(tx, target, consumed, input.host, now);
      if (!success) throw new DomainError(ErrorCode.Forbidden, 'This email cannot sign in here.');
      return success;
    });
    if (result.kind === 'signed-in') return { status: 'signed-in', success: result.success };
    if (result.kind === 'totp') throw result.missing ? totpRequired() : badInput(result.message, 'totp');
    throw noLongerWaiting();
  }

  /** Whether the person a pending link signs in has two-step verification on (the confirm page asks for the code). */
  async linkNeedsTotp(target: SignInTarget, token: SignInToken): Promise<boolean> {
    if (target.purpose !== 'agent') return false;
    return this.deps.totp.isEnabled(target.organization.id, token.email);
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
    await this.deps.limiter.hit([{ key: `signin-code:ip:${connectionKey(input.ip)}`, limit: SIGN_IN_LIMITS.codePerIp }], now);
    // Several links can be live for one email (one asked for elsewhere does not void the owner's),
    // so the code is compared with each, and the attempt counts on each: every token still gets at
    // most 5 guesses. The attempt is counted in its own statement, committed before the code is
    // compared, so a wrong code (which throws) cannot roll the count back.
    const rows = await this.deps.tenant.run(target.organization.id, async (tx) =>
      unwrap<{ id: string; code_hash: string; token_hash: string; code_attempts: number }>(
        await tx.sql(
          `UPDATE sign_in_tokens SET code_attempts = code_attempts + 1
            WHERE organization_id = $1 AND purpose = $2 AND email = $3 AND consumed_at IS NULL AND expires_at > $4
              AND code_attempts < $5
            RETURNING id, code_hash, token_hash, code_attempts`,
          [target.organization.id, target.purpose, email, now, SIGN_IN_LIMITS.codeAttemptsPerToken],
        ),
      ),
    );
    if (!rows[0]) throw invalidCode(0);
    const row = rows.find((r) => sameDigest(r.code_hash, sha256(`${code}:${r.token_hash}`)));
    if (!row) throw invalidCode(SIGN_IN_LIMITS.codeAttemptsPerToken - Math.min(...rows.map((r) => r.code_attempts)));
    // The second factor is checked before the token is consumed, so a missing or wrong
    // authenticator code leaves the email code usable (within its attempt limit).
    const result = await this.deps.tenant.run(target.organization.id, async (tx): Promise<SignInSuccess | 'totp-missing'> => {
      if (target.purpose === 'agent') {
        const factor = await this.deps.totp.check(target.organization.id, email, input.totp, now);
        if (factor === 'missing') return 'totp-missing';
        if (factor === 'wrong') throw wrongTotp(SIGN_IN_LIMITS.codeAttemptsPerToken - row.code_attempts);
      }
      const consumed = await this.consume(tx, `id = $5`, [row.id], target, null, now);
      if (!consumed) throw invalidCode(0);
      const success = await this.startSession(tx, target, consumed, input.host, now);
      if (!success) throw new DomainError(ErrorCode.Forbidden, 'This email cannot sign in here.');
      return success;
    });
    if (result === 'totp-missing') {
      // Being asked for the second factor is not a guess: give the attempt back.
      await this.deps.tenant.run(target.organization.id, (tx) =>
        tx.sql(
          `UPDATE sign_in_tokens SET code_attempts = code_attempts - 1 WHERE id = ANY($1::uuid[]) AND organization_id = $2 AND code_attempts > 0`,
          [rows.map((r) => r.id), target.organization.id],
        ),
      );
      throw totpRequired();
    }
    return result;
  }

  private async consume(
    tx: TenantTx,
    where: string,
    params: unknown[],
    target: SignInTarget,
    host: string | null,
    now: Date,
  ): Promise<SignInToken | null> {
    const rows = unwrap<{ id: string }>(
      await tx.sql(
        `UPDATE sign_in_tokens SET consumed_at = $1
          WHERE ${where} AND consumed_at IS NULL AND expires_at > $1 AND organization_id = $2 AND purpose = $3
            AND ($4::text IS NULL OR host = $4)
          RETURNING id`,
        [now, target.organization.id, target.purpose, host, ...params],
      ),
    );
    if (!rows[0]) return null;
    const token = await tx.findOneBy(SignInToken, { id: rows[0].id });
    // Signing in spends every other pending link for the same person and purpose.
    if (token) await tx.update(SignInToken, { purpose: target.purpose, email: token.email, consumedAt: IsNull() }, { consumedAt: now });
    return token;
  }

  private async startSession(
    tx: TenantTx,
    target: SignInTarget,
    token: SignInToken,
    host: string,
    now: Date,
  ): Promise<SignInSuccess | null> {
    const organizationId = target.organization.id;
    if (target.purpose === 'agent') {
      const agent = await tx.findOneBy(Agent, { email: token.email });
      if (!agent) return null;
      const { secret, session } = await this.deps.sessions.create({ kind: 'agent', organizationId, agentId: agent.id, host }, now);
      return { secret, returnPath: '/agent/', maxAgeSeconds: Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000) };
    }
    if (target.organization.portalAccess === 'known_contacts' && !(await tx.exists(Contact, { email: token.email }))) return null;
    const contact = await ensureContact(tx, token.email);
    const { secret, session } = await this.deps.sessions.create({ kind: 'contact', organizationId, contactId: contact.id, host }, now);
    return {
      secret,
      returnPath: safeReturnPath(token.returnPath),
      maxAgeSeconds: Math.floor((session.expiresAt.getTime() - now.getTime()) / 1000),
    };
  }
}
