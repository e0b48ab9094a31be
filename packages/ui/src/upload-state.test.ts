import {
  attachmentIdsOf,
  DEFAULT_UPLOAD_LIMITS,
  EMPTY_UPLOADS,
  fileProblem,
  hasFailedUpload,
  isUploadedAttachment,
  isUploading,
  planUploads,
  uploadErrorMessage,
  uploadsReducer,
  type UploadItem,
  type UploadState,
} from './upload-state';

const MiB = 1024 * 1024;

function item(key: string, overrides: Partial<UploadItem> = {}): UploadItem {
  return { key, name: `${key}.pdf`, size: 1000, type: 'application/pdf', status: 'uploading', loaded: 0, total: 1000, ...overrides };
}

const attachment = (id: string) => ({ id, fileName: `${id}.pdf`, contentType: 'application/octet-stream', byteSize: 1000 });

describe('the limits of a message', () => {
  it('are the server’s: ten files of 20 MiB', () => {
    expect(DEFAULT_UPLOAD_LIMITS).toEqual({ maxFiles: 10, maxBytes: 20 * MiB });
  });

  it('refuse a file over 20 MiB before a byte is sent, and an empty one', () => {
    expect(fileProblem({ name: 'a.iso', size: 20 * MiB + 1, type: '' }, DEFAULT_UPLOAD_LIMITS)).toBe('Files can be 20 MB at most.');
    expect(fileProblem({ name: 'b.iso', size: 300 * MiB, type: '' }, DEFAULT_UPLOAD_LIMITS)).toBe('Files can be 20 MB at most.');
    expect(fileProblem({ name: 'c.txt', size: 0, type: '' }, DEFAULT_UPLOAD_LIMITS)).toBe('The file is empty.');
    expect(fileProblem({ name: 'd.bin', size: 20 * MiB, type: '' }, DEFAULT_UPLOAD_LIMITS)).toBeNull();
  });

  it('leave out the files past the tenth, counting those already attached but not the failed ones', () => {
    const existing = [
      ...Array.from({ length: 7 }, (_, i) => item(`ok${i}`, { status: 'done' })),
      item('failed', { status: 'failed', error: 'x' }),
    ];
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `n${i}.pdf`, size: 10, type: '' }));
    const plan = planUploads(existing, files, DEFAULT_UPLOAD_LIMITS);
    expect(plan.files).toEqual([
      { index: 0, problem: null },
      { index: 1, problem: null },
      { index: 2, problem: null },
    ]);
    expect(plan.refused).toBe('You can attach 10 files at most: 2 files were not added.');
  });

  it('list a too-large file with its reason without letting it take a place', () => {
    const files = [
      { name: 'big.iso', size: 21 * MiB, type: '' },
      { name: 'a.pdf', size: 10, type: '' },
      { name: 'b.pdf', size: 10, type: '' },
    ];
    const plan = planUploads([], files, { maxFiles: 1, maxBytes: 20 * MiB });
    expect(plan.files.map((f) => [f.index, f.problem !== null])).toEqual([
      [0, true],
      [1, false],
    ]);
    expect(plan.refused).toBe('You can attach 1 file at most: 1 file was not added.');
  });
});

describe('the state of a message’s files', () => {
  const start: UploadState = uploadsReducer(EMPTY_UPLOADS, { type: 'added', items: [item('a'), item('b')] });

  it('announces new files as they start uploading', () => {
    expect(start.items.map((i) => i.key)).toEqual(['a', 'b']);
    expect(start.announcement).toBe('Uploading 2 files…');
  });

  it('announces files refused at once with their reason', () => {
    const next = uploadsReducer(EMPTY_UPLOADS, {
      type: 'added',
      items: [item('big', { status: 'failed', error: 'Files can be 20 MB at most.' })],
      refused: 'You can attach 10 files at most: 1 file was not added.',
    });
    expect(next.announcement).toBe(
      'big.pdf was not attached: Files can be 20 MB at most. You can attach 10 files at most: 1 file was not added.',
    );
    expect(next.notice).toBe('You can attach 10 files at most: 1 file was not added.');
    expect(uploadsReducer(next, { type: 'removed', key: 'big' }).notice).toBe('');
  });

  it('follows progress without going past the whole', () => {
    const next = uploadsReducer(start, { type: 'progress', key: 'a', loaded: 1500, total: 1200 });
    expect(next.items[0]).toMatchObject({ loaded: 1200, total: 1200 });
    expect(next.announcement).toBe(start.announcement);
  });

  it('keeps the id of an arrived file for the message, in the order the files were added', () => {
    let state = uploadsReducer(start, { type: 'succeeded', key: 'b', attachment: attachment('id-b') });
    expect(state.announcement).toBe('b.pdf attached.');
    expect(isUploading(state.items)).toBe(true);
    state = uploadsReducer(state, { type: 'succeeded', key: 'a', attachment: attachment('id-a') });
    expect(attachmentIdsOf(state.items)).toEqual(['id-a', 'id-b']);
    expect(isUploading(state.items)).toBe(false);
  });

  it('shows an arrived image from the server’s copy, and no thumbnail for other files', () => {
    const image = { id: 'i/1', fileName: 'shot.png', contentType: 'image/png', byteSize: 3 };
    let state = uploadsReducer(start, { type: 'succeeded', key: 'a', attachment: image });
    state = uploadsReducer(state, { type: 'succeeded', key: 'b', attachment: attachment('id-b') });
    expect(state.items.map((i) => i.previewUrl)).toEqual(['/attachments/i%2F1', undefined]);
  });

  it('shows why a file failed, and never sends it', () => {
    const state = uploadsReducer(start, { type: 'failed', key: 'a', message: 'Files of type .exe cannot be uploaded.' });
    expect(state.items[0]).toMatchObject({ status: 'failed', error: 'Files of type .exe cannot be uploaded.' });
    expect(state.announcement).toBe('a.pdf was not attached: Files of type .exe cannot be uploaded.');
    expect(hasFailedUpload(state.items)).toBe(true);
    expect(attachmentIdsOf(state.items)).toEqual([]);
  });

  it('ignores news of a file already removed (an aborted upload that answers late)', () => {
    const removed = uploadsReducer(start, { type: 'removed', key: 'a' });
    expect(removed.announcement).toBe('a.pdf removed.');
    expect(uploadsReducer(removed, { type: 'succeeded', key: 'a', attachment: attachment('late') })).toBe(removed);
    expect(uploadsReducer(removed, { type: 'progress', key: 'a', loaded: 1, total: 2 })).toBe(removed);
    expect(uploadsReducer(removed, { type: 'removed', key: 'a' })).toBe(removed);
  });

  it('never turns a finished file back into a failed one', () => {
    const done = uploadsReducer(start, { type: 'succeeded', key: 'a', attachment: attachment('id-a') });
    expect(uploadsReducer(done, { type: 'failed', key: 'a', message: 'late' })).toBe(done);
  });

  it('starts empty again once the message is sent', () => {
    expect(uploadsReducer(start, { type: 'cleared' })).toBe(EMPTY_UPLOADS);
  });
});

describe('a refused upload', () => {
  const error = (code: string, message: string, extra: Record<string, unknown> = {}) => ({
    errors: [{ message, extensions: { code, ...extra } }],
  });

  it('says how large a file may be', () => {
    expect(uploadErrorMessage(413, error('BAD_USER_INPUT', 'The file is larger than 20 MB.'))).toBe(
      'The file is too large: files can be 20 MB at most.',
    );
  });

  it('gives the server’s reason for a type or name it refuses', () => {
    expect(uploadErrorMessage(400, error('BAD_USER_INPUT', 'Files of type .exe cannot be uploaded.'))).toBe(
      'Files of type .exe cannot be uploaded.',
    );
    expect(uploadErrorMessage(400, error('BAD_USER_INPUT', 'Programs and scripts cannot be uploaded.'))).toBe(
      'Programs and scripts cannot be uploaded.',
    );
  });

  it('says when to try again after too many uploads', () => {
    expect(uploadErrorMessage(429, error('RATE_LIMITED', 'Too many attempts.', { retryAfterSeconds: 125 }))).toBe(
      "You've uploaded many files in a short time. Try again in 3 minutes.",
    );
    expect(uploadErrorMessage(429, error('RATE_LIMITED', 'Too many attempts.', { retryAfterSeconds: 20 }))).toBe(
      "You've uploaded many files in a short time. Try again in 1 minute.",
    );
    expect(uploadErrorMessage(429, null)).toBe("You've uploaded many files in a short time. Try again later.");
  });

  it('asks to sign in again when the session ended', () => {
    expect(uploadErrorMessage(401, error('UNAUTHENTICATED', 'Sign in to upload files.'))).toBe(
      'Your session has ended. Sign in again to attach files.',
    );
  });

  it('never shows a proxy page, a masked error or a header problem as if it were the reason', () => {
    expect(uploadErrorMessage(502, null)).toMatch(/Something went wrong on our side/);
    expect(uploadErrorMessage(500, error('INTERNAL_SERVER_ERROR', 'Unexpected error.'))).toMatch(/Something went wrong/);
    expect(uploadErrorMessage(400, error('BAD_REQUEST', 'Uploads must send the apollo-require-preflight header.'))).toMatch(
      /Something went wrong/,
    );
  });

  it('says when the upload never reached the server', () => {
    expect(uploadErrorMessage(0, null)).toMatch(/Check your connection/);
  });

  it('is told from a stored file by its shape', () => {
    expect(isUploadedAttachment(attachment('x'))).toBe(true);
    expect(isUploadedAttachment({ id: 'x' })).toBe(false);
    expect(isUploadedAttachment(null)).toBe(false);
  });
});
