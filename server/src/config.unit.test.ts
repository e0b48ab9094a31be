import path from 'node:path';
import { ConfigError, loadConfig } from './config';

/** Runs loadConfig and returns the ConfigError it throws (failing the test if it does not). */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected loadConfig(${JSON.stringify(env)}) to throw a ConfigError`);
}

describe('loadConfig refuses a bad environment, naming the variable', () => {
  it.each([
    ['not a url', 'not-a-url'],
    ['a bare host', 'localhost:5432/db'],
    ['an unclosed IPv6 host', 'postgres://[::1/db'],
  ])('DATABASE_URL that is %s', (_what, value) => {
    const error = configError({ DATABASE_URL: value });
    expect(error.variable).toBe('DATABASE_URL');
    expect(error.message).toMatch(/^DATABASE_URL: /);
  });

  it.each(['mysql://root@localhost/db', 'http://localhost:5432/db', 'file:///tmp/db'])(
    'DATABASE_URL with a non-PostgreSQL scheme (%s)',
    (value) => {
      const error = configError({ DATABASE_URL: value });
      expect(error.variable).toBe('DATABASE_URL');
      expect(error.message).toContain('postgres://');
    },
  );

  it('DATABASE_URL without a host', () => {
    expect(configError({ DATABASE_URL: 'postgres:///db' }).variable).toBe('DATABASE_URL');
  });

  it.each(['abc', '-1', '65536', '80.5', '4000x', '1e3x'])('PORT=%s', (value) => {
    const error = configError({ PORT: value });
    expect(error.variable).toBe('PORT');
    expect(error.message).toContain(value);
  });

  it.each(['prod', 'Production', 'staging'])('NODE_ENV=%s', (value) => {
    const error = configError({ NODE_ENV: value });
    expect(error.variable).toBe('NODE_ENV');
    expect(error.message).toContain('development, test, production');
  });

  it('production without POSTMARK_SERVER_TOKEN (the development outbox is off there)', () => {
    expect(configError({ NODE_ENV: 'production' }).variable).toBe('POSTMARK_SERVER_TOKEN');
    expect(configError({ NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: '   ' }).variable).toBe('POSTMARK_SERVER_TOKEN');
  });

  it.each([
    ['APP_HOST', 'http://localhost'],
    ['PORTAL_BASE_DOMAIN', 'example.com/x'],
    ['PUBLIC_SCHEME', 'ftp'],
    ['PUBLIC_PORT', 'eighty'],
    ['SEED_DEMO_DATA', 'yes'],
    ['LOG_LEVEL', 'verbose'],
    ['MAIL_FROM', 'a@x.com,b@y.com'],
    ['POSTMARK_API_URL', 'not a url'],
    ['DNS_RESOLVER', 'dns.example'],
  ])('%s=%s', (variable, value) => {
    expect(configError({ [variable]: value }).variable).toBe(variable);
  });
});

describe('loadConfig defaults', () => {
  it('runs a development server on 127.0.0.1:4000 with the embedded database and the demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      isProduction: false,
      bindHost: '127.0.0.1',
      port: 4000,
      appHost: 'localhost',
      portalBaseDomain: 'localhost',
      publicScheme: 'http',
      publicPort: null,
      seedDemoData: true,
      logLevel: 'info',
      mail: {
        from: 'support@actionconnect.localhost',
        postmark: null,
        inbound: {
          domain: 'inbound.localhost',
          mailbox: 'support',
          webhook: { username: 'postmark', password: 'development-inbound-password' },
        },
      },
      dnsResolver: null,
    });
    expect(config.database).toEqual({ kind: 'pglite', dataDir: path.join(config.rootDir, '.data') });
  });

  it('finds the repository root from its own location', () => {
    expect(loadConfig({}).rootDir).toBe(path.resolve(__dirname, '..', '..'));
  });

  it('keeps the test logs quiet', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
  });

  it('in production: HTTPS links, no demo data, Postmark on', () => {
    const config = loadConfig({ NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: 'pm-token' });
    expect(config).toMatchObject({ isProduction: true, publicScheme: 'https', seedDemoData: false });
    expect(config.mail.postmark).toEqual({ serverToken: 'pm-token', apiUrl: null });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and a chosen DATA_DIR otherwise', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u:p@db.internal:5433/support' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db.internal:5433/support',
    });
    expect(loadConfig({ DATA_DIR: '/var/lib/actionconnect' }).database).toEqual({ kind: 'pglite', dataDir: '/var/lib/actionconnect' });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', NODE_ENV: '', DATABASE_URL: '  ' })).toMatchObject({
      port: 4000,
      nodeEnv: 'development',
      database: { kind: 'pglite' },
    });
  });

  it('lower-cases host names and accepts port 0 (any free port)', () => {
    expect(loadConfig({ APP_HOST: 'Support.Example.COM', PORT: '0' })).toMatchObject({ appHost: 'support.example.com', port: 0 });
  });

  it('is frozen', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });
});

describe('inbound mail configuration', () => {
  const production = { NODE_ENV: 'production', POSTMARK_SERVER_TOKEN: 'pm-token' };

  it('is off in production until INBOUND_EMAIL_DOMAIN is set', () => {
    expect(loadConfig(production).mail.inbound).toBeNull();
  });

  it('needs a real webhook password in production, never the development one', () => {
    const withDomain = { ...production, INBOUND_EMAIL_DOMAIN: 'inbound.example.com' };
    expect(configError(withDomain).variable).toBe('POSTMARK_INBOUND_WEBHOOK_PASSWORD');
    expect(configError({ ...withDomain, POSTMARK_INBOUND_WEBHOOK_PASSWORD: 'short' }).variable).toBe('POSTMARK_INBOUND_WEBHOOK_PASSWORD');
    expect(configError({ ...withDomain, POSTMARK_INBOUND_WEBHOOK_PASSWORD: 'development-inbound-password' }).variable).toBe(
      'POSTMARK_INBOUND_WEBHOOK_PASSWORD',
    );
    const config = loadConfig({ ...withDomain, POSTMARK_INBOUND_WEBHOOK_PASSWORD: 'a-long-random-webhook-secret' });
    expect(config.mail.inbound).toEqual({
      domain: 'inbound.example.com',
      mailbox: 'support',
      webhook: { username: 'postmark', password: 'a-long-random-webhook-secret' },
    });
  });

  it('refuses half a configuration and malformed values', () => {
    expect(configError({ ...production, POSTMARK_INBOUND_WEBHOOK_PASSWORD: 'a-long-random-webhook-secret' }).variable).toBe(
      'INBOUND_EMAIL_DOMAIN',
    );
    expect(configError({ INBOUND_EMAIL_DOMAIN: 'localhost' }).variable).toBe('INBOUND_EMAIL_DOMAIN');
    expect(configError({ INBOUND_MAILBOX: 'help+desk' }).variable).toBe('INBOUND_MAILBOX');
    expect(configError({ POSTMARK_INBOUND_WEBHOOK_USER: 'a:b' }).variable).toBe('POSTMARK_INBOUND_WEBHOOK_USER');
  });
});
