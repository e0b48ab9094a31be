import 'reflect-metadata';
import { Client } from 'pg';
import { buildOrganization } from '../../../test/factories';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '../../../test/database';
import { planNodes, type PlanNode } from '../../../test/plans';
import { statementRecorder } from '../../../test/statements';
import { TenantData } from '../../db/tenant';
import { ArticleReadService } from './article-read.service';
import { ArticleSearchService, SEARCH_CANDIDATES } from './article-search.service';

// Guards that are not timed (issue 11): with tens of thousands of articles, the hot article queries,
// exactly as the services send them and as the application role runs them (row-level security on),
// never read `articles` with a Seq Scan and never sort more than the bounded candidate set. The
// plans, nested SECURITY DEFINER functions included, come from auto_explain (EXPLAIN cannot see
// inside a function). Stock planner settings: nothing is SET but auto_explain's own output.

const ARTICLES = 30_000;
const onPostgres = testDatabaseUrl() ? describe : describe.skip;

interface LoggedPlan {
  'Query Text': string;
  Plan: PlanNode;
}

/** Index entries or rows a scan node went through: what it returned and what its filter removed, over every loop. */
function rowsRead(node: PlanNode): number {
  return ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * (node['Actual Loops'] ?? 1);
}

/**
 * What is wrong with one plan: a Seq Scan on articles, a scan of articles or their indexes that reads far
 * more than the candidate set (a common word's whole bitmap), a Sort of more rows than the candidates, or a sort on disk.
 */
function problems(plan: LoggedPlan, boundedReads = true): string[] {
  const found: string[] = [];
  for (const node of planNodes(plan.Plan)) {
    if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'articles') found.push('Seq Scan on articles');
    const onArticles = node['Relation Name'] === 'articles' || /^articles_/.test(node['Index Name'] ?? '');
    if (boundedReads && onArticles && /Scan/.test(node['Node Type']) && rowsRead(node) > 10 * SEARCH_CANDIDATES)
      found.push(`${node['Node Type']} reading ${rowsRead(node)} rows`);
    if (node['Node Type'] === 'Sort') {
      const input = (node.Plans ?? []).reduce((n, c) => n + (c['Actual Rows'] ?? 0) * (c['Actual Loops'] ?? 1), 0);
      if (input > 2 * SEARCH_CANDIDATES) found.push(`Sort of ${input} rows`);
      if (node['Sort Space Type'] === 'Disk') found.push('Sort on disk');
    }
  }
  return found;
}

onPostgres('hot article queries on a large knowledge base (PostgreSQL only; skipped on PGlite, set DATABASE_URL)', () => {
  let t: TestDatabase;
  let organizationId: string;
  let words: { common: string; rare: string; typo: string; prefix: string };
  let recorder: ReturnType<typeof statementRecorder>;

  beforeAll(async () => {
    t = await createTestDatabase();
    organizationId = (await buildOrganization(t.dataSource)).id;
    // As the owner, in one statement: words drawn with density ~1/k from 3,000 pronounceable ones
    // (Zipf-like), so the most common is in nearly every article and the rarest in a handful.
    await t.dataSource.query(
      `WITH syl AS (SELECT ARRAY['ba','ke','lo','mi','nu','ra','se','ti','vo','zu','da','fe','go','hi','ju','pa','qui','sa','te','wo'] AS s),
       v AS (SELECT array_agg(syl.s[1 + k % 20] || syl.s[1 + (k / 20) % 20] || syl.s[1 + (k / 400) % 20] || 'n' ORDER BY k) AS a
             FROM syl, generate_series(0, 2999) k),
       g AS (
         SELECT i,
           (SELECT string_agg(v.a[floor(power(2999, random()))::int + 1 + 0 * j], ' ') FROM generate_series(1, 4 + 0 * i) j) AS title,
           (SELECT string_agg(v.a[floor(power(2999, random()))::int + 1 + 0 * j], ' ') FROM generate_series(1, 40 + 0 * i) j) AS body
         FROM generate_series(1, $2::int) i, v)
       INSERT INTO articles (organization_id, slug, title, body_markdown, body_html, body_text, status, published_at)
       SELECT $1, 'a-' || i, initcap(title), body, '<p>' || body || '</p>', body, 'published', now() - i * interval '1 minute' FROM g`,
      [organizationId, ARTICLES],
    );
    await t.dataSource.query('ANALYZE articles');
    const stat: { word: string; ndoc: number }[] = await t.dataSource.query(
      `SELECT word, ndoc FROM ts_stat('SELECT search_vector FROM articles') ORDER BY ndoc DESC, word`,
    );
    const common = stat[0].word;
    const rare = stat.find((s) => s.ndoc <= 30 && s.word.length >= 7)?.word ?? stat[stat.length - 1].word;
    // A title word with one letter dropped: full-text search misses it, so the typo fallback runs.
    const [{ title }]: { title: string }[] = await t.dataSource.query(`SELECT title FROM articles WHERE slug = 'a-7'`);
    const titleWord = title
      .split(' ')
      .sort((a, b) => b.length - a.length)[0]
      .toLowerCase();
    words = { common, rare, typo: titleWord.slice(0, 3) + titleWord.slice(4), prefix: common.slice(0, 2) };
    expect(stat[0].ndoc).toBeGreaterThan(ARTICLES / 2);
    expect(stat[0].ndoc).toBeGreaterThan(10 * 2 * SEARCH_CANDIDATES);

    recorder = statementRecorder(t.dataSource);
  }, 300_000);
  afterAll(async () => {
    recorder?.stop();
    await t?.close();
  });

  /** Runs `work` through the services, then replays its statements as the application role and returns their plans. */
  async function plansOf(work: (tenant: TenantData) => Promise<unknown>, readsArticles = true): Promise<LoggedPlan[]> {
    recorder.statements.length = 0;
    await work(new TenantData(t.dataSource));
    const sent = recorder.statements.filter((s) => !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)/i.test(s.sql));
    const url = new URL(testDatabaseUrl() as string);
    url.pathname = `/${t.name}`;
    const client = new Client({ connectionString: url.toString() });
    const plans: LoggedPlan[] = [];
    client.on('notice', (notice) => {
      const at = notice.message?.indexOf('{') ?? -1;
      if (notice.message?.startsWith('duration:') && at >= 0) plans.push(JSON.parse(notice.message.slice(at)) as LoggedPlan);
    });
    await client.connect();
    try {
      await client.query(`LOAD 'auto_explain'`);
      for (const setting of [
        'log_min_duration = 0',
        'log_analyze = on',
        'log_timing = off',
        'log_nested_statements = on',
        'log_format = json',
        'log_level = notice',
      ])
        await client.query(`SET auto_explain.${setting}`);
      await client.query('BEGIN');
      for (const s of sent) await client.query(s.sql, s.params);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
    // article_search_candidates asks the planner for estimates (EXPLAIN without ANALYZE): those plans never run.
    const executed = plans.filter((p) => !/^\s*EXPLAIN\b/i.test(p['Query Text']));
    expect(executed.some((p) => /\barticles\b/.test(p['Query Text']))).toBe(readsArticles);
    return executed;
  }

  const search = (q: string) => (tenant: TenantData) => new ArticleSearchService(tenant).search({ organizationId }, q, 20);

  // A common word followed by a prefix of itself still reads the title index's whole bitmap: the planner
  // multiplies the two terms' shares as if they were independent, so it takes the query for a rare one.
  it.each([
    ['a common word', () => words.common, true],
    ['a rare word', () => words.rare, true],
    ['a prefix being typed', () => words.prefix, true],
    ['a typo (the similar-title fallback)', () => words.typo, true],
    ['two common words and a prefix', () => `${words.common} ${words.common.slice(0, 4)}`, false],
  ])('searching %s reads an index and ranks a bounded set', async (_kind, query, boundedReads) => {
    const plans = await plansOf(search(query()));
    expect(plans.flatMap((p) => problems(p, boundedReads).map((problem) => `${problem} in: ${p['Query Text'].slice(0, 120)}`))).toEqual([]);
  });

  it('really takes the typo path for the typo, and finds the article', async () => {
    const hits = await search(words.typo)(new TenantData(t.dataSource));
    expect(hits.some((h) => h.match === 'similar_title')).toBe(true);
  });

  it('suggesting articles for a request reads an index and ranks a bounded set', async () => {
    const plans = await plansOf((tenant) =>
      new ArticleSearchService(tenant).suggest({ organizationId }, `${words.common} ${words.rare}`, `${words.common} broke`, 5),
    );
    expect(plans.flatMap((p) => problems(p))).toEqual([]);
  });

  it('answers a search of only stop words or punctuation without reading articles', async () => {
    for (const q of ['the and of a', '!!! ??? ... ---']) {
      await plansOf(search(q), false);
    }
  });

  it('a page of a large category, and its count, read its title index: no Seq Scan, no sort of the category', async () => {
    const [{ id: categoryId }]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO article_categories (organization_id, slug, name) VALUES ($1, 'big', 'Big') RETURNING id`,
      [organizationId],
    );
    await t.dataSource.query(`UPDATE articles SET category_id = $1 WHERE organization_id = $2 AND slug LIKE 'a-1%'`, [
      categoryId,
      organizationId,
    ]);
    await t.dataSource.query('ANALYZE articles');
    try {
      const [{ id: middle }]: { id: string }[] = await t.dataSource.query(
        `SELECT id FROM articles WHERE category_id = $1 ORDER BY title, id OFFSET 5000 LIMIT 1`,
        [categoryId],
      );
      const plans = await plansOf(async (tenant) => {
        const read = new ArticleReadService(tenant);
        const first = await read.publishedPageIn(organizationId, [categoryId], 100, null);
        const later = await read.publishedPageIn(organizationId, [categoryId], 100, middle);
        expect([first.get(categoryId)?.length, later.get(categoryId)?.length]).toEqual([100, 100]);
      });
      const pages = plans.filter((p) => /LATERAL/.test(p['Query Text']));
      expect(pages).toHaveLength(2);
      expect(pages.flatMap((p) => problems(p))).toEqual([]);

      const counts = await plansOf((tenant) => new ArticleReadService(tenant).publishedCounts(organizationId, [categoryId]));
      const nodes = counts.flatMap((p) => [...planNodes(p.Plan)]);
      expect(nodes.some((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'articles')).toBe(false);
      // One of the per-category indexes answers the count (the planner picks the smallest).
      expect(nodes.some((n) => /^articles_category_/.test(n['Index Name'] ?? ''))).toBe(true);
    } finally {
      await t.dataSource.query(`UPDATE articles SET category_id = NULL WHERE category_id = $1`, [categoryId]);
      await t.dataSource.query(`DELETE FROM article_categories WHERE id = $1`, [categoryId]);
    }
  });

  it('lists (recent, popular) select no body column', async () => {
    const plans = await plansOf(async (tenant) => {
      const read = new ArticleReadService(tenant);
      await read.recent(organizationId, 10);
      await read.popular(organizationId, 10);
    });
    for (const p of plans.filter((x) => /FROM "articles"/.test(x['Query Text']))) {
      expect(p['Query Text']).not.toMatch(/body_(html|markdown|text)/);
    }
  });
});
