// What other features may use from privacy.
export { AnonymizeContactButton } from './AnonymizeContactButton';
export { DeletionRequestsPage } from './DeletionRequestsPage';
