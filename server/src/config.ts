import path from 'node:path';

/** Where the product runs: development turns on Sandbox and the mail outbox; production turns them off. */
export type NodeEnv = 'development' | 'test' | 'production';

/** The validated, frozen configuration. Only this module reads process.env. */
export interface Config {
  nodeEnv: NodeEnv;
  isProduction: boolean;
  /** Interface the HTTP server binds to. */
  bindHost: string;
  port: number;
  /** Host (without port) of the agent app and the API for developers, e.g. `localhost`. */
  appHost: string;
  /** Portals answer at `<slug>.<portalBaseDomain>`, e.g. `acme.localhost`. */
  portalBaseDomain: string;
  /** `http` in development; links in emails use it for `*.localhost` hosts. */
  publicScheme: 'http' | 'https';
  /** Port shown in links (defaults to the listening port; empty for 80/443 behind a proxy). */
  publicPort: number | null;
  /** `ownerUrl`: the role that owns the tables (migrations, cross-tenant work) when the app connects as a separate role. */
  database: { kind: 'postgres'; url: string; ownerUrl?: string } | { kind: 'pglite'; dataDir: string };
  seedDemoData: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  mail: {
    from: string;
    postmark: { serverToken: string; apiUrl: string | null } | null;
    /** Replies and requests by email (Postmark inbound); null turns them off (production without INBOUND_EMAIL_DOMAIN). */
    inbound: InboundMailConfig | null;
  };
  /** Root of the repository, where the built clients live. */
  rootDir: string;
  /** DNS server used to verify custom domains (`host:port`), or null for the system resolver. */
  dnsResolver: string | null;
  /** Host name customers point their custom domain's CNAME record at (the TLS edge); defaults to the app host. */
  customDomainCnameTarget: string;
  /** Uploaded files: a folder (`FILES_DIR`, default `<DATA_DIR>/files`), or S3 when `S3_BUCKET` is set. */
  files: { kind: 'disk'; dir: string } | ({ kind: 's3' } & S3Config);
}

/** Where mail to the product arrives, and how Postmark's inbound webhook proves itself. */
export interface InboundMailConfig {
  /** The domain whose MX points at Postmark (or Postmark's own `inbound.postmarkapp.com` address domain). */
  domain: string;
  /** The local part before `+`: `support` gives `support+<hash>@<domain>`. */
  mailbox: string;
  /** HTTP basic auth Postmark sends with each webhook call (the credentials in the webhook URL). */
  webhook: { username: string; password: string };
}

/** S3-compatible object storage for uploaded files (`S3_*`). */
export interface S3Config {
  bucket: string;
  /** Another store than AWS (MinIO, Ceph, R2...), e.g. `http://127.0.0.1:9000`; null for AWS itself. */
  endpoint: string | null;
  region: string;
  /** `bucket` in the path rather than the host name; on by default with an endpoint. */
  forcePathStyle: boolean;
  /** Null: the SDK's default chain (environment, instance or task role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | null;
}

/** A configuration value that stops the process: names the variable and says what to do. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
}

function portNumber(env: Env, name: string, fallback: number | null): number | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(name, `must be a port number between 0 and 65535 (got "${raw}")`);
  }
  return n;
}

function hostName(env: Env, name: string, fallback: string): string {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '') return fallback;
  if (!/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/.test(raw)) {
    throw new ConfigError(name, `must be a bare host name such as "localhost" (got "${raw}")`);
  }
  return raw;
}

function databaseUrl(raw: string, name = 'DATABASE_URL'): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      name,
      'is not a valid URL; expected postgres://user:password@host:5432/database, or unset it to use the embedded PGlite database',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `must start with postgres:// or postgresql:// (got "${url.protocol}//")`);
  }
  if (!url.hostname && !url.searchParams.get('host')) {
    throw new ConfigError(name, 'has no host; expected postgres://user@host:5432/database');
  }
  return raw;
}

function emailAddress(env: Env, name: string, fallback: string): string {
  const raw = (env[name] ?? '').trim();
  if (raw === '') return fallback;
  if (!/^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/.test(raw)) {
    throw new ConfigError(name, `must be one plain email address such as support@example.com (got "${raw}")`);
  }
  return raw;
}

/** Development's webhook password: known to the dev outbox's "reply" button, refused in production. */
export const DEVELOPMENT_INBOUND_PASSWORD = 'development-inbound-password';

/**
 * Inbound mail: on by default outside production (`inbound.localhost`, the development password);
 * in production only with INBOUND_EMAIL_DOMAIN, and then a real webhook password is required.
 */
function inboundMail(env: Env, isProduction: boolean): InboundMailConfig | null {
  const read = (name: string) => (env[name] ?? '').trim();
  const rawDomain = read('INBOUND_EMAIL_DOMAIN');
  if (isProduction && !rawDomain) {
    const stray = ['INBOUND_MAILBOX', 'POSTMARK_INBOUND_WEBHOOK_USER', 'POSTMARK_INBOUND_WEBHOOK_PASSWORD'].find((n) => read(n) !== '');
    if (stray) throw new ConfigError('INBOUND_EMAIL_DOMAIN', `is required when ${stray} is set (or unset it to turn email replies off)`);
    return null;
  }
  const domain = hostName(env, 'INBOUND_EMAIL_DOMAIN', 'inbound.localhost');
  if (!domain.includes('.'))
    throw new ConfigError('INBOUND_EMAIL_DOMAIN', `must be a mail domain such as inbound.example.com (got "${domain}")`);
  const mailbox = read('INBOUND_MAILBOX') || 'support';
  if (!/^[a-z0-9][a-z0-9._-]{0,19}$/i.test(mailbox) || mailbox.includes('+')) {
    throw new ConfigError('INBOUND_MAILBOX', `must be a short mailbox name such as support (got "${mailbox}")`);
  }
  const username = read('POSTMARK_INBOUND_WEBHOOK_USER') || 'postmark';
  if (/[:\s]/.test(username)) throw new ConfigError('POSTMARK_INBOUND_WEBHOOK_USER', 'must not contain a colon or spaces');
  const password = read('POSTMARK_INBOUND_WEBHOOK_PASSWORD') || (isProduction ? '' : DEVELOPMENT_INBOUND_PASSWORD);
  if (isProduction && (password.length < 20 || password === DEVELOPMENT_INBOUND_PASSWORD)) {
    throw new ConfigError(
      'POSTMARK_INBOUND_WEBHOOK_PASSWORD',
      'is required in production with INBOUND_EMAIL_DOMAIN: at least 20 random characters, also put in the webhook URL at Postmark',
    );
  }
  return { domain, mailbox: mailbox.toLowerCase(), webhook: { username, password } };
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const;

/** Disk under the data folder, or S3 when `S3_BUCKET` is set; a partial S3 configuration is refused, never half-used. */
function fileStorage(env: Env, dataDir: string): Config['files'] {
  const read = (name: string) => (env[name] ?? '').trim();
  const bucket = read('S3_BUCKET');
  if (!bucket) {
    const stray = S3_VARIABLES.find((name) => read(name) !== '');
    if (stray) throw new ConfigError('S3_BUCKET', `is required when ${stray} is set (or unset the S3_* variables to keep files on disk)`);
    return { kind: 'disk', dir: path.resolve(read('FILES_DIR') || path.join(dataDir, 'files')) };
  }
  if (read('FILES_DIR')) throw new ConfigError('FILES_DIR', 'cannot be used with S3_BUCKET: files go to one place; unset one of them');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('S3_BUCKET', `must be a bucket name of 3 to 63 lowercase letters, digits, dots and dashes (got "${bucket}")`);
  }
  const endpoint = read('S3_ENDPOINT');
  if (endpoint && !/^https?:\/\/[^\s/]+\/?$/.test(endpoint)) {
    throw new ConfigError('S3_ENDPOINT', `must be a base URL such as http://127.0.0.1:9000 (got "${endpoint}")`);
  }
  const region = read('S3_REGION') || 'us-east-1';
  if (!/^[a-z0-9-]+$/.test(region)) throw new ConfigError('S3_REGION', `must be a region name such as eu-west-1 (got "${region}")`);
  const accessKeyId = read('S3_ACCESS_KEY_ID');
  const secretAccessKey = read('S3_SECRET_ACCESS_KEY');
  if (!accessKeyId !== !secretAccessKey) {
    const [missing, given] = accessKeyId ? ['S3_SECRET_ACCESS_KEY', 'S3_ACCESS_KEY_ID'] : ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'];
    throw new ConfigError(missing, `is required when ${given} is set (set both, or neither to use the SDK's default credentials)`);
  }
  return {
    kind: 's3',
    bucket,
    endpoint: endpoint ? endpoint.replace(/\/$/, '') : null,
    region,
    forcePathStyle: oneOf(env, 'S3_FORCE_PATH_STYLE', ['true', 'false'], endpoint ? 'true' : 'false') === 'true',
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : null,
  };
}

/** Parses and validates the environment once; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): Readonly<Config> {
  const nodeEnv = oneOf<NodeEnv>(env, 'NODE_ENV', ['development', 'test', 'production'], 'development');
  const isProduction = nodeEnv === 'production';
  const port = portNumber(env, 'PORT', 4000) as number;
  const rootDir = path.resolve(env.ACTIONCONNECT_ROOT ?? path.join(__dirname, '..', '..'));
  const rawDb = (env.DATABASE_URL ?? '').trim();
  const rawOwnerDb = (env.DATABASE_OWNER_URL ?? '').trim();
  if (rawOwnerDb && !rawDb) throw new ConfigError('DATABASE_OWNER_URL', 'needs DATABASE_URL too (the role the application connects as)');
  const dataDir = (env.DATA_DIR ?? '').trim() || path.join(rootDir, '.data');
  const postmarkToken = (env.POSTMARK_SERVER_TOKEN ?? '').trim();
  const postmarkApiUrl = (env.POSTMARK_API_URL ?? '').trim();
  if (postmarkApiUrl && !/^https?:\/\/[^\s/]+\/?$/.test(postmarkApiUrl)) {
    throw new ConfigError('POSTMARK_API_URL', `must be a base URL such as https://api.postmarkapp.com (got "${postmarkApiUrl}")`);
  }
  if (isProduction && !postmarkToken) {
    throw new ConfigError('POSTMARK_SERVER_TOKEN', 'is required in production: the development mail outbox is off there');
  }
  const inbound = inboundMail(env, isProduction);
  const dnsResolver = (env.DNS_RESOLVER ?? '').trim() || null;
  if (dnsResolver && !/^[0-9a-fA-F.:[\]]+(:\d+)?$/.test(dnsResolver)) {
    throw new ConfigError('DNS_RESOLVER', `must be an IP address with an optional port, e.g. 127.0.0.1:5353 (got "${dnsResolver}")`);
  }
  const appHost = hostName(env, 'APP_HOST', 'localhost');
  const config: Config = {
    nodeEnv,
    isProduction,
    bindHost: (env.BIND_HOST ?? '').trim() || '127.0.0.1',
    port,
    appHost,
    portalBaseDomain: hostName(env, 'PORTAL_BASE_DOMAIN', 'localhost'),
    publicScheme: oneOf(env, 'PUBLIC_SCHEME', ['http', 'https'], isProduction ? 'https' : 'http'),
    publicPort: portNumber(env, 'PUBLIC_PORT', null),
    database: rawDb
      ? { kind: 'postgres', url: databaseUrl(rawDb), ...(rawOwnerDb ? { ownerUrl: databaseUrl(rawOwnerDb, 'DATABASE_OWNER_URL') } : {}) }
      : { kind: 'pglite', dataDir: path.resolve(dataDir) },
    seedDemoData: oneOf(env, 'SEED_DEMO_DATA', ['true', 'false'], isProduction ? 'false' : 'true') === 'true',
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    mail: {
      from: emailAddress(env, 'MAIL_FROM', 'support@actionconnect.localhost'),
      postmark: postmarkToken ? { serverToken: postmarkToken, apiUrl: postmarkApiUrl || null } : null,
      inbound,
    },
    rootDir,
    dnsResolver,
    customDomainCnameTarget: hostName(env, 'CUSTOM_DOMAIN_CNAME_TARGET', appHost),
    files: fileStorage(env, path.resolve(dataDir)),
  };
  return Object.freeze(config);
}
