import { MAX_FILES_PER_MESSAGE, MAX_UPLOAD_BYTES, type FormField } from '@actionconnect/shared';
import { AttachmentPicker, FileDropZone, useFileUploads, type FileUploads } from '@actionconnect/ui';
import { useEffect, useRef, type ReactNode } from 'react';
import { AttachLocked, useAttachGate } from './attach-gate';

/** What a file question tells its form: the ids to answer with, and whether uploads still run or failed. */
export type FileFieldState = Pick<FileUploads, 'attachmentIds' | 'uploading' | 'failed'>;

/** Props of a file question. */
export interface IntakeFileFieldProps {
  field: FormField;
  /** The id of the "Attach files" button, for the error summary to point at. */
  id: string;
  className: string;
  hint: string;
  error: string | undefined;
  /** Called with the answer (ids) and the upload state as files arrive, fail or are removed; null once the question is hidden. */
  onUploads(state: FileFieldState | null): void;
  requiredMark: ReactNode;
}

/**
 * A question answered with files (`file`): its own picker, at most the field's `maxFiles` (never
 * past the ten a message carries). Its answer is the ids of the files that arrived; when a branch
 * hides the question, its files go with it.
 */
export function IntakeFileField({ field, id, className, hint, error, onUploads, requiredMark }: IntakeFileFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const maxFiles = Math.max(1, Math.min(field.maxFiles ?? MAX_FILES_PER_MESSAGE, MAX_FILES_PER_MESSAGE));
  const uploads = useFileUploads({ limits: { maxFiles, maxBytes: MAX_UPLOAD_BYTES }, onChange: onUploads });
  const report = useRef(onUploads);
  useEffect(() => {
    report.current = onUploads;
  });
  useEffect(() => () => report.current(null), []);
  const unlock = useAttachGate();

  return (
    <fieldset
      className={className}
      data-field={field.key}
      aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">
        {field.label}
        {requiredMark}
      </legend>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {unlock ? (
        <AttachLocked onUnlock={unlock} />
      ) : (
        <FileDropZone uploads={uploads} className="intake-file-drop">
          <AttachmentPicker
            uploads={uploads}
            id={id}
            label={maxFiles === 1 ? 'Attach a file' : 'Attach files'}
            describedBy={errorId}
            testId={`file-field-${field.key}`}
          />
        </FileDropZone>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
