// What other features may use from privacy.
export { AnonymizeContactButton, isAnonymized } from './AnonymizeContactButton';
export { DeletionRequestsPage } from './DeletionRequestsPage';
