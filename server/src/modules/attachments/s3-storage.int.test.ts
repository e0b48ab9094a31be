import { CreateBucketCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { createS3Client, S3Storage } from './s3-storage';
import { describeStorageContract, startLocalS3, type LocalS3 } from './test-helpers';

let s3: LocalS3;
let client: S3Client;
beforeAll(async () => {
  s3 = await startLocalS3();
  client = createS3Client({
    bucket: 'unused',
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
});
afterAll(async () => {
  client?.destroy();
  await s3?.stop();
});

describeStorageContract('S3Storage (s3rver)', async () => {
  const bucket = `ac-test-${randomUUID().slice(0, 8)}`;
  await client.send(new CreateBucketCommand({ Bucket: bucket }));
  return {
    storage: new S3Storage(client, bucket),
    // Every object in the bucket, whatever its name.
    async leftovers() {
      const page = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (page.Contents ?? []).map((o) => o.Key ?? '');
    },
  };
});
