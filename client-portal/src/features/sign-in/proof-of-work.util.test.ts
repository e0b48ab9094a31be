import { describe, expect, it } from '@jest/globals';
import { checkProofOfWork, type ApiErrorLike } from '@actionconnect/shared';
import { proofOfWorkChallengeOf, requestWithProofOfWork, solveChallenge, webCryptoSha256, type ProofOfWork } from './proof-of-work.util';

const busy = (challenge = 'c.18.abc', difficulty: unknown = 10): ApiErrorLike => ({
  message: 'Many people are signing in right now.',
  extensions: { code: 'PROOF_OF_WORK_REQUIRED', challenge, difficulty },
});

/** What Apollo throws, reduced to what errorsOf reads. */
class ApiFailure extends Error {
  constructor(readonly errors: ApiErrorLike[]) {
    super(errors[0]?.message);
  }
}
const errorsOf = (error: unknown): readonly ApiErrorLike[] => (error instanceof ApiFailure ? error.errors : []);

describe('reading a PROOF_OF_WORK_REQUIRED answer', () => {
  it('finds the challenge and difficulty', () => {
    expect(proofOfWorkChallengeOf([busy('token', 18)])).toEqual({ challenge: 'token', difficulty: 18 });
  });

  it('ignores other errors and malformed challenges, so the page shows them as usual', () => {
    expect(proofOfWorkChallengeOf([{ message: 'Too many attempts', extensions: { code: 'RATE_LIMITED' } }])).toBeNull();
    expect(proofOfWorkChallengeOf([busy('', 18)])).toBeNull();
    expect(proofOfWorkChallengeOf([busy('x'.repeat(201), 18)])).toBeNull();
    for (const difficulty of ['18', 0, 18.5, 40]) expect(proofOfWorkChallengeOf([busy('token', difficulty)])).toBeNull();
  });
});

describe('the browser check', () => {
  it('solves with Web Crypto a challenge that the shared checker accepts', async () => {
    const proof = await solveChallenge({ challenge: 'portal-challenge', difficulty: 10 });
    expect(proof.challenge).toBe('portal-challenge');
    await expect(checkProofOfWork(proof.challenge, proof.solution, 10, webCryptoSha256)).resolves.toBe(true);
  });

  it('sends once when the portal is not busy, and never solves', async () => {
    const sent: (ProofOfWork | null)[] = [];
    const checking: boolean[] = [];
    const answer = await requestWithProofOfWork(
      async (proof) => {
        sent.push(proof);
        return 'sent';
      },
      { errorsOf, onChecking: (on) => checking.push(on) },
    );
    expect(answer).toBe('sent');
    expect(sent).toEqual([null]);
    expect(checking).toEqual([]);
  });

  it('on PROOF_OF_WORK_REQUIRED solves, shows "checking" meanwhile, and sends again by itself with the proof', async () => {
    const sent: (ProofOfWork | null)[] = [];
    const checking: boolean[] = [];
    const answer = await requestWithProofOfWork(
      async (proof) => {
        sent.push(proof);
        if (!proof) throw new ApiFailure([busy('portal-challenge', 8)]);
        return 'sent';
      },
      { errorsOf, onChecking: (on) => checking.push(on) },
    );
    expect(answer).toBe('sent');
    expect(sent).toHaveLength(2);
    expect(sent[1]?.challenge).toBe('portal-challenge');
    await expect(checkProofOfWork('portal-challenge', sent[1]?.solution ?? '', 8, webCryptoSha256)).resolves.toBe(true);
    expect(checking).toEqual([true, false]);
  });

  it('does not loop: a second refusal, or any other error, goes to the page', async () => {
    let sends = 0;
    const refusal = new ApiFailure([
      { message: 'The browser check did not pass.', extensions: { code: 'BAD_USER_INPUT', field: 'proofOfWork' } },
    ]);
    const solve = async () => ({ challenge: 'c', solution: '0' });
    await expect(
      requestWithProofOfWork(
        async (proof) => {
          sends += 1;
          throw proof ? refusal : new ApiFailure([busy()]);
        },
        { errorsOf, onChecking: () => undefined, solve },
      ),
    ).rejects.toBe(refusal);
    expect(sends).toBe(2);

    const limited = new ApiFailure([{ message: 'Too many attempts', extensions: { code: 'RATE_LIMITED' } }]);
    await expect(
      requestWithProofOfWork(
        async () => {
          throw limited;
        },
        { errorsOf, onChecking: () => undefined, solve },
      ),
    ).rejects.toBe(limited);
  });

  it('stops "checking" when the solve is abandoned (the visitor left the page)', async () => {
    const checking: boolean[] = [];
    const controller = new AbortController();
    controller.abort(new Error('left'));
    await expect(
      requestWithProofOfWork(
        async () => {
          throw new ApiFailure([busy('c', 20)]);
        },
        { errorsOf, onChecking: (on) => checking.push(on), solve: (c) => solveChallenge(c, controller.signal) },
      ),
    ).rejects.toThrow('left');
    expect(checking).toEqual([true, false]);
  });
});
