import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { FileTooLargeError } from './file-storage';

/**
 * A pass-through that counts and hashes the bytes on their way to storage, and fails the stream
 * with `FileTooLargeError` at the first byte past `maxBytes` (before that byte is written).
 */
export class MeteredStream extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) {
      callback(new FileTooLargeError(this.maxBytes));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  /** The hex SHA-256 of every byte that passed; call once, after the stream finished. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
