import { PROOF_OF_WORK_MAX_DIFFICULTY, solveProofOfWork, type ApiErrorLike, type Sha256 } from '@actionconnect/shared';

/** A challenge from a PROOF_OF_WORK_REQUIRED answer: the portal is busy and asks the browser for some work first. */
export interface ProofOfWorkChallenge {
  challenge: string;
  difficulty: number;
}

/** A solved challenge, as `requestPortalSignIn` takes it back. */
export interface ProofOfWork {
  challenge: string;
  solution: string;
}

/** The challenge in an API answer, or null when the answer is not PROOF_OF_WORK_REQUIRED (or is malformed). */
export function proofOfWorkChallengeOf(errors: readonly ApiErrorLike[]): ProofOfWorkChallenge | null {
  const extensions = errors.find((e) => e.extensions?.code === 'PROOF_OF_WORK_REQUIRED')?.extensions;
  const challenge = extensions?.challenge;
  const difficulty = extensions?.difficulty;
  if (typeof challenge !== 'string' || challenge.length === 0 || challenge.length > 200) return null;
  if (typeof difficulty !== 'number' || !Number.isInteger(difficulty) || difficulty < 1 || difficulty > PROOF_OF_WORK_MAX_DIFFICULTY)
    return null;
  return { challenge, difficulty };
}

/** SHA-256 with the browser's Web Crypto (also in Node, for tests). */
export const webCryptoSha256: Sha256 = (data) => crypto.subtle.digest('SHA-256', data);

/**
 * Solves a challenge without freezing the page: 512 digests in flight per batch (Web Crypto runs
 * them off the main thread), then a yield to the event loop so the spinner keeps turning.
 */
export async function solveChallenge(
  challenge: ProofOfWorkChallenge,
  signal?: AbortSignal,
  sha256 = webCryptoSha256,
): Promise<ProofOfWork> {
  const solution = await solveProofOfWork(challenge.challenge, challenge.difficulty, sha256, { batchSize: 512, signal });
  return { challenge: challenge.challenge, solution };
}

/** What requestWithProofOfWork needs from the page. */
export interface ProofOfWorkSteps {
  /** The API errors in whatever `send` threw. */
  errorsOf: (error: unknown) => readonly ApiErrorLike[];
  /** Called with true while the browser works on a challenge, false when it is done. */
  onChecking: (checking: boolean) => void;
  /** How a challenge is solved (solveChallenge by default). */
  solve?: (challenge: ProofOfWorkChallenge) => Promise<ProofOfWork>;
}

/**
 * Sends a sign-in request. If the portal answers PROOF_OF_WORK_REQUIRED, solves the challenge and
 * sends the request once more with the proof; any other answer, or a second refusal, is the caller's
 * to show. Never loops: a busy portal costs one solve per click.
 */
export async function requestWithProofOfWork<T>(
  send: (proofOfWork: ProofOfWork | null) => Promise<T>,
  steps: ProofOfWorkSteps,
): Promise<T> {
  try {
    return await send(null);
  } catch (error) {
    const challenge = proofOfWorkChallengeOf(steps.errorsOf(error));
    if (!challenge) throw error;
    steps.onChecking(true);
    let proof: ProofOfWork;
    try {
      proof = await (steps.solve ?? ((c) => solveChallenge(c)))(challenge);
    } finally {
      steps.onChecking(false);
    }
    return send(proof);
  }
}
