import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = path.resolve(__dirname, '..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser tests can run here; in CI a missing browser is an error, not a skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: .ci/run installs Debian's chromium package`);
  console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium).`);
  return false;
}

/** A running product, started the way the README does (`npm run serve` after `npm run build`), on PGlite. */
export interface RunningProduct {
  port: number;
  /** `http://<host>:<port><path>`; *.localhost resolves to loopback in Chromium. */
  url(host: string, pathname?: string): string;
  stop(): Promise<void>;
}

/** Options for startProduct. */
export interface StartProductOptions {
  /** Extra environment for the product, e.g. `{ DNS_RESOLVER: '127.0.0.1:5353' }`; the harness's own variables win. */
  env?: Record<string, string>;
}

/** Starts the built product on a free port with a fresh PGlite data folder and the dev outbox. */
export async function startProduct(options: StartProductOptions = {}): Promise<RunningProduct> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ac-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: '0',
    DATA_DIR: dataDir,
    ACTIONCONNECT_READY_FD: '1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  };
  // The browser tests always use the embedded database, even when the suite runs against PostgreSQL.
  delete env.DATABASE_URL;
  delete env.POSTMARK_SERVER_TOKEN;
  delete env.NODE_OPTIONS;
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'serve'], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`product did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /ACTIONCONNECT_READY port=(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`product exited with ${code}:\n${output}`));
    });
  });
  return {
    port,
    url: (host, pathname = '/') => `http://${host}:${port}${pathname}`,
    async stop() {
      if (child.exitCode === null && child.pid) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Headless Debian Chromium with the flags this machine needs (no network beyond loopback). */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...extraArgs,
    ],
  });
}

/** The newest development-outbox email to an address, with its link and code. */
export async function latestMail(product: RunningProduct, to: string): Promise<{ link: string; code: string; text: string }> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(product.url('localhost', '/dev/mail.json'));
    const mails = (await res.json()) as { to: string; text: string; tag: string }[];
    const mail = mails.find((m) => m.to === to && m.tag === 'sign-in');
    if (mail) {
      return {
        link: /(https?:\/\/\S+\/auth\/confirm\?token=\S+)/.exec(mail.text)?.[1] ?? '',
        code: /^(\d{6})$/m.exec(mail.text)?.[1] ?? '',
        text: mail.text,
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no email to ${to} in the outbox`);
}

/** The newest development-outbox email to an address with this tag, waiting for the outbox worker if needed. */
export async function latestTaggedMail(product: RunningProduct, to: string, tag: string): Promise<{ subject: string; text: string }> {
  for (let i = 0; i < 100; i++) {
    const res = await fetch(product.url('localhost', '/dev/mail.json'));
    const mails = (await res.json()) as { to: string; tag: string; subject: string; text: string }[];
    const mail = mails.find((m) => m.to === to && m.tag === tag);
    if (mail) return mail;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no ${tag} email to ${to} in the outbox`);
}

/** On a page waiting for the sign-in code: follows the emailed link and confirms, as the person would. */
export async function confirmSignIn(page: Page, product: RunningProduct, email: string): Promise<void> {
  await page.getByLabel('Sign-in code').waitFor();
  const mail = await latestMail(product, email);
  await page.goto(mail.link);
  await page.getByTestId('confirm-sign-in').click();
}

/** Opens `path` of a portal signed out, and signs in as `email` through the emailed link, as the contact would. */
export async function signInToPortal(
  page: Page,
  product: RunningProduct,
  email: string,
  path: string,
  host = 'acme.localhost',
): Promise<void> {
  await page.goto(product.url(host, path));
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: /sign-in link/i }).click();
  await confirmSignIn(page, product, email);
}

/** Opens `path` of the agent app (`/agent/…`) signed out, and signs in as `email` of `workspace` through the emailed link. */
export async function signInToAgentApp(
  page: Page,
  product: RunningProduct,
  email: string,
  path: string,
  workspace = 'acme',
): Promise<void> {
  await page.goto(product.url('localhost', path));
  await page.getByLabel('Workspace').fill(workspace);
  await page.getByLabel('Work email').fill(email);
  await page.getByTestId('agent-signin').getByRole('button').click();
  await confirmSignIn(page, product, email);
}
