// Shared by the storage tests: generated streams, the contract every driver keeps, a local S3 server.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { FileTooLargeError, InvalidStorageKeyError, newStorageKey, type FileStorage } from './file-storage';

export const MiB = 1024 * 1024;
const CHUNK = 64 * 1024;

/** A stream of `bytes` generated chunk by chunk (never held whole), its SHA-256 known once it ended. */
export function generatedStream(
  bytes: number,
  options: { failAfter?: number; sameChunk?: boolean; onChunk?: () => void } = {},
): { stream: Readable; sha256: () => string } {
  const hash = createHash('sha256');
  const shared = Buffer.alloc(CHUNK, 0x5a);
  let sent = 0;
  let index = 0;
  const stream = new Readable({
    read() {
      options.onChunk?.();
      if (options.failAfter !== undefined && sent >= options.failAfter) {
        this.destroy(new Error('the uploader went away'));
        return;
      }
      if (sent >= bytes) {
        this.push(null);
        return;
      }
      const size = Math.min(CHUNK, bytes - sent);
      // Each chunk differs (its index in every byte), so a reordered or repeated chunk changes the hash.
      const chunk = options.sameChunk ? shared.subarray(0, size) : Buffer.alloc(size, index++ % 251);
      hash.update(chunk);
      sent += size;
      this.push(chunk);
    },
  });
  return { stream, sha256: () => hash.digest('hex') };
}

/** Reads a stream to its end, keeping only its length and SHA-256. */
export async function digestOf(stream: Readable): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of stream) {
    bytes += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { bytes, sha256: hash.digest('hex') };
}

async function all(keys: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const key of keys) out.push(key);
  return out;
}

/** A fresh, empty storage for one test, and everything it holds on its backend (temp files, parts, objects). */
export interface StorageUnderTest {
  storage: FileStorage;
  leftovers(): Promise<string[]>;
}

/** The promises every `FileStorage` driver keeps; `make` gives an empty storage per test. */
export function describeStorageContract(name: string, make: () => Promise<StorageUnderTest>): void {
  describe(`${name}: the FileStorage contract`, () => {
    const organizationId = randomUUID();
    const type = { contentType: 'application/octet-stream', maxBytes: 100 * MiB };

    it('stores a 25 MB stream and gives back the same bytes, with its size and SHA-256', async () => {
      const { storage } = await make();
      const key = newStorageKey(organizationId);
      const upload = generatedStream(25 * MiB);
      const stored = await storage.put(key, upload.stream, { contentType: 'image/png', maxBytes: 25 * MiB });
      expect(stored).toEqual({ bytes: 25 * MiB, sha256: upload.sha256() });
      const file = await storage.get(key);
      expect(file).toMatchObject({ bytes: 25 * MiB, contentType: 'image/png' });
      expect(await digestOf(file!.stream)).toEqual(stored);
      expect(await all(storage.list(`${organizationId}/`))).toEqual([key]);
    });

    it('refuses a file past maxBytes with FileTooLargeError, and keeps nothing of it', async () => {
      const { storage, leftovers } = await make();
      const key = newStorageKey(organizationId);
      const put = storage.put(key, generatedStream(12 * MiB).stream, { ...type, maxBytes: 7 * MiB });
      await expect(put).rejects.toBeInstanceOf(FileTooLargeError);
      expect(await storage.get(key)).toBeNull();
      expect(await all(storage.list(''))).toEqual([]);
      expect(await leftovers()).toEqual([]);
    });

    it.each([
      ['before the first part is complete', 1 * MiB],
      ['after several parts', 12 * MiB],
    ])('keeps nothing of an upload whose stream fails %s', async (_when, failAfter) => {
      const { storage, leftovers } = await make();
      const key = newStorageKey(organizationId);
      await expect(storage.put(key, generatedStream(25 * MiB, { failAfter }).stream, type)).rejects.toThrow('the uploader went away');
      expect(await storage.get(key)).toBeNull();
      expect(await all(storage.list(''))).toEqual([]);
      expect(await leftovers()).toEqual([]);
    });

    it('answers null for a key that holds nothing', async () => {
      const { storage } = await make();
      expect(await storage.get(newStorageKey(organizationId))).toBeNull();
    });

    it.each([
      '../x',
      '/etc/passwd',
      '',
      `${organizationId}/../../etc/passwd`,
      `${organizationId}/${randomUUID()}/x`,
      `${organizationId.toUpperCase()}/${randomUUID()}`,
      `${organizationId}\\${randomUUID()}`,
      `${organizationId}/${randomUUID()}.json`,
    ])('refuses the key %j before touching the backend', async (key) => {
      const { storage } = await make();
      await expect(storage.put(key, Readable.from([Buffer.from('x')]), type)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKeyError);
      // `''` is a valid prefix (everything); as a key it is not.
      if (key !== '') await expect(all(storage.list(key))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });

    it('deletes, and deleting again (or something never stored) is not an error', async () => {
      const { storage } = await make();
      const key = newStorageKey(organizationId);
      await storage.put(key, Readable.from([Buffer.from('hello')]), { ...type, contentType: 'text/plain' });
      await storage.delete(key);
      await storage.delete(key);
      await storage.delete(newStorageKey(organizationId));
      expect(await storage.get(key)).toBeNull();
      expect(await all(storage.list(''))).toEqual([]);
    });

    it('answers its health check', async () => {
      const { storage } = await make();
      expect(await storage.health()).toBe(true);
    });
  });
}

/** A local S3-compatible server (s3rver) in a child process, so its memory is not this process's. */
export interface LocalS3 {
  endpoint: string;
  directory: string;
  stop(): Promise<void>;
}

const S3RVER_MAIN = `
const S3rver = require(process.env.S3RVER_PATH);
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: process.env.S3RVER_DIR });
server.run().then(({ port }) => process.stdout.write(JSON.stringify({ port }) + '\\n'));
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
`;

/** Starts s3rver on 127.0.0.1 with a random port and a temporary directory. */
export async function startLocalS3(): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'ac-s3-'));
  const child: ChildProcess = spawn(process.execPath, ['-e', S3RVER_MAIN], {
    env: { ...process.env, S3RVER_PATH: require.resolve('s3rver'), S3RVER_DIR: directory },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`s3rver exited with ${code}`)));
    child.stdout!.once('data', (data: Buffer) => resolve((JSON.parse(data.toString()) as { port: number }).port));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    directory,
    async stop() {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      await rm(directory, { recursive: true, force: true });
    },
  };
}
