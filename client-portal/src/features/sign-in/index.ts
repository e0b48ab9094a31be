// What the sign-in feature offers other features.
export { ConfirmEmailPanel } from './ConfirmEmailPanel';
