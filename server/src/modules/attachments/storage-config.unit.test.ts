import path from 'node:path';
import { ConfigError, loadConfig } from '../../config';
import { createFileStorage } from './attachments.module';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected loadConfig(${JSON.stringify(env)}) to throw a ConfigError`);
}

const S3 = { S3_BUCKET: 'support-files', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret/with+chars' };

describe('file storage configuration', () => {
  it('keeps files on disk under the data folder when nothing is set, so `npm start` needs nothing more', () => {
    const config = loadConfig({ ACTIONCONNECT_ROOT: '/srv/ac' });
    expect(config.files).toEqual({ kind: 'disk', dir: path.resolve('/srv/ac/.data/files') });
  });

  it('follows DATA_DIR, also when PostgreSQL holds the data, and FILES_DIR wins over both', () => {
    expect(loadConfig({ DATA_DIR: '/var/lib/ac' }).files).toEqual({ kind: 'disk', dir: '/var/lib/ac/files' });
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/x', DATA_DIR: '/var/lib/ac' }).files).toEqual({
      kind: 'disk',
      dir: '/var/lib/ac/files',
    });
    expect(loadConfig({ DATA_DIR: '/var/lib/ac', FILES_DIR: '/mnt/files' }).files).toEqual({ kind: 'disk', dir: '/mnt/files' });
  });

  it('uses S3 when S3_BUCKET is set: AWS style without an endpoint, path style with one', () => {
    expect(loadConfig(S3).files).toEqual({
      kind: 's3',
      bucket: 'support-files',
      endpoint: null,
      region: 'us-east-1',
      forcePathStyle: false,
      credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret/with+chars' },
    });
    expect(loadConfig({ ...S3, S3_ENDPOINT: 'http://127.0.0.1:9000/', S3_REGION: 'eu-west-1' }).files).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      region: 'eu-west-1',
      forcePathStyle: true,
    });
    expect(loadConfig({ ...S3, S3_ENDPOINT: 'https://s3.example.com', S3_FORCE_PATH_STYLE: 'false' }).files).toMatchObject({
      forcePathStyle: false,
    });
  });

  it('leaves credentials to the SDK default chain (instance or task role) when neither key is set', () => {
    expect(loadConfig({ S3_BUCKET: 'support-files' }).files).toMatchObject({ kind: 's3', credentials: null });
  });

  it.each([
    [{ S3_ENDPOINT: 'http://127.0.0.1:9000' }, 'S3_BUCKET', /S3_BUCKET: is required when S3_ENDPOINT is set/],
    [{ S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's' }, 'S3_BUCKET', /required when S3_ACCESS_KEY_ID is set/],
    [{ S3_BUCKET: 'support-files', S3_ACCESS_KEY_ID: 'k' }, 'S3_SECRET_ACCESS_KEY', /required when S3_ACCESS_KEY_ID is set/],
    [{ S3_BUCKET: 'support-files', S3_SECRET_ACCESS_KEY: 's' }, 'S3_ACCESS_KEY_ID', /required when S3_SECRET_ACCESS_KEY is set/],
    [{ ...S3, S3_BUCKET: 'Bad_Bucket' }, 'S3_BUCKET', /bucket name/],
    [{ ...S3, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT', /base URL/],
    [{ ...S3, S3_ENDPOINT: 'http://minio:9000/bucket' }, 'S3_ENDPOINT', /base URL/],
    [{ ...S3, S3_REGION: 'EU West' }, 'S3_REGION', /region name/],
    [{ ...S3, S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE', /one of true, false/],
    [{ ...S3, FILES_DIR: '/mnt/files' }, 'FILES_DIR', /cannot be used with S3_BUCKET/],
  ])('refuses a bad or partial S3 configuration in one line: %j', (env, variable, message) => {
    const error = configError(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain('\n');
    expect(error.message).not.toContain('secret');
  });
});

describe('the storage the composition builds', () => {
  it('is the disk with no S3_* set, and S3 with S3_BUCKET', () => {
    expect(createFileStorage(loadConfig({}).files).kind).toBe('disk');
    expect(createFileStorage(loadConfig(S3).files).kind).toBe('s3');
  });
});
