import { createHash, webcrypto } from 'node:crypto';
import {
  PROOF_OF_WORK_SOLUTION_MAX_LENGTH,
  checkProofOfWork,
  isProofOfWorkSolution,
  leadingZeroBits,
  proofOfWorkInput,
  solveProofOfWork,
} from './proof-of-work';

const nodeSha256 = (data: Uint8Array): Uint8Array => createHash('sha256').update(data).digest();
const webSha256 = (data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer> => webcrypto.subtle.digest('SHA-256', data);

describe('leading zero bits', () => {
  it.each([
    [[0xff], 0],
    [[0x80], 0],
    [[0x40], 1],
    [[0x01], 7],
    [[0x00, 0xff], 8],
    [[0x00, 0x00, 0x1f], 19],
    [[0x00, 0x00, 0x00], 24],
  ])('%j has %i', (bytes, bits) => {
    expect(leadingZeroBits(new Uint8Array(bytes))).toBe(bits);
    expect(leadingZeroBits(new Uint8Array(bytes).buffer)).toBe(bits);
  });
});

describe('a solution', () => {
  it('is digits only, one to fifteen of them', () => {
    expect(isProofOfWorkSolution('0')).toBe(true);
    expect(isProofOfWorkSolution('9'.repeat(PROOF_OF_WORK_SOLUTION_MAX_LENGTH))).toBe(true);
    for (const bad of ['', '1'.repeat(PROOF_OF_WORK_SOLUTION_MAX_LENGTH + 1), '-1', '1e5', ' 1', '0x1f', '١'])
      expect(isProofOfWorkSolution(bad)).toBe(false);
  });

  it('is hashed after the challenge, as UTF-8', () => {
    expect(Buffer.from(proofOfWorkInput('ab.c', '42')).toString('utf8')).toBe('ab.c42');
  });
});

describe('solving and checking agree, with node:crypto and with Web Crypto', () => {
  it('finds a solution with the asked-for leading zero bits, and the checker accepts exactly that much', async () => {
    const challenge = 'test-challenge.12';
    const solution = await solveProofOfWork(challenge, 12, nodeSha256);
    expect(leadingZeroBits(nodeSha256(proofOfWorkInput(challenge, solution)))).toBeGreaterThanOrEqual(12);
    await expect(checkProofOfWork(challenge, solution, 12, nodeSha256)).resolves.toBe(true);
    await expect(checkProofOfWork(challenge, solution, 12, webSha256)).resolves.toBe(true);
    // The smallest counter that works: every smaller one fails.
    const smaller = await Promise.all(
      Array.from({ length: Number(solution) }, (_, n) => checkProofOfWork(challenge, String(n), 12, nodeSha256)),
    );
    expect(smaller.includes(true)).toBe(false);
  });

  it('gives the same answer whichever SHA-256 and batch size are used', async () => {
    const challenge = 'another-challenge';
    const bySync = await solveProofOfWork(challenge, 10, nodeSha256, { batchSize: 1, pause: () => Promise.resolve() });
    const byWeb = await solveProofOfWork(challenge, 10, webSha256, { batchSize: 64 });
    expect(byWeb).toBe(bySync);
  });

  it('refuses a solution for another challenge, a malformed one, and one short of the difficulty', async () => {
    const challenge = 'bound-challenge';
    const solution = await solveProofOfWork(challenge, 10, nodeSha256);
    const bits = leadingZeroBits(nodeSha256(proofOfWorkInput(challenge, solution)));
    await expect(checkProofOfWork(challenge, solution, bits + 1, nodeSha256)).resolves.toBe(false);
    await expect(checkProofOfWork('other-challenge', solution, 10, nodeSha256)).resolves.toBe(false);
    await expect(checkProofOfWork(challenge, ` ${solution}`, 0, nodeSha256)).resolves.toBe(false);
  });

  it('yields between batches and stops when aborted', async () => {
    const controller = new AbortController();
    let pauses = 0;
    const solving = solveProofOfWork('never-solved-in-time', 40, nodeSha256, {
      batchSize: 8,
      pause: async () => {
        pauses += 1;
        if (pauses === 3) controller.abort(new Error('left the page'));
      },
      signal: controller.signal,
    });
    await expect(solving).rejects.toThrow('left the page');
    expect(pauses).toBe(3);
  });
});
