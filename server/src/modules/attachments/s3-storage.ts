import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import type { S3Config } from '../../config';
import {
  assertPutOptions,
  assertStorageKey,
  assertStoragePrefix,
  isStorageKey,
  type FileStorage,
  type PutOptions,
  type PutResult,
  type StoredFile,
} from './file-storage';
import { MeteredStream } from './metered';

/**
 * Multipart parts of 5 MiB (S3's minimum), two in flight: an upload of any size holds about
 * three parts (15 MiB) in memory at most, and one smaller than a part is a single PutObject.
 */
export const S3_UPLOAD = { partSize: 5 * 1024 * 1024, queueSize: 2 } as const;

/** A client for `config`: path-style addressing for an endpoint of one's own (MinIO, Ceph, R2...), virtual-host style for AWS. */
export function createS3Client(config: S3Config): S3Client {
  return new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    ...(config.credentials ? { credentials: config.credentials } : {}),
    // The SDK's default CRC checksums on every request are not understood by every S3-compatible
    // store; SHA-256 is computed by us anyway, so send checksums only where S3 requires them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata?.httpStatusCode === 404);

/**
 * Objects in one bucket, keyed `<organizationId>/<uuid>`. Uploads stream through
 * `@aws-sdk/lib-storage`'s `Upload`, since PutObject needs the length before the first byte and an
 * upload's length is known only at its end. A failed upload is aborted (its parts discarded) and
 * its key deleted; a bucket lifecycle rule "abort incomplete multipart uploads after 1 day" covers
 * a process that dies mid-upload.
 */
export class S3Storage implements FileStorage {
  readonly kind = 's3';

  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, stream: Readable, options: PutOptions): Promise<PutResult> {
    assertStorageKey(key);
    assertPutOptions(options);
    const meter = new MeteredStream(options.maxBytes);
    // The first failure is the one to report: the upload's own error then is only its consequence
    // (and some stores answer the abort that follows with an error of their own).
    let failure: unknown = null;
    const fail = (error: unknown) => {
      failure ??= error;
      meter.destroy(error as Error);
    };
    stream.once('error', fail);
    meter.once('error', (error) => {
      failure ??= error;
      stream.destroy();
    });
    stream.pipe(meter);
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: meter, ContentType: options.contentType },
      partSize: S3_UPLOAD.partSize,
      queueSize: S3_UPLOAD.queueSize,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
      if (failure) throw failure;
      return { bytes: meter.bytes, sha256: meter.digest() };
    } catch (error) {
      stream.destroy();
      await this.delete(key).catch(() => undefined);
      throw failure ?? error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return {
        stream: answer.Body as Readable,
        bytes: answer.ContentLength ?? 0,
        contentType: answer.ContentType ?? 'application/octet-stream',
      };
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async *list(prefix: string): AsyncIterable<string> {
    assertStoragePrefix(prefix);
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        // Objects someone else put in the bucket are not ours to list.
        if (object.Key && isStorageKey(object.Key)) yield object.Key;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async health(): Promise<boolean> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
      return true;
    } catch {
      return false;
    }
  }
}
