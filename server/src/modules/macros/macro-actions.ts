import type { TicketPriority, TicketStatus } from '@actionconnect/shared';

/** What a macro changes on the ticket it is applied to, as stored; each present key is one change. */
export interface MacroActions {
  status?: TicketStatus;
  priority?: TicketPriority;
  /** An agent's id, or null to unassign. */
  assigneeId?: string | null;
  addTags?: string[];
  removeTags?: string[];
  customFields?: { key: string; value: unknown }[];
}
