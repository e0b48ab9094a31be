import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DiskStorage } from './disk-storage';
import { newStorageKey, type FileStorage } from './file-storage';
import { createS3Client, S3Storage } from './s3-storage';
import { generatedStream, MiB, startLocalS3, type LocalS3 } from './test-helpers';

// Not timed: the promise is that an upload's memory does not grow with its size. The S3 driver's
// multipart parts (5 MiB, copied by the SDK, collected lazily) peaked at 40-70 MiB whatever the size
// (measured with 50, 100, 150 and 200 MB; the garbage collector's timing moves it), so it uploads
// 200 MB against a 112 MiB bound: holding the file would need at least 200 MiB.

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

async function peakGrowthOfPut(storage: FileStorage, size: number): Promise<number> {
  const before = used();
  let peak = before;
  const upload = generatedStream(size, { sameChunk: true, onChunk: () => (peak = Math.max(peak, used())) });
  const stored = await storage.put(newStorageKey(randomUUID()), upload.stream, { contentType: 'application/zip', maxBytes: size });
  expect(stored).toEqual({ bytes: size, sha256: upload.sha256() });
  return Math.max(peak, used()) - before;
}

let root: string;
let s3: LocalS3;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ac-files-'));
  s3 = await startLocalS3();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await s3?.stop();
});

it('a 50 MB upload to disk never holds anything near 50 MB in memory', async () => {
  expect(await peakGrowthOfPut(new DiskStorage(root), 50 * MiB)).toBeLessThan(24 * MiB);
});

it('a 200 MB upload to S3 holds a few multipart parts at most, not the file', async () => {
  const client = createS3Client({
    bucket: 'memory',
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  await client.send(new CreateBucketCommand({ Bucket: 'memory-test' }));
  try {
    expect(await peakGrowthOfPut(new S3Storage(client, 'memory-test'), 200 * MiB)).toBeLessThan(112 * MiB);
  } finally {
    client.destroy();
  }
});
