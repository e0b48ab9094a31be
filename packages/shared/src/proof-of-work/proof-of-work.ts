// The pure part of sign-in's proof-of-work (issue 10.4): what a solution is, how it is checked and
// how it is found. The server checks with node:crypto and the portal solves with Web Crypto, so
// both pass their own SHA-256 and share this one definition.

/** SHA-256 of some bytes: node:crypto's `createHash` (sync) or the browser's `crypto.subtle.digest` (async). */
export type Sha256 = (data: Uint8Array<ArrayBuffer>) => ArrayBuffer | Uint8Array | Promise<ArrayBuffer | Uint8Array>;

/** A solution is a decimal counter of at most this many digits (below 2^53, so a JS number counts it exactly). */
export const PROOF_OF_WORK_SOLUTION_MAX_LENGTH = 15;

/** The most leading zero bits a challenge may ask for; past it a solution would take a browser minutes. */
export const PROOF_OF_WORK_MAX_DIFFICULTY = 24;

const encoder = new TextEncoder();

/** The bytes that are hashed for a candidate: the UTF-8 of the challenge followed by the solution. */
export function proofOfWorkInput(challenge: string, solution: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(challenge + solution);
}

/** How many bits at the start of a digest are zero. */
export function leadingZeroBits(digest: ArrayBuffer | Uint8Array): number {
  const bytes = digest instanceof Uint8Array ? digest : new Uint8Array(digest);
  let bits = 0;
  for (const byte of bytes) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

/** Whether a string has the shape of a solution (digits only, not too long), before any hashing. */
export function isProofOfWorkSolution(solution: string): boolean {
  return solution.length > 0 && solution.length <= PROOF_OF_WORK_SOLUTION_MAX_LENGTH && /^[0-9]+$/.test(solution);
}

/** Whether SHA-256(challenge + solution) starts with at least `difficulty` zero bits. */
export async function checkProofOfWork(challenge: string, solution: string, difficulty: number, sha256: Sha256): Promise<boolean> {
  if (!isProofOfWorkSolution(solution)) return false;
  return leadingZeroBits(await sha256(proofOfWorkInput(challenge, solution))) >= difficulty;
}

/** How a solve runs: candidates hashed per batch, what to await between batches, and how to stop. */
export interface SolveOptions {
  /** Candidates hashed concurrently before yielding (Web Crypto is faster with several digests in flight). */
  batchSize?: number;
  /** Awaited between batches so the page stays responsive; a macrotask by default. */
  pause?: () => Promise<void>;
  /** Stops the search (for example when the visitor leaves the page); the promise then rejects. */
  signal?: AbortSignal;
}

const nextMacrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Finds the smallest counter ("0", "1", …) whose SHA-256(challenge + counter) has `difficulty`
 * leading zero bits: about 2^difficulty hashes on average. Works in batches, awaiting `pause`
 * between them, so a browser tab keeps painting while it runs.
 */
export async function solveProofOfWork(challenge: string, difficulty: number, sha256: Sha256, options: SolveOptions = {}): Promise<string> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? 256));
  const pause = options.pause ?? nextMacrotask;
  const limit = 10 ** PROOF_OF_WORK_SOLUTION_MAX_LENGTH;
  for (let start = 0; start < limit; start += batchSize) {
    if (options.signal?.aborted) throw options.signal.reason ?? new Error('Proof of work aborted');
    const candidates = Array.from({ length: Math.min(batchSize, limit - start) }, (_, i) => String(start + i));
    const digests = await Promise.all(candidates.map((candidate) => sha256(proofOfWorkInput(challenge, candidate))));
    const found = digests.findIndex((digest) => leadingZeroBits(digest) >= difficulty);
    if (found >= 0) return candidates[found];
    await pause();
  }
  throw new Error('No proof-of-work solution found');
}
