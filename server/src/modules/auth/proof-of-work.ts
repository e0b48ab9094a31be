import { createHash, randomBytes } from 'node:crypto';
import { checkProofOfWork, PROOF_OF_WORK_MAX_DIFFICULTY } from '@actionconnect/shared';
import type { Signer } from '../../auth/signer';
import { badInput, DomainError, ErrorCode } from '../../errors';
import type { RateLimiter } from './rate-limiter';
import { sha256 } from './tokens';

/**
 * Proof of work for portal sign-in once an organization's portal budget is spent (issue 10.4):
 * instead of refusing everyone, the server hands out a challenge that costs a browser about
 * 2^difficulty SHA-256 hashes (a second or two at 18 bits) and lets a request that solved it past
 * that one budget. A flood then costs the flooder CPU per request while people still get in.
 */
export const PROOF_OF_WORK = {
  /** How long a challenge may be solved and sent back. */
  ttlMs: 2 * 60_000,
  /** Leading zero bits asked for just past the budget: ~262,000 hashes. */
  baseDifficulty: 18,
  /** One more bit (twice the work) each time the organization's traffic doubles past the budget, up to this. */
  maxDifficulty: 22,
} as const;

/** A challenge as the API hands it out: the signed token and how many leading zero bits to find. */
export interface ProofOfWorkChallenge {
  challenge: string;
  difficulty: number;
}

/** A solved challenge as the client sends it back. */
export interface ProofOfWorkAnswer {
  challenge: string;
  solution: string;
}

// expiry (ms) . difficulty . nonce (128 bits) . the signer's MAC (128 bits), the last two base64url.
const CHALLENGE_SHAPE = /^(\d{13})\.(\d{1,2})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

/** What challenges are signed under: no other signed value (a list cursor) can pass for one. */
const SIGNING_CONTEXT = 'sign-in-proof-of-work/v1';

const nodeSha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

/** The difficulty for a budget used `usage` times over (1 = just at it): one bit per doubling. */
export function difficultyFor(usage: number): number {
  const extra = usage > 1 ? Math.floor(Math.log2(usage)) : 0;
  return Math.min(PROOF_OF_WORK.maxDifficulty, PROOF_OF_WORK.baseDifficulty + Math.max(0, extra));
}

/** `PROOF_OF_WORK_REQUIRED`: solve the challenge in the extensions and send the request again with it. */
export const proofOfWorkRequired = (challenge: ProofOfWorkChallenge): DomainError =>
  new DomainError(ErrorCode.ProofOfWorkRequired, 'Many people are signing in right now. Your browser needs to do a quick check first.', {
    challenge: challenge.challenge,
    difficulty: challenge.difficulty,
  });

const failedCheck = (): DomainError => badInput('The browser check did not pass. Please try again.', 'proofOfWork');
const expiredCheck = (): DomainError => badInput('The browser check took too long. Please try again.', 'proofOfWork');

/**
 * Issues and checks challenges. A challenge is stateless until used: the server's signer (HMAC
 * with the key the database keeps for every instance) binds the organization, the email's hash,
 * the expiry, the difficulty and a random nonce, so it cannot be moved to another organization or
 * email, extended or made easier. Its hash is recorded when it is accepted, so each one lets
 * exactly one request through.
 */
export class SignInProofOfWork {
  constructor(
    private readonly signer: Signer,
    private readonly limiter: RateLimiter,
  ) {}

  /** A new challenge for one email on one organization's portal. */
  issue(organizationId: string, email: string, difficulty: number, now = new Date()): ProofOfWorkChallenge {
    const expires = String(now.getTime() + PROOF_OF_WORK.ttlMs).padStart(13, '0');
    const nonce = randomBytes(16).toString('base64url');
    const mac = this.signer.sign(SIGNING_CONTEXT, this.signed(organizationId, email, expires, difficulty, nonce));
    return { challenge: `${expires}.${difficulty}.${nonce}.${mac}`, difficulty };
  }

  /**
   * Lets a request past the organization's portal budget: passes when no proof is needed; asks for
   * one (PROOF_OF_WORK_REQUIRED) when there is none; answers BAD_USER_INPUT for a proof that is
   * forged, for another organization or email, expired, short of its difficulty or already used.
   */
  async admit(
    organizationId: string,
    email: string,
    usage: number,
    answer: ProofOfWorkAnswer | null | undefined,
    now = new Date(),
  ): Promise<void> {
    if (usage <= 1) return;
    if (!answer) throw proofOfWorkRequired(this.issue(organizationId, email, difficultyFor(usage), now));
    const match = CHALLENGE_SHAPE.exec(answer.challenge);
    if (!match) throw failedCheck();
    const [, expires, bits, nonce, mac] = match;
    const difficulty = Number(bits);
    if (!this.signer.verify(SIGNING_CONTEXT, this.signed(organizationId, email, expires, difficulty, nonce), mac)) throw failedCheck();
    if (difficulty < PROOF_OF_WORK.baseDifficulty || difficulty > PROOF_OF_WORK_MAX_DIFFICULTY) throw failedCheck();
    const expiresAt = Number(expires);
    if (expiresAt <= now.getTime()) throw expiredCheck();
    if (!(await checkProofOfWork(answer.challenge, answer.solution, difficulty, nodeSha256))) throw failedCheck();
    // Last, so a refused proof does not spend its challenge; the expiry keeps the row until pruned.
    if (!(await this.limiter.claimOnce(`signin:pow-used:${sha256(answer.challenge)}`, new Date(expiresAt)))) throw failedCheck();
  }

  private signed(organizationId: string, email: string, expires: string, difficulty: number, nonce: string): string {
    return `${organizationId}|${sha256(email)}|${expires}|${difficulty}|${nonce}`;
  }
}
