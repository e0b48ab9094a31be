import { hasPlaceholderName, pastedImageName } from './attachments.util';
import {
  attachmentIdsOf,
  DEFAULT_UPLOAD_LIMITS,
  EMPTY_UPLOADS,
  hasFailedUpload,
  isUploading,
  planUploads,
  uploadsReducer,
  type UploadAction,
  type UploadItem,
} from './upload-state';
import type { UploadLimits, UploadState } from './upload-state';
import { UploadAborted, UploadFailed, type RunningUpload, type UploadTransport } from './upload-transport';

/** How the files reached the picker: pasted images get a name of their own. */
export type FileSource = 'picked' | 'dropped' | 'pasted';

/** What a form around a picker needs to know: the ids to send, and whether it must wait or warn. */
export interface UploadSummary {
  attachmentIds: readonly string[];
  uploading: boolean;
  failed: boolean;
}

/** The summary of a picker's files. */
export function summarize(items: readonly UploadItem[]): UploadSummary {
  return { attachmentIds: attachmentIdsOf(items), uploading: isUploading(items), failed: hasFailedUpload(items) };
}

function sameSummary(a: UploadSummary, b: UploadSummary): boolean {
  return a.uploading === b.uploading && a.failed === b.failed && a.attachmentIds.join('\n') === b.attachmentIds.join('\n');
}

/** What an UploadStore is built from. */
export interface UploadStoreOptions {
  transport: UploadTransport;
  limits?: UploadLimits;
  /** The clock pasted images are named by. */
  now?: () => Date;
}

/**
 * The files of one message, outside React: each file starts uploading as soon as it is added, a
 * removed file's upload is aborted, and every change goes through `uploadsReducer`. The hook
 * `useFileUploads` reads it with useSyncExternalStore, so two additions in one event both count
 * against the limit, and tests drive it without a browser.
 */
export class UploadStore {
  private state: UploadState = EMPTY_UPLOADS;
  private readonly listeners = new Set<() => void>();
  private readonly running = new Map<string, RunningUpload>();
  private nextKey = 1;
  private summary: UploadSummary = summarize([]);
  private summaryListener: ((summary: UploadSummary) => void) | undefined;
  readonly limits: UploadLimits;

  constructor(private readonly options: UploadStoreOptions) {
    this.limits = options.limits ?? DEFAULT_UPLOAD_LIMITS;
  }

  /** The current state (stable between changes, as useSyncExternalStore needs). */
  getState = (): UploadState => this.state;

  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Sets the one function told when the ids, or whether files are uploading or failed, change (an intake field's answer). */
  onSummaryChange(listener: ((summary: UploadSummary) => void) | undefined): void {
    this.summaryListener = listener;
  }

  /** Adds files: each is refused at once (too large, no room) or starts uploading. */
  add(input: Iterable<File> | ArrayLike<File>, source: FileSource = 'picked'): void {
    const given = Array.from(input as ArrayLike<File>);
    if (given.length === 0) return;
    const files = source === 'pasted' ? this.named(given) : given;
    const plan = planUploads(this.state.items, files, this.limits);
    const started: { item: UploadItem; file: File }[] = [];
    const items = plan.files.map(({ index, problem }) => {
      const file = files[index];
      const key = `upload-${this.nextKey++}`;
      const base = { key, name: file.name, size: file.size, type: file.type, loaded: 0, total: file.size };
      if (problem) return { ...base, status: 'failed', error: problem } satisfies UploadItem;
      const item: UploadItem = { ...base, status: 'uploading' };
      started.push({ item, file });
      return item;
    });
    this.dispatch({ type: 'added', items, refused: plan.refused ?? undefined });
    for (const { item, file } of started) this.start(item.key, file);
  }

  /** Takes a file out of the message; one still uploading is aborted. */
  remove(key: string): void {
    this.running.get(key)?.abort();
    this.running.delete(key);
    this.dispatch({ type: 'removed', key });
  }

  /** Forgets every file (after the message is sent), aborting any still on its way. */
  clear(): void {
    this.stopAll();
    this.dispatch({ type: 'cleared' });
  }

  /** Aborts running uploads, without a change to listen to (on unmount). */
  stopAll(): void {
    for (const upload of this.running.values()) upload.abort();
    this.running.clear();
  }

  private start(key: string, file: File): void {
    const upload = this.options.transport(file, file.name, (loaded, total) => this.dispatch({ type: 'progress', key, loaded, total }));
    this.running.set(key, upload);
    upload.done.then(
      (attachment) => {
        if (this.running.get(key) !== upload) return;
        this.running.delete(key);
        this.dispatch({ type: 'succeeded', key, attachment });
      },
      (error: unknown) => {
        if (this.running.get(key) !== upload || error instanceof UploadAborted) return;
        this.running.delete(key);
        const message = error instanceof UploadFailed ? error.message : "The upload didn't finish. Remove the file and try again.";
        this.dispatch({ type: 'failed', key, message });
      },
    );
  }

  /** Pasted images keep a name the person gave them, and get a dated one for the browser's "image.png". */
  private named(files: File[]): File[] {
    const taken = new Set(this.state.items.map((item) => item.name));
    const at = (this.options.now ?? (() => new Date()))();
    return files.map((file) => {
      if (!file.type.startsWith('image/') || !hasPlaceholderName(file.name)) return file;
      const name = pastedImageName(file.type, at, taken);
      taken.add(name);
      return new File([file], name, { type: file.type, lastModified: file.lastModified });
    });
  }

  private dispatch(action: UploadAction): void {
    const next = uploadsReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const listener of this.listeners) listener();
    const summary = summarize(next.items);
    if (sameSummary(summary, this.summary)) return;
    this.summary = summary;
    this.summaryListener?.(summary);
  }
}
