import { randomUUID } from 'node:crypto';
import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  assertPutOptions,
  assertStorageKey,
  assertStoragePrefix,
  type FileStorage,
  type PutOptions,
  type PutResult,
  type StoredFile,
} from './file-storage';
import { MeteredStream } from './metered';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Where uploads are written before they are complete; renamed into place only once fsync-ed. */
export const DISK_TEMP_FOLDER = '.tmp';

interface Sidecar {
  contentType: string;
  sha256: string;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Files under one folder: `<root>/<organizationId>/<uuid>` with a `<uuid>.json` sidecar for its
 * type and hash. A file is written to `<root>/.tmp/`, fsync-ed, then renamed into place (the same
 * file system, so the rename is atomic): a reader never sees half a file, and a failed upload
 * leaves only a temporary file, which `put` removes.
 */
export class DiskStorage implements FileStorage {
  readonly kind = 'disk';
  private readonly tempDir: string;

  constructor(private readonly root: string) {
    this.tempDir = path.join(root, DISK_TEMP_FOLDER);
  }

  async put(key: string, stream: Readable, options: PutOptions): Promise<PutResult> {
    assertStorageKey(key);
    assertPutOptions(options);
    const target = this.pathOf(key);
    await mkdir(this.tempDir, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(this.tempDir, `${randomUUID()}.part`);
    const meter = new MeteredStream(options.maxBytes);
    try {
      // `flush`: the file is fsync-ed before it is closed, so the rename below publishes whole bytes.
      await pipeline(stream, meter, createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true }));
      const result = { bytes: meter.bytes, sha256: meter.digest() };
      const sidecar: Sidecar = { contentType: options.contentType, sha256: result.sha256 };
      await writeDurably(`${temp}.json`, JSON.stringify(sidecar));
      // The sidecar first: a crash between the renames leaves a sidecar without a file, which reads as missing.
      await rename(`${temp}.json`, `${target}.json`);
      await rename(temp, target);
      await syncFolder(path.dirname(target));
      return result;
    } catch (error) {
      stream.destroy();
      await Promise.all([rm(temp, { force: true }), rm(`${temp}.json`, { force: true })]);
      throw error;
    }
  }

  async get(key: string): Promise<StoredFile | null> {
    const target = this.pathOf(key);
    let handle;
    try {
      handle = await open(target, 'r');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    try {
      const [stats, sidecar] = await Promise.all([handle.stat(), readFile(`${target}.json`, 'utf8')]);
      const { contentType } = JSON.parse(sidecar) as Sidecar;
      return { stream: handle.createReadStream(), bytes: stats.size, contentType };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const target = this.pathOf(key);
    await rm(target, { force: true });
    await rm(`${target}.json`, { force: true });
  }

  async *list(prefix: string): AsyncIterable<string> {
    assertStoragePrefix(prefix);
    const folders = prefix ? [prefix.slice(0, -1)] : (await readNames(this.root)).filter((name) => UUID.test(name));
    for (const folder of folders) {
      for (const name of await readNames(path.join(this.root, folder))) {
        if (UUID.test(name)) yield `${folder}/${name}`;
      }
    }
  }

  async health(): Promise<boolean> {
    try {
      await mkdir(this.tempDir, { recursive: true });
      await access(this.tempDir, constants.W_OK);
      return true;
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    const [organization, id] = assertStorageKey(key).split('/');
    return path.join(this.root, organization, id);
  }
}

async function readNames(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function writeDurably(file: string, text: string): Promise<void> {
  const handle = await open(file, 'wx', 0o600);
  try {
    await handle.writeFile(text);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// A rename is durable only once its folder is: fsync the directory entry too.
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
