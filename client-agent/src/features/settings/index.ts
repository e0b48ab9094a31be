// What other features may use from settings; everything else in this folder is its own business.
export { AuthenticatorCodeField } from './AuthenticatorCodeField';
export { TOTP_LENGTH } from './two-step.util';
