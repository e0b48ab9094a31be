import { Icon } from '@actionconnect/ui';
import { createContext, useContext } from 'react';

// While a visitor fills the request form (no session yet), file pickers cannot upload: this says
// so to every file question, with the way to confirm the email first.
const AttachGateContext = createContext<(() => void) | null>(null);

/** Provides the gate: null once signed in, else what opens the email confirmation. */
export const AttachGate = AttachGateContext.Provider;

/** The gate's unlock function while files are locked, or null. */
export function useAttachGate(): (() => void) | null {
  return useContext(AttachGateContext);
}

/** In place of a file picker for a visitor: files need a confirmed email first. */
export function AttachLocked({ onUnlock }: { onUnlock: () => void }) {
  return (
    <button type="button" className="button button--secondary button--small attach-locked" onClick={onUnlock}>
      <Icon name="paperclip" width={16} height={16} /> Confirm your email to attach files
    </button>
  );
}
