// The baseline's answers: the GraphQL response shape of each operation, built by hand from the
// rows of the captured statements (found by their column names, e.g. `t_number`, `Contact_id`).
import path from 'node:path';
import { ROOT, serverRequire } from './db.mjs';

const { highlightedHtml, escapeHtml, excerpt } = serverRequire(path.join(ROOT, 'server/dist/modules/articles/search-text.js'));

const iso = (v) => (v === null || v === undefined ? null : new Date(v).toISOString());
const upper = (v) => (v === null || v === undefined ? null : String(v).toUpperCase());
/** Rows of the first result whose columns include `column` (after `from`, for results read after another). */
const rowsWith = (results, column, from = 0) => results.slice(from).find((r) => r.length && column in r[0]) ?? [];
const byId = (rows, prefix) => new Map(rows.map((r) => [r[`${prefix}_id`], r]));
const person = (kind, r, prefix, withEmail) =>
  r ? { id: r[`${prefix}_id`], kind, name: r[`${prefix}_name`] ?? null, ...(withEmail ? { email: r[`${prefix}_email`] } : {}) } : null;

function ticketNode(r, contacts, agents, p = 't') {
  const requester = contacts.get(r[`${p}_requester_id`]);
  const assignee = agents.get(r[`${p}_assignee_id`]);
  return {
    id: r[`${p}_id`],
    number: r[`${p}_number`],
    subject: r[`${p}_subject`],
    status: upper(r[`${p}_status`]),
    priority: upper(r[`${p}_priority`]),
    createdAt: iso(r[`${p}_created_at`]),
    updatedAt: iso(r[`${p}_updated_at`]),
    requester: requester ? { id: requester.Contact_id, name: requester.Contact_name, email: requester.Contact_email } : null,
    assignee: assignee ? { id: assignee.Agent_id, name: assignee.Agent_name } : null,
  };
}

function connection(results, first, variables, nodeOf) {
  // The product counts up to 1,001 (TICKET_COUNT_LIMIT + 1) as "n".
  const count = Number(rowsWith(results, 'n')[0]?.n ?? 0);
  const page = rowsWith(results, 't_number');
  const nodes = page.slice(0, first).map(nodeOf);
  const last = page[Math.min(first, page.length) - 1];
  const endCursor = last
    ? Buffer.from(JSON.stringify([last.cursor_key, last.t_id, ''])).toString('base64url') // unsigned: the baseline only shapes it
    : null;
  return {
    totalCount: Math.min(count, 1000),
    totalCountCapped: count > 1000,
    pageInfo: { hasNextPage: page.length > first, endCursor },
    nodes,
  };
}

function ticketQueue(results, variables) {
  const contacts = byId(rowsWith(results, 'Contact_id'), 'Contact');
  const agents = byId(rowsWith(results, 'Agent_id'), 'Agent');
  return { ticketQueue: connection(results, variables.first, variables, (r) => ticketNode(r, contacts, agents)) };
}

function myTickets(results, variables) {
  return {
    myTickets: connection(results, variables.first, {}, (r) => {
      const { requester: _r, assignee: _a, priority: _p, ...node } = ticketNode(r, new Map(), new Map());
      return node;
    }),
  };
}

function ticketQueueCounts(results) {
  const row = rowsWith(results, 'unassigned')[0] ?? {};
  const n = (k) => Number(row[k] ?? 0);
  return {
    ticketQueueCounts: {
      countLimit: 1000,
      unassigned: n('unassigned'),
      mine: n('mine'),
      open: n('open'),
      pending: n('pending'),
      solved: n('solved'),
      all: n('all'),
    },
  };
}

function agentTicket(results) {
  const ticketRows = rowsWith(results, 'Ticket_id');
  const t = ticketRows[0];
  if (!t) return { agentTicket: null };
  const at = results.indexOf(ticketRows);
  const allAgents = rowsWith(results, 'Agent_id');
  const contacts = byId(rowsWith(results, 'Contact_id', at), 'Contact');
  const agents = new Map(
    [...results.slice(at)].filter((r) => r.length && 'Agent_id' in r[0]).flatMap((r) => r.map((a) => [a.Agent_id, a])),
  );
  const definitions = rowsWith(results, 'd_id');
  const version = rowsWith(results, 'IntakeFormVersion_id', at)[0];
  const fields = (version?.IntakeFormVersion_definition?.sections ?? []).flatMap((s) => s.fields ?? []);
  const answers = t.Ticket_answers ?? {};
  const who = (agentId, contactId) =>
    agentId ? person('AGENT', agents.get(agentId), 'Agent', false) : person('CONTACT', contacts.get(contactId), 'Contact', false);
  const messages = rowsWith(results, 'm_id', at).map((m) => ({
    __typename: 'TicketMessage',
    id: m.m_id,
    createdAt: iso(m.m_created_at),
    body: m.m_body,
    internal: m.m_kind === 'internal_note',
    author: who(m.m_author_agent_id, m.m_author_contact_id),
  }));
  const events = rowsWith(results, 'e_id', at).map((e) => ({
    __typename: 'TicketEvent',
    id: e.e_id,
    createdAt: iso(e.e_created_at),
    type: upper(e.e_type),
    fromStatus: e.e_type === 'status_changed' ? upper(e.e_data?.from) : null,
    toStatus: e.e_type === 'status_changed' ? upper(e.e_data?.to) : null,
    details: e.e_data ?? null,
    actor: who(e.e_actor_agent_id, e.e_actor_contact_id),
  }));
  const requester = contacts.get(t.Ticket_requester_id);
  const assignee = agents.get(t.Ticket_assignee_id);
  const definitionById = byId(definitions, 'd');
  return {
    agentTicket: {
      id: t.Ticket_id,
      number: t.Ticket_number,
      subject: t.Ticket_subject,
      status: upper(t.Ticket_status),
      priority: upper(t.Ticket_priority),
      createdAt: iso(t.Ticket_created_at),
      updatedAt: iso(t.Ticket_updated_at),
      solvedAt: iso(t.Ticket_solved_at),
      closedAt: iso(t.Ticket_closed_at),
      requester: requester ? { id: requester.Contact_id, name: requester.Contact_name, email: requester.Contact_email } : null,
      assignee: assignee ? { id: assignee.Agent_id, name: assignee.Agent_name } : null,
      form: version
        ? { id: version.IntakeFormVersion_form_id, name: version.f_name ?? null, version: version.IntakeFormVersion_version }
        : null,
      answers: fields.filter((f) => f.key in answers).map((f) => ({ key: f.key, label: f.label, value: answers[f.key] })),
      fieldValues: rowsWith(results, 'v_field_id', at).map((v) => ({
        key: definitionById.get(v.v_field_id)?.d_key ?? null,
        value: v.v_value,
      })),
      timeline: [...messages, ...events].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      requesterOtherTickets: rowsWith(results, 't_id', at)
        .filter((r) => r.t_id !== t.Ticket_id)
        .slice(0, 5)
        .map((r) => ({ id: r.t_id, number: r.t_number, subject: r.t_subject, status: upper(r.t_status), updatedAt: iso(r.t_updated_at) })),
    },
    agents: allAgents.map((a) => ({ id: a.Agent_id, name: a.Agent_name, email: a.Agent_email })),
    customFieldDefinitions: definitions.map((d) => ({
      id: d.d_id,
      key: d.d_key,
      label: d.d_label,
      type: upper(d.d_type),
      visibleToContact: d.d_visible_to_contact,
      options: d.d_options ?? [],
    })),
  };
}

function searchArticles(results) {
  const marked = results.find((r) => r.length && 'title_marked' in r[0]) ?? [];
  const similar = results.find((r) => r.length && 'id' in r[0] && !('title_marked' in r[0])) ?? [];
  const articles = new Map(results.filter((r) => r.length && 'Article_id' in r[0]).flatMap((r) => r.map((a) => [a.Article_id, a])));
  const categories = byId(rowsWith(results, 'ArticleCategory_id'), 'ArticleCategory');
  const article = (a) => {
    const c = categories.get(a.Article_category_id);
    return {
      id: a.Article_id,
      slug: a.Article_slug,
      title: a.Article_title,
      category: c ? { id: c.ArticleCategory_id, slug: c.ArticleCategory_slug, name: c.ArticleCategory_name } : null,
    };
  };
  const hits = [
    ...marked.flatMap((r) => {
      const a = articles.get(r.id);
      return a
        ? [
            {
              titleHtml: highlightedHtml(r.title_marked),
              snippetHtml: highlightedHtml(r.snippet_marked),
              match: 'FULL_TEXT',
              article: article(a),
            },
          ]
        : [];
    }),
    ...similar.flatMap((r) => {
      const a = articles.get(r.id);
      return a
        ? [
            {
              titleHtml: escapeHtml(a.Article_title),
              snippetHtml: escapeHtml(excerpt(r.body_start ?? '', 240)), // the similar-titles statement reads the body start itself
              match: 'SIMILAR_TITLE',
              article: article(a),
            },
          ]
        : [];
    }),
  ];
  return { searchArticles: hits };
}

function submitRequest(results) {
  // INSERT INTO tickets ... RETURNING id, status, answers; the number comes from the organization's counter.
  const t = results.find((r) => r.length && 'answers' in r[0] && 'status' in r[0])?.[0];
  const number = results.find((r) => r.length && 'last_ticket_number' in r[0])?.[0]?.last_ticket_number ?? null;
  return { submitRequest: t ? { id: t.id, number, subject: t.answers?.subject ?? null, status: upper(t.status) } : null };
}

/** Builds the `data` of an operation from its statements' results (one array of rows per statement). */
export const SHAPES = {
  TicketQueue: ticketQueue,
  TicketQueueCounts: ticketQueueCounts,
  AgentTicket: agentTicket,
  MyRequests: myTickets,
  KbSearch: searchArticles,
  SubmitRequest: submitRequest,
};
