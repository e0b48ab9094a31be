import { In, type FindOptionsWhere } from 'typeorm';
import { normalizeEmail } from '@actionconnect/shared';
import type { AgentScope } from '../../auth/viewer';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, notFound } from '../../errors';
import { isUuid } from '@actionconnect/shared';
import { Company } from '../companies/company.entity';
import { Contact } from '../contacts/contact.entity';
import { Ticket } from '../tickets/ticket.entity';

/** Most results of each kind the search box shows. */
export const MAX_SEARCH_RESULTS = 10;
/** Shortest text searched as a substring (pg_trgm needs three characters to use its index). */
export const MIN_SUBSTRING_LENGTH = 3;
// Candidates each function hands back before ranking; ranking a few hundred rows is cheap.
const CANDIDATES = 200;

/** What the agent app's search box finds, each kind ranked best first. */
export interface AgentSearchResult {
  tickets: Ticket[];
  contacts: Contact[];
  companies: Company[];
}

/**
 * The agent app's one search box: tickets (number, subject, message text), contacts (name,
 * email) and companies (name), ranked exact match first (a ticket number, an address, a company
 * name), then prefix, then substring (for tickets: subject before message text), then most
 * recent. Substrings come from the SECURITY DEFINER candidate functions of migration
 * 1796600100000, which read the trigram indexes for the transaction's organization only.
 */
export class AgentSearchService {
  constructor(private readonly tenant: TenantData) {}

  search(scope: AgentScope, rawText: string, first = 5): Promise<AgentSearchResult> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_SEARCH_RESULTS) {
      throw badInput(`Ask for between 1 and ${MAX_SEARCH_RESULTS} results.`, 'first');
    }
    const text = rawText.trim().replace(/\s+/g, ' ');
    if (text.length > 200) throw badInput('Search with at most 200 characters.', 'text');
    if (text === '') return Promise.resolve({ tickets: [], contacts: [], companies: [] });
    const substring = text.length >= MIN_SUBSTRING_LENGTH;
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const prefix = `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const number = /^#?(\d{1,9})$/.exec(text);
    return this.tenant.run(scope.organizationId, async (tx) => ({
      tickets: await this.tickets(tx, { text, pattern, prefix, substring, number: number ? Number(number[1]) : null, first }),
      contacts: await this.contacts(tx, { text, pattern, prefix, substring, first }),
      companies: await this.companies(tx, { text, pattern, prefix, substring, first }),
    }));
  }

  private async tickets(
    tx: TenantTx,
    q: { text: string; pattern: string; prefix: string; substring: boolean; number: number | null; first: number },
  ): Promise<Ticket[]> {
    const rows = await tx.sql<{ id: string }>(
      `WITH candidates AS (
         SELECT t.id FROM tickets t WHERE t.organization_id = $1 AND t.number = $2
         UNION SELECT c.id FROM ticket_search_candidates($3, $6) AS c(id) WHERE $5
       )
       SELECT t.id FROM candidates JOIN tickets t ON t.id = candidates.id
        WHERE t.organization_id = $1
        ORDER BY CASE WHEN t.number = $2 THEN 0 WHEN t.subject ILIKE $4 THEN 1 WHEN t.subject ILIKE $3 THEN 2 ELSE 3 END,
                 t.updated_at DESC, t.id
        LIMIT $7`,
      [tx.organizationId, q.number ?? -1, q.pattern, q.prefix, q.substring, CANDIDATES, q.first],
    );
    return inOrder(tx, Ticket, rows);
  }

  private async contacts(
    tx: TenantTx,
    q: { text: string; pattern: string; prefix: string; substring: boolean; first: number },
  ): Promise<Contact[]> {
    const email = normalizeEmail(q.text) ?? q.text.toLowerCase();
    const rows = await tx.sql<{ id: string }>(
      `WITH candidates AS (
         SELECT c.id FROM contacts c WHERE c.organization_id = $1 AND c.email = $2
         UNION SELECT f.id FROM contact_search_candidates($3, $6) AS f(id) WHERE $5
       )
       SELECT c.id FROM candidates JOIN contacts c ON c.id = candidates.id
        WHERE c.organization_id = $1
        ORDER BY CASE WHEN c.email = $2 THEN 0 WHEN c.email ILIKE $4 OR c.name ILIKE $4 THEN 1 ELSE 2 END,
                 coalesce(c.name, c.email), c.id
        LIMIT $7`,
      [tx.organizationId, email, q.pattern, q.prefix, q.substring, CANDIDATES, q.first],
    );
    return inOrder(tx, Contact, rows);
  }

  private async companies(
    tx: TenantTx,
    q: { text: string; pattern: string; prefix: string; substring: boolean; first: number },
  ): Promise<Company[]> {
    const rows = await tx.sql<{ id: string }>(
      `WITH candidates AS (
         SELECT c.id FROM companies c WHERE c.organization_id = $1 AND lower(c.name) = lower($2)
         UNION SELECT f.id FROM company_search_candidates($3, $6) AS f(id) WHERE $5
       )
       SELECT c.id FROM candidates JOIN companies c ON c.id = candidates.id
        WHERE c.organization_id = $1
        ORDER BY CASE WHEN lower(c.name) = lower($2) THEN 0 WHEN c.name ILIKE $4 THEN 1 ELSE 2 END, c.name, c.id
        LIMIT $7`,
      [tx.organizationId, q.text, q.pattern, q.prefix, q.substring, CANDIDATES, q.first],
    );
    return inOrder(tx, Company, rows);
  }

  /** One contact of the organization (the contact page); another organization's answers as a missing one. */
  async contact(scope: AgentScope, id: string): Promise<Contact> {
    if (!isUuid(id)) throw badInput('Not a valid id.', 'id');
    const contact = await this.tenant.run(scope.organizationId, (tx) => tx.findOneBy(Contact, { id }));
    if (!contact) throw notFound('Contact');
    return contact;
  }
}

/** `rows` (ranked ids) as entities, in their rank order, in one statement. */
async function inOrder<E extends { id: string }>(tx: TenantTx, entity: new () => E, rows: { id: string }[]): Promise<E[]> {
  if (!rows.length) return [];
  const entities = await tx.find<E>(entity, { where: { id: In(rows.map((r) => r.id)) } as FindOptionsWhere<E> });
  const byId = new Map(entities.map((e) => [e.id, e]));
  return rows.flatMap((r) => byId.get(r.id) ?? []);
}
