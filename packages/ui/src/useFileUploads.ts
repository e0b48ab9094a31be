import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { attachmentIdsOf, hasFailedUpload, isUploading, type UploadItem, type UploadLimits } from './upload-state';
import { UploadStore, type FileSource, type PreviewUrls } from './upload-store';
import { xhrTransport, type UploadTransport } from './upload-transport';

/** The files being attached to one message, and what to do with them. */
export interface FileUploads {
  items: readonly UploadItem[];
  /** The last change worth saying aloud ("report.pdf attached."), for an aria-live region. */
  announcement: string;
  /** The ids to send with the message: the files that arrived. */
  attachmentIds: readonly string[];
  /** A file is still on its way: the message waits. */
  uploading: boolean;
  /** A file failed and is still listed. */
  failed: boolean;
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
}

const browserPreviews: PreviewUrls = {
  create: (file) => (typeof URL.createObjectURL === 'function' ? URL.createObjectURL(file) : undefined),
  revoke: (url) => URL.revokeObjectURL(url),
};

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
        previews: browserPreviews,
      }),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  useEffect(() => () => store.stopAll(), [store]);
  return useMemo(
    () => ({
      items: state.items,
      announcement: state.announcement,
      attachmentIds: attachmentIdsOf(state.items),
      uploading: isUploading(state.items),
      failed: hasFailedUpload(state.items),
      limits: store.limits,
      add: (files, source) => store.add(files, source),
      remove: (key) => store.remove(key),
      clear: () => store.clear(),
    }),
    [state, store],
  );
}
