import { In } from 'typeorm';
import type { TenantData, TenantTx } from '../../db/tenant';
import { Article } from './article.entity';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './markdown';
import { escapeHtml, excerpt, highlightedHtml, searchTerms, suggestionTerms, type SearchTerms } from './search-text';

/** How an article came to be a search result. */
export type SearchMatch = 'full_text' | 'similar_title';

/** One result: the article with its title and snippet as safe HTML (<mark> around matches). */
export interface SearchHit {
  article: Article;
  titleHtml: string;
  snippetHtml: string;
  match: SearchMatch;
}

/** Which articles a search covers: one organization, published only unless an editor asks. */
export interface SearchScope {
  organizationId: string;
  includeDrafts?: boolean;
}

/** When full-text search finds fewer results than this, similar titles are added (typo tolerance). */
export const TYPO_FALLBACK_BELOW = 3;
/**
 * pg_trgm word similarity a title needs to be offered for a query that full-text search missed.
 * 0.4 admits one wrong, missing or extra letter in words of five letters and more.
 */
export const TITLE_SIMILARITY_THRESHOLD = 0.4;

const marker = (c: string) => `"${c}"`;
const TITLE_HEADLINE = `StartSel=${marker(HIGHLIGHT_START)}, StopSel=${marker(HIGHLIGHT_STOP)}, HighlightAll=true`;
const SNIPPET_HEADLINE = `StartSel=${marker(HIGHLIGHT_START)}, StopSel=${marker(HIGHLIGHT_STOP)}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

// The tsquery of a search: every web-search term, and the word being typed as a prefix.
const ALL_TERMS = `websearch_to_tsquery('english', $2) && to_tsquery('english', $3)`;
// The tsquery of a suggestion: any of the words of the request.
const ANY_TERM = `websearch_to_tsquery('english', $2) || to_tsquery('english', $3)`;

/**
 * Full-text search over articles: a weighted tsvector (title A, body B) with a GIN index, web-search
 * syntax, prefix matching of the last word, and trigram similarity on titles when that finds little.
 * Every statement filters on the organization; user text only ever travels as a bound parameter.
 */
export class ArticleSearchService {
  constructor(private readonly tenant: TenantData) {}

  /** The search page and box: results containing every word, title matches first, then by rank. */
  async search(scope: SearchScope, query: string, limit: number): Promise<SearchHit[]> {
    const terms = searchTerms(query);
    if (!terms.web && !terms.prefix) return [];
    return this.tenant.run(scope.organizationId, async (tx) => {
      const hits = await this.fullText(tx, scope, terms, limit, 'all');
      if (terms.exact || hits.length >= Math.min(TYPO_FALLBACK_BELOW, limit)) return hits;
      return [...hits, ...(await this.similarTitles(tx, scope, terms.plain, limit - hits.length, hits))];
    });
  }

  /** Suggestions while a request is written: up to `limit` articles sharing words with it. */
  async suggest(scope: SearchScope, subject: string, description: string, limit: number): Promise<SearchHit[]> {
    const terms = suggestionTerms(subject, description);
    if (!terms.web && !terms.prefix) return [];
    return this.tenant.run(scope.organizationId, async (tx) => {
      const hits = await this.fullText(tx, scope, terms, limit, 'any');
      if (hits.length >= limit) return hits;
      return [...hits, ...(await this.similarTitles(tx, scope, terms.plain, limit - hits.length, hits))];
    });
  }

  private async fullText(tx: TenantTx, scope: SearchScope, terms: SearchTerms, limit: number, mode: 'all' | 'any'): Promise<SearchHit[]> {
    const query = mode === 'all' ? ALL_TERMS : ANY_TERM;
    // "all": a title that matches every term ranks above any body match, then cover density.
    // "any": title words weigh ten times body words, so a request's subject finds its article.
    const order =
      mode === 'all'
        ? `ts_filter(a.search_vector, '{a}') @@ q.query DESC, ts_rank_cd(a.search_vector, q.query, 32) DESC`
        : `ts_rank('{0.01, 0.02, 0.1, 1.0}', a.search_vector, q.query) DESC`;
    const rows = await tx.sql<{ id: string; title_marked: string; snippet_marked: string }>(
      `WITH q AS (SELECT ${query} AS query),
       ranked AS (
         SELECT a.id, row_number() OVER (ORDER BY ${order}, a.published_at DESC NULLS LAST, a.id) AS position
         FROM articles a, q
         WHERE a.organization_id = $1 AND ($5 OR a.status = 'published') AND a.search_vector @@ q.query
         ORDER BY position
         LIMIT $4
       )
       SELECT a.id,
              ts_headline('english', a.title, q.query, $6) AS title_marked,
              ts_headline('english', a.body_text, q.query, $7) AS snippet_marked
       FROM ranked JOIN articles a ON a.id = ranked.id CROSS JOIN q
       ORDER BY ranked.position`,
      [scope.organizationId, terms.web, terms.prefix, limit, scope.includeDrafts ?? false, TITLE_HEADLINE, SNIPPET_HEADLINE],
    );
    const articles = await articlesById(
      tx,
      rows.map((r) => r.id),
    );
    return rows.flatMap((row) => {
      const article = articles.get(row.id);
      if (!article) return [];
      return [
        {
          article,
          titleHtml: highlightedHtml(row.title_marked),
          snippetHtml: highlightedHtml(row.snippet_marked),
          match: 'full_text' as const,
        },
      ];
    });
  }

  /** Titles similar to the text (pg_trgm word similarity on its GIN index): catches typos. */
  private async similarTitles(tx: TenantTx, scope: SearchScope, text: string, limit: number, already: SearchHit[]): Promise<SearchHit[]> {
    if (limit <= 0 || text.replace(/\s/g, '').length < 3) return [];
    const exclude = already.map((h) => h.article.id);
    // `<%` compares with this setting; set_config(..., true) lasts only for this (the search's) transaction.
    await tx.sql(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(TITLE_SIMILARITY_THRESHOLD)]);
    const rows = await tx.sql<{ id: string }>(
      `SELECT a.id
       FROM articles a
       WHERE a.organization_id = $1 AND ($5 OR a.status = 'published') AND $2 <% a.title AND NOT (a.id = ANY($3::uuid[]))
       ORDER BY word_similarity($2, a.title) DESC, a.published_at DESC NULLS LAST, a.id
       LIMIT $4`,
      [scope.organizationId, text, exclude, limit, scope.includeDrafts ?? false],
    );
    const articles = await articlesById(
      tx,
      rows.map((r) => r.id),
    );
    return rows.flatMap((row) => {
      const article = articles.get(row.id);
      if (!article) return [];
      return [
        {
          article,
          titleHtml: escapeHtml(article.title),
          snippetHtml: escapeHtml(excerpt(article.bodyText, 240)),
          match: 'similar_title' as const,
        },
      ];
    });
  }
}

async function articlesById(tx: TenantTx, ids: string[]): Promise<Map<string, Article>> {
  if (!ids.length) return new Map();
  const rows = await tx.find(Article, { where: { id: In(ids) } });
  return new Map(rows.map((a) => [a.id, a]));
}
