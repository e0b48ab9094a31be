// Starting and stopping the product (and the baseline) as child processes, and reading their RSS.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './db.mjs';

/** Environment that points the product at a target database (NODE_ENV unset: demo data seeds on a fresh one). */
export function productEnv(target, extra = {}) {
  const env = { ...process.env, PORT: '0', BIND_HOST: '127.0.0.1', ACTIONCONNECT_READY_FD: '1', LOG_LEVEL: 'warn', ...extra };
  delete env.NODE_ENV;
  delete env.DATABASE_OWNER_URL;
  if (target.kind === 'postgres') {
    env.DATABASE_URL = target.url;
    delete env.DATA_DIR;
  } else {
    env.DATA_DIR = target.dataDir;
    delete env.DATABASE_URL;
  }
  return env;
}

/**
 * Starts `node <script>` and resolves once it prints `ACTIONCONNECT_READY port=<n>` (the product's
 * machine-readable start line; the baseline prints the same). Returns { port, pid, stop }.
 */
export function startProcess(script, env, { nodeArgs = [], args = [], label = path.basename(script) } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, path.resolve(ROOT, script), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let out = '';
    let ready = false;
    child.stdout.on('data', (chunk) => {
      if (ready) return;
      out += chunk;
      const m = /ACTIONCONNECT_READY port=(\d+)/.exec(out);
      if (!m) return;
      ready = true;
      resolve({
        port: Number(m[1]),
        pid: child.pid,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      if (!ready) reject(new Error(`${label} exited with code ${code} before it was ready`));
    });
  });
}

/** Resident set size of a process in MiB (VmRSS from /proc), or null when unavailable. */
export function rssMiB(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
