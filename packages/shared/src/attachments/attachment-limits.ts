// What a message may carry, shared so the clients refuse before the server does, with the same numbers.

/** The largest file accepted: 20 MiB, the common mail-attachment ceiling (Gmail, Zendesk allow 20–25 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Files attached to one message (a reply, a note, or a request's first message with its form's file fields). */
export const MAX_FILES_PER_MESSAGE = 10;

/** A file size as a person reads it: "512 bytes", "14 KB", "1.2 MB" (1 KB = 1024 bytes, as file managers count). */
export function formatByteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Math.max(0, Math.round(bytes || 0))} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // One decimal below 10 ("1.2 MB"), none above ("14 KB"); a trailing ".0" is dropped.
  const shown = value < 10 ? (Math.round(value * 10) / 10).toString() : Math.round(value).toString();
  return `${shown} ${units[unit]}`;
}
