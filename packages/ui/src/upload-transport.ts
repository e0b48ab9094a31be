import { isUploadedAttachment, parseUploadBody, uploadErrorMessage, type UploadedAttachment, type UploadLimits } from './upload-state';

// One file to `POST /attachments`. XMLHttpRequest rather than fetch: only it reports upload
// progress (fetch has no upload progress events in any browser yet).

/** An upload on its way: its result, and how to stop it. */
export interface RunningUpload {
  /** Resolves with the stored file; rejects with an UploadFailed (or an UploadAborted once aborted). */
  done: Promise<UploadedAttachment>;
  abort(): void;
}

/** Starts one upload, reporting bytes sent; the hook takes any such function (tests give a fake). */
export type UploadTransport = (file: Blob, fileName: string, onProgress: (loaded: number, total: number) => void) => RunningUpload;

/** An upload the server refused or that never arrived, with the sentence to show for it. */
export class UploadFailed extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadFailed';
  }
}

/** An upload stopped on purpose (the file was removed): nothing to show. */
export class UploadAborted extends Error {
  constructor() {
    super('The upload was stopped.');
    this.name = 'UploadAborted';
  }
}

/** What xhrTransport needs of XMLHttpRequest, so tests can hand it a fake. */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: FormData): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  upload: { onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  ontimeout: (() => void) | null;
}

/** Options of the XMLHttpRequest transport. */
export interface XhrTransportOptions {
  /** Where files go (same host, so the session cookie goes with them). */
  endpoint?: string;
  limits?: UploadLimits;
  createXhr?: () => XhrLike;
}

/**
 * Uploads with XMLHttpRequest to `POST /attachments` as multipart/form-data with one `file` part
 * and the `apollo-require-preflight` header the server asks of every upload (its CSRF wall: a
 * cross-site page cannot send a custom header without a preflight, which the server never answers).
 */
export function xhrTransport(options: XhrTransportOptions = {}): UploadTransport {
  const endpoint = options.endpoint ?? '/attachments';
  const createXhr = options.createXhr ?? (() => new XMLHttpRequest() as unknown as XhrLike);
  return (file, fileName, onProgress) => {
    const xhr = createXhr();
    let aborted = false;
    const done = new Promise<UploadedAttachment>((resolve, reject) => {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () => {
        const body = parseUploadBody(xhr.responseText);
        if (xhr.status === 201 && isUploadedAttachment(body)) resolve(body);
        else reject(new UploadFailed(uploadErrorMessage(xhr.status, body, options.limits), xhr.status));
      };
      xhr.onerror = xhr.ontimeout = () => reject(new UploadFailed(uploadErrorMessage(0, null, options.limits), 0));
      xhr.onabort = () => reject(new UploadAborted());
      const form = new FormData();
      form.append('file', file, fileName);
      xhr.open('POST', endpoint);
      xhr.setRequestHeader('apollo-require-preflight', 'true');
      xhr.send(form);
    });
    return {
      done,
      abort() {
        if (aborted) return;
        aborted = true;
        xhr.abort();
      },
    };
  };
}
