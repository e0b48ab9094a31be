import { formatByteSize, MAX_FILES_PER_MESSAGE, MAX_UPLOAD_BYTES } from './attachment-limits';

describe('attachment limits', () => {
  it('a message carries at most 10 files of at most 20 MB each', () => {
    expect(MAX_FILES_PER_MESSAGE).toBe(10);
    expect(MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
  });

  it('sizes read as a person reads them', () => {
    expect(formatByteSize(0)).toBe('0 bytes');
    expect(formatByteSize(512)).toBe('512 bytes');
    expect(formatByteSize(1024)).toBe('1 KB');
    expect(formatByteSize(14 * 1024 + 100)).toBe('14 KB');
    expect(formatByteSize(1.2 * 1024 * 1024)).toBe('1.2 MB');
    expect(formatByteSize(MAX_UPLOAD_BYTES)).toBe('20 MB');
    expect(formatByteSize(3 * 1024 ** 3)).toBe('3 GB');
  });
});
