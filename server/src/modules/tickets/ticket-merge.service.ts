import type { Config } from '../../config';
import { unwrap } from '../../db/query-result';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput } from '../../errors';
import type { AgentScope } from '../../auth/viewer';
import { Contact } from '../contacts/contact.entity';
import type { ReplyAddresses } from '../inbound/reply-address';
import type { PublicUrls } from '../organizations/public-urls';
import { enqueueEmail } from '../outbox/outbox.service';
import { TicketEvent } from './ticket-event.entity';
import { ticketMergedEmail } from './ticket-mail';
import { lockTicket, saveTicket, ticketEvent } from './ticket-store';
import type { Ticket } from './ticket.entity';

/**
 * Merging a duplicate ticket into another (issue 17.4), in one transaction: the source's messages
 * (with their files, times and authors) move to the target, its requester and CCs become CCs of the
 * target, and the source is closed, pointing to the target. Its requester is emailed the new number.
 */
export class TicketMergeService {
  constructor(
    private readonly tenant: TenantData,
    private readonly config: Readonly<Config>,
    private readonly urls: PublicUrls,
    private readonly onMailQueued: () => void,
    private readonly replies: ReplyAddresses,
  ) {}

  /** Merges ticket `sourceNumber` into `targetNumber` and returns the target as it now is. */
  async merge(scope: AgentScope, sourceNumber: number, targetNumber: number): Promise<Ticket> {
    if (sourceNumber === targetNumber) throw badInput('A ticket cannot be merged into itself.', 'targetNumber');
    const target = await this.tenant.run(scope.organizationId, async (tx) => {
      const { source, target } = await lockBoth(tx, sourceNumber, targetNumber);
      if (source.mergedIntoTicketId) throw badInput(`Ticket #${source.number} is already merged into another ticket.`, 'sourceNumber');
      if (source.status === 'closed') throw badInput(`Ticket #${source.number} is closed and cannot be merged.`, 'sourceNumber');
      if (target.status === 'closed') throw badInput(`Ticket #${target.number} is closed: merge into an open ticket.`, 'targetNumber');
      const actor = { agentId: scope.agentId };

      // Messages keep their ids, times and authors; their files follow them (attachments are keyed by message).
      const moved = unwrap<{ id: string }>(
        await tx.sql(`UPDATE ticket_messages SET ticket_id = $3 WHERE organization_id = $1 AND ticket_id = $2 RETURNING id`, [
          tx.organizationId,
          source.id,
          target.id,
        ]),
      );
      const added = await copyPeople(tx, source, target);

      // The merge itself is agents' history; the requester sees their request closed, and gets the email.
      await tx.insertMany(TicketEvent, [
        ticketEvent(target, 'merged_from', actor, { number: source.number, messages: moved.length, ccsAdded: added }),
        ticketEvent(source, 'merged_into', actor, { number: target.number }),
        ticketEvent(source, 'status_changed', actor, { from: source.status, to: 'closed' }, true),
      ]);
      await saveTicket(tx, source, { status: 'closed', closedAt: () => 'now()', mergedIntoTicketId: target.id });

      const portalOrigin = await this.urls.portalOrigin(scope.organization);
      const requester = await tx.findOneBy(Contact, { id: source.requesterId });
      if (requester) {
        const sender = { organization: scope.organization, portalOrigin, config: this.config, replies: this.replies };
        await enqueueEmail(tx, ticketMergedEmail(sender, source, target, requester.email));
      }
      return saveTicket(tx, target, {});
    });
    this.onMailQueued();
    return target;
  }
}

/** Locks both rows, lower number first, so two merges of the same pair in opposite directions cannot deadlock. */
async function lockBoth(tx: TenantTx, sourceNumber: number, targetNumber: number): Promise<{ source: Ticket; target: Ticket }> {
  if (sourceNumber < targetNumber) {
    const source = await lockTicket(tx, { number: sourceNumber });
    return { source, target: await lockTicket(tx, { number: targetNumber }) };
  }
  const target = await lockTicket(tx, { number: targetNumber });
  return { source: await lockTicket(tx, { number: sourceNumber }), target };
}

/**
 * Copies the source's requester (when not the target's) and CCs onto the target, skipping those
 * already there; returns how many were added. One statement, whatever the number of CCs.
 */
async function copyPeople(tx: TenantTx, source: Ticket, target: Ticket): Promise<number> {
  const rows = await tx.sql<{ contact_id: string }>(
    `INSERT INTO ticket_ccs (organization_id, ticket_id, contact_id)
     SELECT $1, $3, p.contact_id FROM (
       SELECT $4::uuid AS contact_id, 0 AS ord, now() AS created_at
       UNION ALL SELECT cc.contact_id, 1, cc.created_at FROM ticket_ccs cc WHERE cc.organization_id = $1 AND cc.ticket_id = $2
     ) p
     WHERE p.contact_id <> $5
       AND NOT EXISTS (SELECT 1 FROM ticket_ccs e WHERE e.organization_id = $1 AND e.ticket_id = $3 AND e.contact_id = p.contact_id)
     ORDER BY p.ord, p.created_at
     ON CONFLICT DO NOTHING
     RETURNING contact_id`,
    [tx.organizationId, source.id, target.id, source.requesterId, target.requesterId],
  );
  return rows.length;
}
