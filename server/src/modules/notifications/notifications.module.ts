import type { ServiceDeps } from '../../compose';
import { NotificationService } from './notification.service';

/** Agents' in-app notifications (issue 17.8); they are written by the ticket services (notify.ts). */
export interface NotificationServices {
  notifications: NotificationService;
}

/** Builds the notification services. */
export function buildNotificationServices(deps: ServiceDeps): NotificationServices {
  return { notifications: new NotificationService(deps.tenant) };
}
