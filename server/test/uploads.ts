import type { Caller } from './graphql';
import type { TestApp, TestResponse } from './http';

/** A tiny valid PNG signature and header, enough for the byte check that makes a file an image. */
export const PNG_BYTES = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(64, 1)]);

const BOUNDARY = '----actionconnect-upload-boundary';
const cookieOf = (caller: Caller) => [...caller.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Uploads one file as `caller` through POST /attachments, as the clients do; returns the new upload's id. */
export async function uploadAs(app: TestApp, caller: Caller, fileName: string, body: Buffer | string): Promise<string> {
  const payload = Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n`),
    Buffer.from('Content-Type: application/octet-stream\r\n\r\n'),
    Buffer.from(body),
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
  const res = await app.request('/attachments', {
    host: caller.host,
    method: 'POST',
    body: payload,
    headers: { cookie: cookieOf(caller), 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'apollo-require-preflight': 'true' },
  });
  if (res.status !== 201) throw new Error(`upload refused: ${res.status} ${res.text}`);
  return res.json<{ id: string }>().id;
}

/** GETs a file as `caller`. */
export function downloadAs(app: TestApp, caller: Caller, id: string): Promise<TestResponse> {
  return app.request(`/attachments/${id}`, { host: caller.host, headers: { cookie: cookieOf(caller) } });
}
