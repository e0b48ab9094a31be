import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** The repository root, where `npm run …` and the product run. */
export const ROOT = path.resolve(__dirname, '..', '..');
/** The built server, as `npm run serve` starts it. */
export const MAIN = path.join(ROOT, 'server', 'dist', 'main.js');
const BUILD = 'npm run build -w packages/shared && npm run build -w server';

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds server/dist unless it is newer than every source file (`npm test` has just built it). */
export function ensureBuilt(): void {
  const sources = Math.max(newestSource(path.join(ROOT, 'server', 'src')), newestSource(path.join(ROOT, 'packages', 'shared', 'src')));
  if (existsSync(MAIN) && statSync(MAIN).mtimeMs >= sources) return;
  const result = spawnSync('sh', ['-c', BUILD], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`\`${BUILD}\` failed:\n${result.stdout}\n${result.stderr}`);
}
