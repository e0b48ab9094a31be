import { useId, useRef, useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import { formatByteSize } from '@actionconnect/shared';
import { filesToAttachFromPaste, fileTypeLabel, isFileDrag } from './attachments.util';
import { Icon } from './Icon';
import type { UploadItem } from './upload-state';
import type { FileUploads } from './useFileUploads';
import './attachments.css';

/** Props of an attachment picker: the message's uploads and how the button reads. */
export interface AttachmentPickerProps {
  uploads: FileUploads;
  /** The button's text ("Attach files" unless given). */
  label?: string;
  /** While the message is being sent: no new files, no removals. */
  disabled?: boolean;
  /** Whether to say that files can be dropped and pasted too (inside a FileDropZone). */
  dropHint?: boolean;
  /** The button's id, for a label or an error summary to point at. */
  id?: string;
  /** More descriptions of the button (a field's hint and error). */
  describedBy?: string;
  testId?: string;
}

/**
 * The "Attach files" button of a message and the list of its files: each with its size, a progress
 * bar while it uploads, the reason when it failed, and a button to remove it before sending.
 * Changes are announced in a polite live region.
 */
export function AttachmentPicker(props: AttachmentPickerProps) {
  const { uploads, label = 'Attach files', disabled, dropHint = true, testId } = props;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { maxFiles, maxBytes } = uploads.limits;
  const count = maxFiles === 1 ? 'One file' : `Up to ${maxFiles} files`;
  const hint = `${count}, ${formatByteSize(maxBytes)} each${dropHint ? '. You can also drop or paste them here.' : '.'}`;

  function remove(key: string) {
    uploads.remove(key);
    // The removed file's button is gone: keep focus in the picker rather than dropping it on the page.
    buttonRef.current?.focus();
  }

  return (
    <div className="attachment-picker" data-testid={testId}>
      <div className="attachment-picker-bar">
        <button
          ref={buttonRef}
          id={props.id}
          type="button"
          className="button button--secondary button--small"
          disabled={disabled}
          aria-describedby={[`${id}-hint`, props.describedBy].filter(Boolean).join(' ')}
          onClick={() => inputRef.current?.click()}
        >
          <Icon name="paperclip" size={16} />
          {label}
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          hidden
          tabIndex={-1}
          aria-label={label}
          disabled={disabled}
          onChange={(event) => {
            if (event.target.files) uploads.add(event.target.files, 'picked');
            // The same file can be chosen again after removing it.
            event.target.value = '';
          }}
        />
        <span className="attachment-picker-hint" id={`${id}-hint`}>
          {hint}
        </span>
      </div>
      {uploads.items.length > 0 && (
        <ul className="upload-list" aria-label="Files to send">
          {uploads.items.map((item) => (
            <UploadRow key={item.key} item={item} disabled={disabled} onRemove={() => remove(item.key)} />
          ))}
        </ul>
      )}
      {uploads.notice && (
        <p className="attachment-picker-notice">
          <Icon name="alert" size={15} /> {uploads.notice}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {uploads.announcement}
      </p>
    </div>
  );
}

function UploadRow({ item, disabled, onRemove }: { item: UploadItem; disabled?: boolean; onRemove(): void }) {
  const percent = item.total > 0 ? Math.round((item.loaded / item.total) * 100) : 0;
  return (
    <li className={`upload-item upload-item--${item.status}`} data-testid="upload-item" data-status={item.status}>
      {item.previewUrl ? (
        <img className="upload-thumb" src={item.previewUrl} alt="" />
      ) : (
        <span className="upload-icon" aria-hidden="true">
          <Icon name={item.status === 'failed' ? 'alert' : 'fileText'} size={18} />
        </span>
      )}
      <div className="upload-text">
        <span className="upload-name">{item.name}</span>
        <span className="upload-meta">
          {formatByteSize(item.size)} · {fileTypeLabel(item.name, item.type)}
          {item.status === 'uploading' && ` · ${percent}%`}
          {item.status === 'done' && (
            <>
              {' · '}
              <Icon name="check" size={13} /> Attached
            </>
          )}
        </span>
        {item.status === 'uploading' && (
          <progress className="upload-progress" max={100} value={percent} aria-label={`Uploading ${item.name}`} />
        )}
        {item.status === 'failed' && <span className="upload-error">{item.error}</span>}
      </div>
      <button
        type="button"
        className="upload-remove"
        disabled={disabled}
        aria-label={`Remove ${item.name}`}
        title="Remove"
        onClick={onRemove}
      >
        <Icon name="close" size={16} />
      </button>
    </li>
  );
}

/** Props of a drop zone: the uploads that dropped and pasted files go to, and what it wraps. */
export interface FileDropZoneProps {
  uploads: FileUploads;
  disabled?: boolean;
  className?: string;
  children: ReactNode;
  /** What the overlay says while files are dragged over ("Drop files to attach" unless given). */
  dropLabel?: string;
}

/**
 * Wraps a composer so that files dropped on it, and images pasted into its text box, are attached.
 * The "Attach files" button stays the way in for keyboards; this only adds to it.
 */
export function FileDropZone({ uploads, disabled, className, children, dropLabel = 'Drop files to attach' }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every child crossed: count them, so the overlay does not flicker.
  const depth = useRef(0);

  function onDragEnter(event: DragEvent<HTMLDivElement>) {
    if (!isFileDrag(event.dataTransfer)) return;
    event.preventDefault();
    depth.current += 1;
    if (!disabled) setDragging(true);
  }

  function onDragOver(event: DragEvent<HTMLDivElement>) {
    if (!isFileDrag(event.dataTransfer)) return;
    // Without this the browser opens the dropped file in place of the page, and the draft is lost.
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
  }

  function onDragLeave(event: DragEvent<HTMLDivElement>) {
    if (!isFileDrag(event.dataTransfer)) return;
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setDragging(false);
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    if (!isFileDrag(event.dataTransfer)) return;
    event.preventDefault();
    depth.current = 0;
    setDragging(false);
    if (!disabled) uploads.add(event.dataTransfer.files, 'dropped');
  }

  function onPaste(event: ClipboardEvent<HTMLDivElement>) {
    const files = filesToAttachFromPaste(event.clipboardData);
    if (files.length === 0 || disabled) return;
    event.preventDefault();
    uploads.add(files, 'pasted');
  }

  return (
    <div
      className={['file-drop-zone', dragging ? 'file-drop-zone--active' : '', className].filter(Boolean).join(' ')}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      onPaste={onPaste}
    >
      {children}
      {dragging && (
        <div className="file-drop-overlay" aria-hidden="true">
          <Icon name="paperclip" size={22} />
          {dropLabel}
        </div>
      )}
    </div>
  );
}
