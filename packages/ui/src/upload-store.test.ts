import { UploadStore } from './upload-store';
import { UploadAborted, UploadFailed, type UploadTransport } from './upload-transport';
import type { UploadedAttachment } from './upload-state';

/** A transport whose uploads finish when the test says so. */
function fakeTransport() {
  const calls: {
    fileName: string;
    file: Blob;
    progress(loaded: number, total: number): void;
    resolve(a: UploadedAttachment): void;
    reject(e: unknown): void;
    aborted: boolean;
  }[] = [];
  const transport: UploadTransport = (file, fileName, onProgress) => {
    let resolve!: (a: UploadedAttachment) => void;
    let reject!: (e: unknown) => void;
    const done = new Promise<UploadedAttachment>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const call = { fileName, file, progress: onProgress, resolve, reject, aborted: false };
    calls.push(call);
    return {
      done,
      abort() {
        call.aborted = true;
        reject(new UploadAborted());
      },
    };
  };
  return { transport, calls };
}

const stored = (id: string, fileName: string): UploadedAttachment => ({ id, fileName, contentType: 'image/png', byteSize: 3 });
const file = (name: string, type = 'application/pdf', size = 3) => new File([new Uint8Array(size)], name, { type });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the files of a message', () => {
  it('each start uploading the moment they are added, with progress, and give their ids once arrived', async () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport });
    store.add([file('a.pdf'), file('b.pdf')]);
    expect(calls.map((c) => c.fileName)).toEqual(['a.pdf', 'b.pdf']);
    calls[0].progress(1, 4);
    expect(store.getState().items[0]).toMatchObject({ status: 'uploading', loaded: 1, total: 4 });
    calls[1].resolve(stored('id-b', 'b.pdf'));
    calls[0].resolve(stored('id-a', 'a.pdf'));
    await settle();
    expect(store.getState().items.map((i) => i.attachment?.id)).toEqual(['id-a', 'id-b']);
  });

  it('abort an upload when its file is removed, and forget it', async () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport });
    store.add([file('a.pdf')]);
    const key = store.getState().items[0].key;
    store.remove(key);
    expect(calls[0].aborted).toBe(true);
    await settle();
    expect(store.getState().items).toEqual([]);
    expect(store.getState().announcement).toBe('a.pdf removed.');
  });

  it('show the server’s reason when an upload is refused', async () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport });
    store.add([file('run.exe')]);
    calls[0].reject(new UploadFailed('Files of type .exe cannot be uploaded.', 400));
    await settle();
    expect(store.getState().items[0]).toMatchObject({ status: 'failed', error: 'Files of type .exe cannot be uploaded.' });
  });

  it('send nothing for a file over the limit, and no eleventh file', () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport, limits: { maxFiles: 2, maxBytes: 10 } });
    store.add([file('big.bin', '', 11), file('a.pdf'), file('b.pdf'), file('c.pdf')]);
    expect(calls.map((c) => c.fileName)).toEqual(['a.pdf', 'b.pdf']);
    expect(store.getState().items.map((i) => [i.name, i.status])).toEqual([
      ['big.bin', 'failed'],
      ['a.pdf', 'uploading'],
      ['b.pdf', 'uploading'],
    ]);
    expect(store.getState().announcement).toContain('You can attach 2 files at most: 1 file was not added.');
    // Two additions in one event both count: the store's state, not a render's, decides.
    store.add([file('d.pdf')]);
    expect(calls).toHaveLength(2);
  });

  it('name a pasted screenshot by the minute, and keep the name of a pasted file that has one', () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport, now: () => new Date(2026, 11, 2, 4, 12) });
    store.add([file('image.png', 'image/png'), file('image.png', 'image/png'), file('diagram.png', 'image/png')], 'pasted');
    expect(calls.map((c) => c.fileName)).toEqual(['pasted-image-2026-12-02-0412.png', 'pasted-image-2026-12-02-0412-2.png', 'diagram.png']);
    expect((calls[0].file as File).name).toBe('pasted-image-2026-12-02-0412.png');
    expect(calls[0].file.type).toBe('image/png');
  });

  it('keep a chosen file named "image.png" as it is', () => {
    const { transport, calls } = fakeTransport();
    new UploadStore({ transport }).add([file('image.png', 'image/png')], 'picked');
    expect(calls[0].fileName).toBe('image.png');
  });

  it('abort every running upload when the composer goes away', () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport });
    store.add([file('a.pdf'), file('b.pdf')]);
    store.stopAll();
    expect(calls.every((c) => c.aborted)).toBe(true);
  });

  it('tell listeners of every change, and stop when they unsubscribe', () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport });
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    store.add([file('a.pdf')]);
    calls[0].progress(1, 3);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    calls[0].progress(2, 3);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('tell a form only when the ids to send, or whether to wait or warn, change (an intake field’s answer)', async () => {
    const { transport, calls } = fakeTransport();
    const store = new UploadStore({ transport });
    const seen: unknown[] = [];
    store.onSummaryChange((summary) => seen.push(summary));
    store.add([file('a.pdf'), file('b.pdf')]);
    calls[0].progress(1, 3);
    calls[0].resolve(stored('id-a', 'a.pdf'));
    await settle();
    calls[1].reject(new UploadFailed('No.', 400));
    await settle();
    expect(seen).toEqual([
      { attachmentIds: [], uploading: true, failed: false },
      { attachmentIds: ['id-a'], uploading: true, failed: false },
      { attachmentIds: ['id-a'], uploading: false, failed: true },
    ]);
  });
});
