import { formatByteSize, MAX_FILES_PER_MESSAGE, MAX_UPLOAD_BYTES } from '@actionconnect/shared';

// The state of the files being attached to one message: which are on their way, which arrived
// (with the id the message will carry), which failed and why. A reducer of plain data, so what the
// picker shows and what a screen reader hears are decided here and tested without a browser.

const fileCount = (n: number) => (n === 1 ? '1 file' : `${n} files`);

/** How many files, and how large, one message may carry. */
export interface UploadLimits {
  maxFiles: number;
  maxBytes: number;
}

/** Ten files of 20 MiB each, the server's limits: checked here so nobody waits for a refusal. */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = { maxFiles: MAX_FILES_PER_MESSAGE, maxBytes: MAX_UPLOAD_BYTES };

/** What the server answers for a stored upload (201 of `POST /attachments`). */
export interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
}

/** One file in the picker. */
export interface UploadItem {
  /** Stable for the life of the picker: the React key and the handle to remove it by. */
  key: string;
  name: string;
  size: number;
  type: string;
  status: 'uploading' | 'done' | 'failed';
  /** Bytes sent so far, and out of how many (the multipart body is a little larger than the file). */
  loaded: number;
  total: number;
  attachment?: UploadedAttachment;
  /** Why it could not be attached (failed only). */
  error?: string;
  /**
   * The thumbnail of an arrived image: the server's copy, which its uploader may read (the page's
   * CSP allows no blob: images, and the server's type comes from the bytes, not the name).
   */
  previewUrl?: string;
}

/** The picker's whole state: its files, and the last thing worth announcing to a screen reader. */
export interface UploadState {
  items: readonly UploadItem[];
  announcement: string;
  /** Shown under the picker until the next change: files left out because the message was full. */
  notice: string;
}

/** An empty picker. */
export const EMPTY_UPLOADS: UploadState = { items: [], announcement: '', notice: '' };

/** A file as chosen, dropped or pasted: what the checks need of it. */
export interface FileFacts {
  name: string;
  size: number;
  type: string;
}

/** Everything that happens to the files of a picker. */
export type UploadAction =
  | { type: 'added'; items: readonly UploadItem[]; refused?: string }
  | { type: 'progress'; key: string; loaded: number; total: number }
  | { type: 'succeeded'; key: string; attachment: UploadedAttachment }
  | { type: 'failed'; key: string; message: string }
  | { type: 'removed'; key: string }
  | { type: 'cleared' };

/** The next state of a picker. */
export function uploadsReducer(state: UploadState, action: UploadAction): UploadState {
  switch (action.type) {
    case 'added': {
      const uploading = action.items.filter((item) => item.status === 'uploading').length;
      const failed = action.items.filter((item) => item.status === 'failed');
      const parts = [
        uploading > 0 ? `Uploading ${fileCount(uploading)}…` : '',
        ...failed.map((item) => `${item.name} was not attached: ${item.error}`),
        action.refused ?? '',
      ].filter(Boolean);
      return {
        items: [...state.items, ...action.items],
        announcement: parts.join(' ') || state.announcement,
        notice: action.refused ?? '',
      };
    }
    case 'progress':
      return update(state, action.key, (item) =>
        item.status === 'uploading' ? { ...item, loaded: Math.min(action.loaded, action.total), total: action.total } : item,
      );
    case 'succeeded': {
      const next = update(state, action.key, (item) =>
        item.status === 'uploading'
          ? { ...item, status: 'done', loaded: item.total, attachment: action.attachment, previewUrl: previewOf(action.attachment) }
          : item,
      );
      const item = find(next, action.key);
      return item?.status === 'done' ? { ...next, announcement: `${item.name} attached.` } : next;
    }
    case 'failed': {
      const next = update(state, action.key, (item) =>
        item.status === 'uploading' ? { ...item, status: 'failed', error: action.message } : item,
      );
      const item = find(next, action.key);
      return item?.status === 'failed' ? { ...next, announcement: `${item.name} was not attached: ${action.message}` } : next;
    }
    case 'removed': {
      const item = find(state, action.key);
      if (!item) return state;
      return { items: state.items.filter((i) => i.key !== action.key), announcement: `${item.name} removed.`, notice: '' };
    }
    case 'cleared':
      return EMPTY_UPLOADS;
  }
}

const PREVIEW_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

function previewOf(attachment: UploadedAttachment): string | undefined {
  return PREVIEW_TYPES.has(attachment.contentType) ? `/attachments/${encodeURIComponent(attachment.id)}` : undefined;
}

function update(state: UploadState, key: string, change: (item: UploadItem) => UploadItem): UploadState {
  let changed = false;
  const items = state.items.map((item) => {
    if (item.key !== key) return item;
    const next = change(item);
    changed ||= next !== item;
    return next;
  });
  return changed ? { ...state, items } : state;
}

function find(state: UploadState, key: string): UploadItem | undefined {
  return state.items.find((item) => item.key === key);
}

/** What to do with newly chosen files: each one uploaded or refused at once, and any left over. */
export interface UploadPlan {
  /** In the order given: `problem` set for a file refused before upload (too large, empty). */
  files: { index: number; problem: string | null }[];
  /** Said once when some files were not added at all because the message is full. */
  refused: string | null;
}

/**
 * Decides, before a byte is sent, which new files go: a file over the size limit or empty is
 * refused with its own message; files past the count limit (counting those already uploading or
 * attached, never the failed ones) are left out, and the picker says how many.
 */
export function planUploads(existing: readonly UploadItem[], files: readonly FileFacts[], limits: UploadLimits): UploadPlan {
  const room = Math.max(0, limits.maxFiles - existing.filter((item) => item.status !== 'failed').length);
  const plan: UploadPlan = { files: [], refused: null };
  let taken = 0;
  let left = 0;
  files.forEach((file, index) => {
    const problem = fileProblem(file, limits);
    if (problem) {
      plan.files.push({ index, problem });
    } else if (taken < room) {
      taken += 1;
      plan.files.push({ index, problem: null });
    } else {
      left += 1;
    }
  });
  if (left > 0) {
    const max = `You can attach ${fileCount(limits.maxFiles)} at most`;
    plan.refused = left === 1 ? `${max}: 1 file was not added.` : `${max}: ${left} files were not added.`;
  }
  return plan;
}

/** Why a file cannot go before it is sent, or null. */
export function fileProblem(file: FileFacts, limits: UploadLimits): string | null {
  if (file.size > limits.maxBytes) return `Files can be ${formatByteSize(limits.maxBytes)} at most.`;
  if (file.size === 0) return 'The file is empty.';
  return null;
}

/** The ids to send with the message: its arrived files, in the order they were added. */
export function attachmentIdsOf(items: readonly UploadItem[]): string[] {
  return items.flatMap((item) => (item.status === 'done' && item.attachment ? [item.attachment.id] : []));
}

/** Whether a file is still on its way (the message waits for it). */
export function isUploading(items: readonly UploadItem[]): boolean {
  return items.some((item) => item.status === 'uploading');
}

/** Whether a file failed and is still listed (the person removes it, so nothing is silently left out). */
export function hasFailedUpload(items: readonly UploadItem[]): boolean {
  return items.some((item) => item.status === 'failed');
}

/** Said on sending while a failed file is still listed: sending would silently leave it out. */
export const FAILED_UPLOADS_MESSAGE = "Some files couldn't be attached. Remove them (or attach them again), then send.";

/** Shown when the upload never got an answer. */
export const UPLOAD_NETWORK_MESSAGE = "The upload didn't reach us. Check your connection, remove the file and try again.";
const UNEXPECTED = 'Something went wrong on our side. Remove the file and try again in a moment.';

/**
 * The sentence for a refused upload, from its HTTP status and the server's error JSON
 * (`{errors:[{message, extensions:{code, retryAfterSeconds?}}]}`): the server's own words for what
 * it refused and why (type, name), ours for size, rate limits, sign-in and failures it masks.
 */
export function uploadErrorMessage(status: number, body: unknown, limits: UploadLimits = DEFAULT_UPLOAD_LIMITS): string {
  if (status === 0) return UPLOAD_NETWORK_MESSAGE;
  const error = firstError(body);
  const code = error?.code;
  if (status === 413) return `The file is too large: files can be ${formatByteSize(limits.maxBytes)} at most.`;
  if (status === 429 || code === 'RATE_LIMITED') {
    const seconds = error?.retryAfterSeconds;
    const minutes = typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds / 60) : null;
    const wait = minutes ? `in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}` : 'later';
    return `You've uploaded many files in a short time. Try again ${wait}.`;
  }
  if (status === 401 || code === 'UNAUTHENTICATED') return 'Your session has ended. Sign in again to attach files.';
  if (status >= 400 && status < 500 && code === 'BAD_USER_INPUT' && error?.message) return error.message;
  return UNEXPECTED;
}

function firstError(body: unknown): { message?: string; code?: unknown; retryAfterSeconds?: unknown } | null {
  const errors = (body as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const first = (errors[0] ?? {}) as { message?: unknown; extensions?: { code?: unknown; retryAfterSeconds?: unknown } };
  return {
    message: typeof first.message === 'string' ? first.message : undefined,
    code: first.extensions?.code,
    retryAfterSeconds: first.extensions?.retryAfterSeconds,
  };
}

/** The same upload answer read from a body that is not JSON (a proxy's HTML page) or JSON. */
export function parseUploadBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Whether an answer to `POST /attachments` is a stored file. */
export function isUploadedAttachment(body: unknown): body is UploadedAttachment {
  const b = body as Partial<UploadedAttachment> | null;
  return typeof b?.id === 'string' && typeof b.fileName === 'string' && typeof b.contentType === 'string' && typeof b.byteSize === 'number';
}
