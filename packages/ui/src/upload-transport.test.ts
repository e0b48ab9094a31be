import { UploadAborted, UploadFailed, xhrTransport, type XhrLike } from './upload-transport';

/** An XMLHttpRequest that records what it was asked and answers when the test says so. */
class FakeXhr implements XhrLike {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  aborted = false;
  upload: XhrLike['upload'] = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

function setup() {
  const xhrs: FakeXhr[] = [];
  const upload = xhrTransport({
    createXhr: () => {
      const xhr = new FakeXhr();
      xhrs.push(xhr);
      return xhr;
    },
  });
  return { upload, xhrs };
}

const png = () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });

describe('an upload to the help desk', () => {
  it('posts one multipart "file" part, named, to /attachments with the CSRF preflight header', async () => {
    const { upload, xhrs } = setup();
    const running = upload(png(), 'pasted-image-2026-12-02-0412.png', () => undefined);
    const [xhr] = xhrs;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/attachments');
    expect(xhr.headers).toEqual({ 'apollo-require-preflight': 'true' });
    const part = xhr.body?.get('file') as File;
    expect(part.name).toBe('pasted-image-2026-12-02-0412.png');
    expect([...(xhr.body?.keys() ?? [])]).toEqual(['file']);
    const stored = { id: 'f1', fileName: 'pasted-image-2026-12-02-0412.png', contentType: 'image/png', byteSize: 4 };
    xhr.answer(201, stored);
    await expect(running.done).resolves.toEqual(stored);
  });

  it('reports the bytes sent', () => {
    const { upload, xhrs } = setup();
    const seen: [number, number][] = [];
    upload(png(), 'a.png', (loaded, total) => seen.push([loaded, total]));
    xhrs[0].upload.onprogress?.({ loaded: 10, total: 40, lengthComputable: true });
    xhrs[0].upload.onprogress?.({ loaded: 0, total: 0, lengthComputable: false });
    expect(seen).toEqual([[10, 40]]);
  });

  it('fails with the server’s reason when it refuses the file', async () => {
    const { upload, xhrs } = setup();
    const running = upload(png(), 'run.exe', () => undefined);
    xhrs[0].answer(400, { errors: [{ message: 'Files of type .exe cannot be uploaded.', extensions: { code: 'BAD_USER_INPUT' } }] });
    await expect(running.done).rejects.toEqual(new UploadFailed('Files of type .exe cannot be uploaded.', 400));
  });

  it('fails with a plain sentence when a proxy answers with a page of its own', async () => {
    const { upload, xhrs } = setup();
    const running = upload(png(), 'a.png', () => undefined);
    xhrs[0].answer(502, '<html>Bad gateway</html>');
    await expect(running.done).rejects.toThrow(/Something went wrong on our side/);
  });

  it('fails when the connection drops', async () => {
    const { upload, xhrs } = setup();
    const running = upload(png(), 'a.png', () => undefined);
    xhrs[0].onerror?.();
    await expect(running.done).rejects.toThrow(/Check your connection/);
  });

  it('stops when aborted, once', async () => {
    const { upload, xhrs } = setup();
    const running = upload(png(), 'a.png', () => undefined);
    running.abort();
    running.abort();
    expect(xhrs[0].aborted).toBe(true);
    await expect(running.done).rejects.toBeInstanceOf(UploadAborted);
  });
});
