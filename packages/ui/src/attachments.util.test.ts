import { attachmentHref, filesToAttachFromPaste, fileTypeLabel, hasPlaceholderName, isFileDrag, pastedImageName } from './attachments.util';

describe('how a file is described', () => {
  it('names images by their checked type and other files by their extension', () => {
    expect(fileTypeLabel('shot.png', 'image/png')).toBe('PNG image');
    expect(fileTypeLabel('photo', 'image/jpeg')).toBe('JPEG image');
    expect(fileTypeLabel('invoice.pdf', 'application/octet-stream')).toBe('PDF');
    expect(fileTypeLabel('logs.tar.gz', 'application/octet-stream')).toBe('GZ');
    expect(fileTypeLabel('README', 'application/octet-stream')).toBe('File');
    expect(fileTypeLabel('.env', 'application/octet-stream')).toBe('File');
    expect(fileTypeLabel('a.notreallyanextension', 'application/octet-stream')).toBe('File');
  });

  it('only links to the help desk itself', () => {
    expect(attachmentHref({ id: 'a1', url: '/attachments/a1' })).toBe('/attachments/a1');
    expect(attachmentHref({ id: 'a1', url: 'https://evil.test/x' })).toBe('/attachments/a1');
    expect(attachmentHref({ id: 'a1', url: '//evil.test/attachments/a1' })).toBe('/attachments/a1');
    expect(attachmentHref({ id: 'a/1', url: 'javascript:alert(1)' })).toBe('/attachments/a%2F1');
  });
});

describe('a pasted image', () => {
  const at = new Date(2026, 11, 2, 4, 12, 37);

  it('is named by the minute it was pasted, in local time', () => {
    expect(pastedImageName('image/png', at)).toBe('pasted-image-2026-12-02-0412.png');
    expect(pastedImageName('image/jpeg', at)).toBe('pasted-image-2026-12-02-0412.jpg');
    expect(pastedImageName('image/x-unknown', at)).toBe('pasted-image-2026-12-02-0412.png');
  });

  it('gets a number when that name is taken (two screenshots in one minute)', () => {
    const taken = new Set(['pasted-image-2026-12-02-0412.png', 'pasted-image-2026-12-02-0412-2.png']);
    expect(pastedImageName('image/png', at, taken)).toBe('pasted-image-2026-12-02-0412-3.png');
  });

  it('is renamed only when the browser made up its name', () => {
    expect(hasPlaceholderName('image.png')).toBe(true);
    expect(hasPlaceholderName('Image.JPEG')).toBe(true);
    expect(hasPlaceholderName('')).toBe(true);
    expect(hasPlaceholderName('error dialog.png')).toBe(false);
  });

  it('is attached when the clipboard holds only the image', () => {
    const png = { name: 'image.png' };
    expect(filesToAttachFromPaste({ files: [png], getData: () => '' })).toEqual([png]);
  });

  it('is left alone when the clipboard holds text too (copied spreadsheet cells come with a picture of them)', () => {
    expect(filesToAttachFromPaste({ files: [{ name: 'image.png' }], getData: (f) => (f === 'text/plain' ? 'A1\tB1' : '') })).toEqual([]);
    expect(filesToAttachFromPaste({ files: [], getData: () => 'hello' })).toEqual([]);
    expect(filesToAttachFromPaste({ files: null, getData: () => '' })).toEqual([]);
  });

  it('tells a drag of files from a drag of text', () => {
    expect(isFileDrag({ types: ['Files'] })).toBe(true);
    expect(isFileDrag({ types: ['text/plain', 'text/uri-list'] })).toBe(false);
    expect(isFileDrag(null)).toBe(false);
  });
});
