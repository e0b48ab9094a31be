// How large an uploaded file may be, for the server that enforces it and the clients that check
// it before sending a byte (a 200 MB video is refused at once instead of after a long upload).

/** The largest file we accept: 20 MiB, the common mail-attachment ceiling (Gmail, Zendesk allow 20–25 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
