import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** `<organizationId>/<uuid>`, lowercase: the only shape of key any driver accepts, so no key can climb out of its folder or bucket prefix. */
const KEY = new RegExp(`^${UUID}/${UUID}$`);
/** What `list` accepts: everything (`''`) or one organization's folder. */
const PREFIX = new RegExp(`^(${UUID}/)?$`);
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** What `put` needs besides the bytes. */
export interface PutOptions {
  /** A bare media type (`image/png`), decided by the server, never copied from the upload. */
  contentType: string;
  /** More bytes than this aborts the upload with `FileTooLargeError` and leaves nothing stored. */
  maxBytes: number;
}

/** What a stored object turned out to be, measured while it streamed. */
export interface PutResult {
  bytes: number;
  /** Lowercase hex SHA-256 of the bytes stored. */
  sha256: string;
}

/** A stored object, as a stream the caller must consume or destroy. */
export interface StoredFile {
  stream: Readable;
  bytes: number;
  contentType: string;
}

/**
 * Where uploaded files live: the disk under the data folder, or S3-compatible object storage.
 * Every method streams; none holds a whole file in memory. Keys come from `newStorageKey` only.
 */
export interface FileStorage {
  /** `disk` or `s3`, for logs and the health check. */
  readonly kind: 'disk' | 's3';
  /** Stores `stream` under `key`; on any error (the stream's, `FileTooLargeError`, the backend's) nothing stays stored. */
  put(key: string, stream: Readable, options: PutOptions): Promise<PutResult>;
  /** The object under `key`, or null when there is none. */
  get(key: string): Promise<StoredFile | null>;
  /** Removes the object; removing a missing one is not an error. */
  delete(key: string): Promise<void>;
  /** Keys under `prefix` (`''` or `<organizationId>/`), in no particular order. */
  list(prefix: string): AsyncIterable<string>;
  /** Whether the storage answers (and, for disk, is writable). */
  health(): Promise<boolean>;
}

/** An upload that went past its `maxBytes`; nothing of it was kept. */
export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the file is larger than ${maxBytes} bytes`);
    this.name = 'FileTooLargeError';
  }
}

/** A key or prefix that is not server-generated (`<organizationId>/<uuid>`): a bug, never user input to echo. */
export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key ${JSON.stringify(key.slice(0, 100))}`);
    this.name = 'InvalidStorageKeyError';
  }
}

/** A fresh key for one organization's file. */
export function newStorageKey(organizationId: string): string {
  return assertStorageKey(`${organizationId.toLowerCase()}/${randomUUID()}`);
}

/** Whether `key` has the one allowed shape. */
export function isStorageKey(key: string): boolean {
  return typeof key === 'string' && KEY.test(key);
}

/** Returns `key` when it has the one allowed shape; throws `InvalidStorageKeyError` otherwise. */
export function assertStorageKey(key: string): string {
  if (!isStorageKey(key)) throw new InvalidStorageKeyError(String(key));
  return key;
}

/** Returns `prefix` when it is `''` or `<organizationId>/`. */
export function assertStoragePrefix(prefix: string): string {
  if (typeof prefix !== 'string' || !PREFIX.test(prefix)) throw new InvalidStorageKeyError(String(prefix));
  return prefix;
}

/** Checks `put`'s options before any byte is read. */
export function assertPutOptions(options: PutOptions): void {
  if (!Number.isSafeInteger(options.maxBytes) || options.maxBytes < 0) throw new RangeError('maxBytes must be a non-negative integer');
  if (options.contentType.length > 200 || !CONTENT_TYPE.test(options.contentType)) {
    throw new RangeError(`contentType must be a bare media type such as image/png`);
  }
}
