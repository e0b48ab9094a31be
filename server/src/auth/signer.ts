import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signs opaque values the server hands out and takes back (list cursors), so a client can neither
 * forge one nor carry one into another context: the context is signed with the value.
 * The key is loaded once at start-up (`load`) from the database, shared by every instance.
 */
export class Signer {
  private key: Buffer | null = null;

  constructor(private readonly loadKey: () => Promise<Buffer>) {}

  /** Loads the key; call before serving. */
  async load(): Promise<void> {
    this.key ??= await this.loadKey();
  }

  /** A MAC (base64url, 128 bits) over the context and the value. */
  sign(context: string, value: string): string {
    return createHmac('sha256', this.requireKey())
      .update(context)
      .update('\u0000')
      .update(value)
      .digest()
      .subarray(0, 16)
      .toString('base64url');
  }

  /** Whether `mac` is this server's signature of the value in this context. */
  verify(context: string, value: string, mac: string): boolean {
    const expected = Buffer.from(this.sign(context, value), 'base64url');
    const given = Buffer.from(mac, 'base64url');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private requireKey(): Buffer {
    if (!this.key) throw new Error('Signer used before its key was loaded (composition.start loads it)');
    return this.key;
  }
}
