import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { UploadItem, UploadLimits } from './upload-state';
import { summarize, UploadStore, type FileSource, type UploadSummary } from './upload-store';
import { xhrTransport, type UploadTransport } from './upload-transport';

/** The files being attached to one message, and what to do with them. */
export interface FileUploads extends UploadSummary {
  items: readonly UploadItem[];
  /** The last change worth saying aloud ("report.pdf attached."), for an aria-live region. */
  announcement: string;
  /** Files left out because the message was full, shown until the next change. */
  notice: string;
  limits: UploadLimits;
  add(files: Iterable<File> | ArrayLike<File>, source?: FileSource): void;
  remove(key: string): void;
  /** Forgets every file: call once the message is sent. */
  clear(): void;
}

/** Options of useFileUploads; the defaults upload to `POST /attachments` with the server's limits. */
export interface UseFileUploadsOptions {
  limits?: UploadLimits;
  transport?: UploadTransport;
  /** Called when the ids to send, or whether files are uploading or failed, change (not during a render). */
  onChange?: (summary: UploadSummary) => void;
}

/**
 * The state of a message's attachments: files upload as soon as they are added (picked, dropped or
 * pasted), with progress; removing one aborts its upload; leaving the page aborts them all.
 */
export function useFileUploads(options: UseFileUploadsOptions = {}): FileUploads {
  const [store] = useState(
    () =>
      new UploadStore({
        transport: options.transport ?? xhrTransport({ limits: options.limits }),
        limits: options.limits,
      }),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  useEffect(() => () => store.stopAll(), [store]);
  useEffect(() => store.onSummaryChange(options.onChange), [store, options.onChange]);
  return useMemo(
    () => ({
      items: state.items,
      announcement: state.announcement,
      notice: state.notice,
      ...summarize(state.items),
      limits: store.limits,
      add: (files, source) => store.add(files, source),
      remove: (key) => store.remove(key),
      clear: () => store.clear(),
    }),
    [state, store],
  );
}
