import type { TenantData, TenantTx } from '../../db/tenant';
import { listItemsById, type ArticleListItem } from './article-list';
import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './markdown';
import {
  cleanText,
  escapeHtml,
  excerpt,
  hasWordCharacters,
  highlightedHtml,
  searchTerms,
  suggestionTerms,
  type SearchTerms,
} from './search-text';

/** How an article came to be a search result. */
export type SearchMatch = 'full_text' | 'similar_title';

/** One result: the article with its title and snippet as safe HTML (<mark> around matches). */
export interface SearchHit {
  article: ArticleListItem;
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
/**
 * How many articles whose title matches, and how many whose text matches, a search ranks at most.
 * A word in more articles than this is ranked among this many of them: the most recent ones when
 * it is in a large share of the articles (migration 1796700000000), any of them otherwise.
 * Ranking every match of a common word or a short prefix is what made search slow (issue 11).
 */
export const SEARCH_CANDIDATES = 200;
/** Snippets are cut from this much of the body at most, so a very long article costs no more than a long one. */
export const SNIPPET_SOURCE_LENGTH = 10_000;
/** Longest text compared with titles for typo tolerance: a longer search is not a mistyped title. */
export const MAX_SIMILARITY_TEXT = 100;

const marker = (c: string) => `"${c}"`;
const TITLE_HEADLINE = `StartSel=${marker(HIGHLIGHT_START)}, StopSel=${marker(HIGHLIGHT_STOP)}, HighlightAll=true`;
const SNIPPET_HEADLINE = `StartSel=${marker(HIGHLIGHT_START)}, StopSel=${marker(HIGHLIGHT_STOP)}, MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;

type Mode = 'all' | 'any';
// The tsquery of a search ("all": every web-search term, and the word being typed as a prefix),
// or of a suggestion ("any": any of the words of the request), from two bound parameters.
const TSQUERY: Record<Mode, (web: string, prefix: string) => string> = {
  all: (web, prefix) => `websearch_to_tsquery('english', ${web}) && to_tsquery('english', ${prefix})`,
  any: (web, prefix) => `websearch_to_tsquery('english', ${web}) || to_tsquery('english', ${prefix})`,
};

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
    if (!hasWordCharacters(terms.web + terms.prefix)) return [];
    return this.tenant.run(scope.organizationId, async (tx) => {
      if (!(await hasSearchableTerms(tx, 'all', terms))) return [];
      const hits = await this.fullText(tx, scope, terms, limit, 'all');
      if (terms.exact || hits.length >= Math.min(TYPO_FALLBACK_BELOW, limit)) return hits;
      return [...hits, ...(await this.similarTitles(tx, scope, terms.plain, limit - hits.length, hits))];
    });
  }

  /**
   * Suggestions while a request is written: up to `limit` articles sharing words with it, those
   * matching more of the subject first. With two words or more in the subject, an article must
   * match at least two of them (issue 16.5: one common word, "start", was enough to suggest an
   * article about something else). The subject's words count as prefixes, so a word being typed counts.
   */
  async suggest(scope: SearchScope, subject: string, description: string, limit: number): Promise<SearchHit[]> {
    const terms = suggestionTerms(subject, description);
    if (!hasWordCharacters(terms.web + terms.prefix)) return [];
    return this.tenant.run(scope.organizationId, async (tx) => {
      if (!(await hasSearchableTerms(tx, 'any', terms))) return [];
      const hits = await this.fullText(tx, scope, terms, limit, 'any', cleanText(subject, 400));
      if (hits.length >= limit) return hits;
      return [...hits, ...(await this.similarTitles(tx, scope, terms.plain, limit - hits.length, hits))];
    });
  }

  /** `subject`: text whose words an article must mostly match (suggestions); '' for none. */
  private async fullText(
    tx: TenantTx,
    scope: SearchScope,
    terms: SearchTerms,
    limit: number,
    mode: Mode,
    subject = '',
  ): Promise<SearchHit[]> {
    const query = TSQUERY[mode]('$2', '$3');
    // "all": a title that matches every term ranks above any body match, then cover density.
    // "any": title words weigh ten times body words, so a request's subject finds its article.
    const [titleMatch, rank] =
      mode === 'all'
        ? [`ts_filter(a.search_vector, '{a}') @@ q.query`, `ts_rank_cd(a.search_vector, q.query, 32)`]
        : [`false`, `ts_rank('{0.01, 0.02, 0.1, 1.0}', a.search_vector, q.query)`];
    // article_search_candidates (migration 1795800200000) reads the indexes as the tables' owner and
    // hands back at most 2 × $8 ids of this organization; they are read here under its policy.
    const rows = await tx.sql<{ id: string; title_marked: string; snippet_marked: string }>(
      `WITH q AS (SELECT ${query} AS query),
       s AS (SELECT tsvector_to_array(to_tsvector('english', $10)) AS words),
       ranked AS (
         SELECT a.id, ${titleMatch} AS title_match, ${rank} AS rank, a.published_at, cov.covered
         FROM q CROSS JOIN s
         CROSS JOIN LATERAL article_search_candidates(q.query, $5, $8) AS c(id)
         JOIN articles a ON a.id = c.id
         -- How many of the subject's words the article holds (each as a prefix); only the candidates are counted.
         CROSS JOIN LATERAL (SELECT count(*) AS covered FROM unnest(s.words) AS w(word)
                             WHERE a.search_vector @@ to_tsquery('simple', quote_literal(w.word) || ':*')) cov
         WHERE a.organization_id = $1 AND ($5 OR a.status = 'published') AND cov.covered >= least(2, cardinality(s.words))
         ORDER BY cov.covered DESC, title_match DESC, rank DESC, a.published_at DESC NULLS LAST, a.id
         LIMIT $4
       )
       SELECT a.id,
              ts_headline('english', a.title, q.query, $6) AS title_marked,
              ts_headline('english', left(a.body_text, $9), q.query, $7) AS snippet_marked
       FROM ranked JOIN articles a ON a.id = ranked.id CROSS JOIN q
       WHERE a.organization_id = $1
       ORDER BY ranked.covered DESC, ranked.title_match DESC, ranked.rank DESC, ranked.published_at DESC NULLS LAST, ranked.id`,
      [
        scope.organizationId,
        terms.web,
        terms.prefix,
        limit,
        scope.includeDrafts ?? false,
        TITLE_HEADLINE,
        SNIPPET_HEADLINE,
        SEARCH_CANDIDATES,
        SNIPPET_SOURCE_LENGTH,
        subject,
      ],
    );
    const articles = await listItemsById(
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

  /** Titles similar to the text (pg_trgm word similarity, nearest first from a GiST index): catches typos. */
  private async similarTitles(tx: TenantTx, scope: SearchScope, text: string, limit: number, already: SearchHit[]): Promise<SearchHit[]> {
    if (limit <= 0 || text.replace(/\s/g, '').length < 3 || text.length > MAX_SIMILARITY_TEXT) return [];
    const exclude = already.map((h) => h.article.id);
    // `%>` compares with this setting; set_config(..., true) lasts only for this (the search's) transaction.
    await tx.sql(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(TITLE_SIMILARITY_THRESHOLD)]);
    // article_similar_titles (migration 1795800200000): the nearest titles of this organization, as the owner.
    const rows = await tx.sql<{ id: string; body_start: string }>(
      `SELECT a.id, left(a.body_text, 400) AS body_start
       FROM article_similar_titles($2, $5, $4 + cardinality($3::uuid[])) AS s(id)
       JOIN articles a ON a.id = s.id
       WHERE a.organization_id = $1 AND ($5 OR a.status = 'published') AND NOT (a.id = ANY($3::uuid[]))
       ORDER BY word_similarity($2, a.title) DESC, a.published_at DESC NULLS LAST, a.id
       LIMIT $4`,
      [scope.organizationId, text, exclude, limit, scope.includeDrafts ?? false],
    );
    const articles = await listItemsById(
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
          snippetHtml: escapeHtml(excerpt(row.body_start, 240)),
          match: 'similar_title' as const,
        },
      ];
    });
  }
}

/**
 * Whether the terms leave anything to look for once PostgreSQL drops stop words: a search of only
 * "the and of", or only `-exclusions`, answers nothing rather than reading every article.
 */
async function hasSearchableTerms(tx: TenantTx, mode: Mode, terms: SearchTerms): Promise<boolean> {
  const [row] = await tx.sql<{ searchable: boolean }>(
    `SELECT numnode(q) > 0 AND querytree(q) <> 'T' AS searchable FROM (SELECT ${TSQUERY[mode]('$1', '$2')} AS q) s`,
    [terms.web, terms.prefix],
  );
  return row?.searchable === true;
}
