import { formatByteSize } from '@actionconnect/shared';
import { attachmentHref, fileTypeLabel } from './attachments.util';
import { Icon } from './Icon';
import './attachments.css';

/** A file on a message, as the API describes it. */
export interface AttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  /** The server checked the bytes: the browser may show it in the page. */
  isImage: boolean;
  /** Same-host path, `/attachments/<id>`. */
  url: string;
}

/**
 * The files of a message: images as thumbnails that open the picture, other files as a chip with
 * name, size and type that downloads it. Names are text, never markup.
 */
export function AttachmentList({ attachments, label = 'Attachments' }: { attachments: readonly AttachmentView[]; label?: string }) {
  if (attachments.length === 0) return null;
  const images = attachments.filter((a) => a.isImage);
  const files = attachments.filter((a) => !a.isImage);
  return (
    <div className="attachment-list" role="group" aria-label={label} data-testid="attachment-list">
      {images.length > 0 && (
        <ul className="attachment-images">
          {images.map((image) => (
            <li key={image.id}>
              <a className="attachment-thumb" href={attachmentHref(image)} target="_blank" rel="noopener noreferrer" title={image.fileName}>
                <img src={attachmentHref(image)} alt="" loading="lazy" decoding="async" />
                <span className="attachment-thumb-name">{image.fileName}</span>
                <span className="visually-hidden">
                  {`, ${fileTypeLabel(image.fileName, image.contentType)}, ${formatByteSize(image.byteSize)} (opens in a new tab)`}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul className="attachment-files">
          {files.map((file) => (
            <li key={file.id}>
              <a className="attachment-chip" href={attachmentHref(file)} download={file.fileName} data-testid="attachment-chip">
                <Icon name="fileText" size={18} />
                <span className="attachment-chip-text">
                  <span className="attachment-chip-name">{file.fileName}</span>
                  <span className="attachment-chip-meta">
                    {formatByteSize(file.byteSize)} · {fileTypeLabel(file.fileName, file.contentType)}
                  </span>
                </span>
                <Icon name="download" size={16} className="icon attachment-chip-download" />
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
