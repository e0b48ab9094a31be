import { LOGO_CONTENT_TYPES, LOGO_MAX_BYTES, LOGO_MAX_SIDE_PX, logoProblem, normalizeImageType } from '@actionconnect/shared';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { LogoChange } from './branding-form.util';

interface LogoFieldProps {
  /** What the portal would show now (stored, new or none). */
  currentUrl: string | null;
  change: LogoChange;
  onChange: (change: LogoChange) => void;
  /** An error from the server about the logo. */
  error?: string | null;
  hasStoredLogo: boolean;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.readAsDataURL(file);
  });
}

/** Picks a PNG, JPEG or WebP logo, checks it here first (type by its bytes, size), and shows what the portal will use. */
export function LogoField({ currentUrl, change, onChange, error, hasStoredLogo }: LogoFieldProps) {
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const shown = localError ?? error ?? null;

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const problem = logoProblem(new Uint8Array(await file.arrayBuffer()), file.type);
    setLocalError(problem);
    if (problem) return;
    onChange({ kind: 'new', contentType: normalizeImageType(file.type), dataUrl: await readAsDataUrl(file), fileName: file.name });
  }

  return (
    <div className={shown ? 'field field--invalid' : 'field'}>
      <span className="field-label" id={`${id}-label`}>
        Logo
      </span>
      <p className="field-hint" id={`${id}-hint`}>
        PNG, JPEG or WebP, up to {LOGO_MAX_BYTES / 1024} KB and {LOGO_MAX_SIDE_PX} pixels a side. SVG isn't accepted. Without a logo, the
        portal shows the first letter of your name.
      </p>
      <div className="logo-field">
        <div className="logo-thumb">{currentUrl ? <img src={currentUrl} alt="Current logo" /> : <span>No logo</span>}</div>
        <div className="logo-actions">
          <input
            ref={fileInput}
            id={id}
            type="file"
            className="visually-hidden"
            accept={LOGO_CONTENT_TYPES.join(',')}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-hint`}
            data-testid="logo-file"
            onChange={(event) => void handleFile(event)}
          />
          <button type="button" className="button button--secondary button--small" onClick={() => fileInput.current?.click()}>
            {currentUrl ? 'Replace logo…' : 'Upload logo…'}
          </button>
          {change.kind === 'new' && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setLocalError(null);
                onChange({ kind: 'keep' });
              }}
            >
              Undo ({change.fileName})
            </button>
          )}
          {change.kind !== 'new' && hasStoredLogo && (
            <button
              type="button"
              className="link-button"
              onClick={() => onChange(change.kind === 'remove' ? { kind: 'keep' } : { kind: 'remove' })}
            >
              {change.kind === 'remove' ? 'Keep the logo' : 'Remove logo'}
            </button>
          )}
        </div>
      </div>
      {shown && (
        <p className="field-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
