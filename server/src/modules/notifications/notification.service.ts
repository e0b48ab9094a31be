import type { AgentScope } from '../../auth/viewer';
import { unwrap } from '../../db/query-result';
import type { TenantData } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { isUuid } from '@actionconnect/shared';
import { Agent } from '../agents/agent.entity';
import type { NotificationKind } from './notification.entity';
import { Notification } from './notification.entity';

/** The most notifications one list returns. */
export const MAX_NOTIFICATIONS = 50;

/** A notification as the bell shows it: what, on which ticket, by whom. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  createdAt: Date;
  readAt: Date | null;
  ticketNumber: number;
  ticketSubject: string;
  actorName: string | null;
}

interface Row {
  id: string;
  kind: NotificationKind;
  created_at: Date;
  read_at: Date | null;
  number: number;
  subject: string;
  actor_name: string | null;
}

/** The signed-in agent's own notifications: nobody reads or marks another agent's. */
export class NotificationService {
  constructor(private readonly tenant: TenantData) {}

  /** Newest first, from the (organization, agent, created_at) index, with ticket and actor in the same statement. */
  list(scope: AgentScope, first: number): Promise<NotificationView[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTIFICATIONS) {
      throw badInput(`Ask for between 1 and ${MAX_NOTIFICATIONS} notifications.`, 'first');
    }
    return this.tenant.run(scope.organizationId, async (tx) => {
      const rows = await tx.sql<Row>(
        `SELECT n.id, n.kind, n.created_at, n.read_at, t.number, t.subject, COALESCE(a.name, c.name, c.email) AS actor_name
           FROM (SELECT * FROM notifications WHERE organization_id = $1 AND agent_id = $2 ORDER BY created_at DESC, id DESC LIMIT $3) n
           JOIN tickets t ON t.id = n.ticket_id AND t.organization_id = n.organization_id
           LEFT JOIN agents a ON a.id = n.actor_agent_id AND a.organization_id = n.organization_id
           LEFT JOIN contacts c ON c.id = n.actor_contact_id AND c.organization_id = n.organization_id
          ORDER BY n.created_at DESC, n.id DESC`,
        [tx.organizationId, scope.agentId, first],
      );
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        createdAt: new Date(r.created_at),
        readAt: r.read_at ? new Date(r.read_at) : null,
        ticketNumber: Number(r.number),
        ticketSubject: r.subject,
        actorName: r.actor_name,
      }));
    });
  }

  /** How many are unread (the partial index of unread rows). */
  unreadCount(scope: AgentScope): Promise<number> {
    return this.tenant.run(scope.organizationId, (tx) =>
      tx.select(Notification, 'n').andWhere('n.agent_id = :agentId AND n.read_at IS NULL', { agentId: scope.agentId }).getCount(),
    );
  }

  /** Marks one of the agent's notifications read; another agent's answers NOT_FOUND, like a missing one. */
  async markRead(scope: AgentScope, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Notification');
    await this.tenant.run(scope.organizationId, async (tx) => {
      const found = await tx.findOneBy(Notification, { id, agentId: scope.agentId });
      if (!found) throw notFound('Notification');
      if (!found.readAt) await tx.update(Notification, { id }, { readAt: () => 'now()' });
    });
  }

  /** Marks all the agent's notifications read; returns how many were unread. */
  markAllRead(scope: AgentScope): Promise<number> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const result: unknown = await tx.sql(
        `UPDATE notifications SET read_at = now() WHERE organization_id = $1 AND agent_id = $2 AND read_at IS NULL RETURNING id`,
        [tx.organizationId, scope.agentId],
      );
      return unwrap(result).length;
    });
  }

  /** The agent's own notification settings. */
  async settings(scope: AgentScope): Promise<{ mentionEmails: boolean }> {
    const agent = await this.tenant.run(scope.organizationId, (tx) => tx.findOneBy(Agent, { id: scope.agentId }));
    if (!agent) throw notFound('Agent');
    return { mentionEmails: agent.notifyMentionsByEmail };
  }

  /** Turns the agent's mention emails on or off. */
  async setMentionEmails(scope: AgentScope, on: boolean): Promise<{ mentionEmails: boolean }> {
    await this.tenant.run(scope.organizationId, (tx) => tx.update(Agent, { id: scope.agentId }, { notifyMentionsByEmail: on }));
    return { mentionEmails: on };
  }
}
