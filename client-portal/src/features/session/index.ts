// What other features may use from the session; everything else in this folder is its own business.
export { RequireContact } from './RequireContact';
export { readReturnTo, signInPathFor } from './return-to.util';
export { useSession, type Session, type SessionContact } from './session-context';
