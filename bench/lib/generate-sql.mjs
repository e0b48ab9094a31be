// The data generator as plain SQL (generate_series), run as the tables' owner against a database
// the product has migrated and seeded with its demo data. Pseudo-random choices come from
// hashint8 of the row number, so a run is reproducible and does not depend on the query plan.
import { FIRST_NAMES, LAST_NAMES, RARE_WORD, WORDS } from './words.mjs';

/** Default sizes (issue 11): the documented full-size run. */
export const DEFAULT_SIZES = Object.freeze({ tickets: 1_000_000, contacts: 50_000, articles: 100_000, agents: 20, heavy: 5_000 });

/** Email of the contact who owns `heavy` tickets (the portal's myTickets path signs in as them). */
export const HEAVY_REQUESTER_EMAIL = 'heavy@bench.test';

const sqlText = (s) => `'${String(s).replace(/'/g, "''")}'`;
const sqlArray = (items) => `ARRAY[${items.map(sqlText).join(', ')}]::text[]`;
// A word of WORDS with a Zipf-like spread: rank r has probability about 1/r (log-uniform), u in [0, 1).
const word = (u) => `(SELECT w FROM _words WHERE i = floor(exp((${u}) * ln(${WORDS.length + 1})))::int)`;
const int = (n, name) => {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, not ${n}`);
  return n;
};

/**
 * The generation statements, in order, each with a label for the timing log. They fill one
 * organization (`acme`) with agents, contacts (one heavy requester), tickets with messages and
 * events, and published articles, then advance the organization's ticket number and ANALYZE.
 */
export function generationStatements(sizes) {
  const s = { ...DEFAULT_SIZES, ...sizes };
  const tickets = int(s.tickets, 'tickets');
  const contacts = Math.max(2, int(s.contacts, 'contacts'));
  const articles = int(s.articles, 'articles');
  const agents = int(s.agents, 'agents');
  const heavy = Math.min(int(s.heavy, 'heavy'), tickets);
  // Every step-th ticket belongs to the heavy requester, so their tickets span the whole history.
  const heavyStep = heavy > 0 ? Math.max(1, Math.floor(tickets / heavy)) : tickets + 1;
  const regular = contacts - 1;
  return [
    {
      label: 'parameters',
      sql: `
        CREATE FUNCTION pg_temp.bench_r(a bigint, b integer) RETURNS double precision LANGUAGE sql IMMUTABLE AS
          $$ SELECT (hashint8(a * 1000003 + b) & 2147483647)::double precision / 2147483648.0 $$;
        SET jit = off;
        CREATE TEMP TABLE _words (i integer PRIMARY KEY, w text NOT NULL);
        INSERT INTO _words SELECT i::integer, w FROM unnest(${sqlArray(WORDS)}) WITH ORDINALITY AS u(w, i);
        CREATE TEMP TABLE _bench AS
          SELECT o.id AS org, o.last_ticket_number AS base, now() AS at,
                 (SELECT v.id FROM intake_form_versions v WHERE v.organization_id = o.id ORDER BY v.published_at DESC LIMIT 1) AS form_version,
                 ${sqlArray(FIRST_NAMES)} AS firsts, ${sqlArray(LAST_NAMES)} AS lasts
          FROM organizations o WHERE o.slug = 'acme';`,
    },
    {
      label: `${agents} agents`,
      sql: `
        INSERT INTO agents (organization_id, email, name, role)
        SELECT b.org, 'bench-agent-' || g || '@acme.test',
               b.firsts[1 + g % array_length(b.firsts, 1)] || ' ' || b.lasts[1 + (g / 7) % array_length(b.lasts, 1)] || ' ' || g, 'agent'
        FROM _bench b, generate_series(1, ${agents}) g;
        CREATE TEMP TABLE _agents AS
          SELECT (row_number() OVER (ORDER BY a.created_at, a.email))::int - 1 AS i, a.id
          FROM agents a JOIN _bench b ON a.organization_id = b.org;
        ALTER TABLE _agents ADD PRIMARY KEY (i);`,
    },
    {
      label: `${contacts} contacts`,
      sql: `
        INSERT INTO contacts (organization_id, email, name)
        SELECT b.org, ${sqlText(HEAVY_REQUESTER_EMAIL)}, 'Heavy Requester' FROM _bench b;
        INSERT INTO contacts (organization_id, email, name)
        SELECT b.org, 'contact-' || g || '@bench.test',
               b.firsts[1 + g % array_length(b.firsts, 1)] || ' ' || b.lasts[1 + (g / 20) % array_length(b.lasts, 1)]
        FROM _bench b, generate_series(1, ${regular}) g;
        CREATE TEMP TABLE _contacts AS
          SELECT CASE WHEN c.email = ${sqlText(HEAVY_REQUESTER_EMAIL)} THEN 0 ELSE split_part(substr(c.email, 9), '@', 1)::int END AS i, c.id
          FROM contacts c JOIN _bench b ON c.organization_id = b.org WHERE c.email LIKE '%@bench.test';
        ALTER TABLE _contacts ADD PRIMARY KEY (i);`,
    },
    {
      // Numbers continue after the demo tickets; ticket n was created before ticket n+1, over two years.
      label: `${tickets} tickets`,
      sql: `
        INSERT INTO tickets (organization_id, number, subject, status, priority, requester_id, assignee_id, form_version_id, answers,
                             created_at, updated_at, solved_at, closed_at)
        SELECT b.org, b.base + g, x.subject, x.status, x.priority, c.id, CASE WHEN x.assigned THEN a.id END, b.form_version,
               jsonb_build_object('subject', x.subject, 'topic', 'technical', 'saw_error', false, 'description', x.subject || '. Please help.'),
               x.created, x.updated,
               CASE WHEN x.status IN ('solved', 'closed') THEN x.updated END,
               CASE WHEN x.status = 'closed' THEN x.updated END
        FROM _bench b, generate_series(1, ${tickets}) g
        CROSS JOIN LATERAL (
          SELECT initcap(${word('pg_temp.bench_r(g, 1)')}) || ' ' ||
                   ${word('pg_temp.bench_r(g, 2)')} || ' ' ||
                   ${word('pg_temp.bench_r(g, 3)')} || ' problem' AS subject,
                 st.status,
                 (ARRAY['low', 'normal', 'normal', 'normal', 'high', 'high', 'urgent'])[1 + floor(pg_temp.bench_r(g, 4) * 7)::int] AS priority,
                 CASE WHEN st.status = 'new' THEN pg_temp.bench_r(g, 5) < 0.2 ELSE pg_temp.bench_r(g, 5) < 0.9 END AS assigned,
                 cr.created,
                 least(b.at, cr.created + (pg_temp.bench_r(g, 6) ^ 3) * interval '30 days') AS updated
          FROM (SELECT b.at - ((${tickets} - g + pg_temp.bench_r(g, 7)) / ${tickets}.0) * interval '730 days' AS created) cr,
               (SELECT CASE WHEN u < 0.08 THEN 'new' WHEN u < 0.28 THEN 'open' WHEN u < 0.40 THEN 'pending'
                            WHEN u < 0.65 THEN 'solved' ELSE 'closed' END AS status
                FROM (SELECT pg_temp.bench_r(g, 8) AS u) r) st
        ) x
        JOIN _contacts c ON c.i = CASE WHEN g % ${heavyStep} = 0 AND g / ${heavyStep} <= ${heavy} THEN 0
                                      ELSE 1 + floor(pg_temp.bench_r(g, 9) * ${regular})::int END
        JOIN _agents a ON a.i = floor(pg_temp.bench_r(g, 10) * (SELECT count(*) FROM _agents))::int;`,
    },
    {
      // Two to four messages a ticket (three on average): the requester opens, then agents and the requester alternate.
      label: 'ticket messages',
      sql: `
        INSERT INTO ticket_messages (organization_id, ticket_id, kind, author_agent_id, author_contact_id, body, created_at)
        SELECT t.organization_id, t.id, m.kind, CASE WHEN m.by_contact THEN NULL ELSE coalesce(t.assignee_id, a.id) END,
               CASE WHEN m.by_contact THEN t.requester_id END,
               m.body, least(t.updated_at, t.created_at + k * interval '7 minutes')
        FROM _bench b JOIN tickets t ON t.organization_id = b.org AND t.number > b.base
        CROSS JOIN LATERAL generate_series(1, 2 + floor(pg_temp.bench_r(t.number, 11) * 3)::int) k
        JOIN _agents a ON a.i = (t.number + k) % (SELECT count(*) FROM _agents)
        CROSS JOIN LATERAL (
          SELECT k = 1 OR k = 4 AS by_contact,
                 CASE WHEN k = 3 AND pg_temp.bench_r(t.number, 12) < 0.5 THEN 'internal_note' ELSE 'public_reply' END AS kind,
                 'About ' || t.subject || ': the ' || ${word('pg_temp.bench_r(t.number * 5 + k, 13)')} ||
                   ' and the ' || ${word('pg_temp.bench_r(t.number * 5 + k, 14)')} ||
                   ' still need a look. Message ' || k || ' of ticket #' || t.number || '.' AS body
        ) m;`,
    },
    {
      // created (always), assignee_changed (assigned tickets), status_changed (all but new): about 2.6 a ticket.
      label: 'ticket events',
      sql: `
        INSERT INTO ticket_events (organization_id, ticket_id, type, actor_agent_id, actor_contact_id, data, visible_to_contact, created_at)
        SELECT t.organization_id, t.id, 'created', NULL, t.requester_id, '{}'::jsonb, true, t.created_at
        FROM _bench b JOIN tickets t ON t.organization_id = b.org AND t.number > b.base
        UNION ALL
        SELECT t.organization_id, t.id, 'assignee_changed', t.assignee_id, NULL, jsonb_build_object('from', NULL, 'to', t.assignee_id), false,
               least(t.updated_at, t.created_at + interval '5 minutes')
        FROM _bench b JOIN tickets t ON t.organization_id = b.org AND t.number > b.base WHERE t.assignee_id IS NOT NULL
        UNION ALL
        SELECT t.organization_id, t.id, 'status_changed', a.id, NULL, jsonb_build_object('from', 'new', 'to', t.status), true, t.updated_at
        FROM _bench b JOIN tickets t ON t.organization_id = b.org AND t.number > b.base
        JOIN _agents a ON a.i = t.number % (SELECT count(*) FROM _agents)
        WHERE t.status <> 'new';`,
    },
    {
      // Titles of 3-7 words and bodies of 60-180 words with a Zipf-like spread; the table's own
      // trigger fills search_vector, and its indexes (full text, trigram) are kept as they are.
      label: `${articles} articles`,
      sql: `
        INSERT INTO articles (organization_id, category_id, slug, title, body_markdown, body_html, body_text, status, author_agent_id,
                              published_at, created_at, updated_at)
        SELECT b.org, cat.id, 'bench-article-' || g, x.title, x.body, '<p>' || x.body || '</p>', x.body, 'published', a.id, x.at, x.at, x.at
        FROM _bench b, generate_series(1, ${articles}) g
        CROSS JOIN LATERAL (
          SELECT (SELECT initcap(string_agg(${word('pg_temp.bench_r(g * 8 + j, 21)')}, ' ' ORDER BY j))
                  FROM generate_series(1, 3 + g % 5) j) AS title,
                 (SELECT string_agg(${word('pg_temp.bench_r(g * 200 + j, 22)')} ||
                                    CASE WHEN j % 12 = 0 THEN '.' ELSE '' END, ' ' ORDER BY j)
                  FROM generate_series(1, 60 + g % 121) j) ||
                 CASE WHEN g % ${Math.max(1, Math.floor(articles / 5))} = 0 THEN ' ${RARE_WORD}.' ELSE '.' END AS body,
                 b.at - pg_temp.bench_r(g, 23) * interval '1000 days' AS at
          OFFSET 0 -- computed once per article, not once per column that uses it
        ) x
        JOIN _agents a ON a.i = g % (SELECT count(*) FROM _agents)
        JOIN LATERAL (
          SELECT c.id FROM article_categories c WHERE c.organization_id = b.org ORDER BY c.position, c.id
          OFFSET g % (SELECT count(*) FROM article_categories c2 WHERE c2.organization_id = b.org) LIMIT 1
        ) cat ON true;`,
    },
    {
      label: 'ticket numbering',
      sql: `UPDATE organizations o SET last_ticket_number = b.base + ${tickets} FROM _bench b WHERE o.id = b.org;`,
    },
    { label: 'ANALYZE', sql: 'ANALYZE;' },
  ];
}
