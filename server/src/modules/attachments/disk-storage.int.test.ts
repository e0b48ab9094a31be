import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DiskStorage } from './disk-storage';
import { describeStorageContract } from './test-helpers';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

describeStorageContract('DiskStorage', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ac-files-'));
  roots.push(root);
  return {
    storage: new DiskStorage(root),
    // Every file on disk that is not a stored object or its sidecar: temporary files above all.
    async leftovers() {
      const names = (await readdir(root, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      return names.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
    },
  };
});
