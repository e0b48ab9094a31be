import { HIGHLIGHT_START, HIGHLIGHT_STOP } from './markdown';

// Turning what people type into safe full-text search terms, and search output into safe HTML.
// Nothing here builds SQL: the terms are bound as parameters of websearch_to_tsquery and
// to_tsquery, and are cleaned so that neither function sees operators the person did not mean.

/** Longest search text considered; longer input is cut. */
export const MAX_SEARCH_LENGTH = 200;
/**
 * Most words a search box's text is searched with: each word is one more index lookup, and an
 * article matching the first ten words of a pasted paragraph is what its author was looking for.
 */
export const MAX_SEARCH_WORDS = 10;
/** Most distinct words of a request's subject and description used to suggest articles. */
export const MAX_SUGGESTION_WORDS = 40;

/** Terms for one search, each bound as a query parameter. */
export interface SearchTerms {
  /** Text for websearch_to_tsquery: words, "quoted phrases", -exclusions and `or`; may be empty. */
  web: string;
  /** The word being typed as a to_tsquery prefix (`refu:*`), or empty. Letters and digits only. */
  prefix: string;
  /** The cleaned text, for trigram similarity. */
  plain: string;
  /** Whether the text uses "phrases" or -exclusions: then it means exactly what it says, typos and all. */
  exact: boolean;
}

// to_tsquery operators and other punctuation with a meaning in tsquery syntax. websearch_to_tsquery
// ignores them, but they never carry meaning in a help-center search, so they become spaces.
const TSQUERY_SYNTAX = /[&|!():*<>\\'`@~^{}[\]]/g;
// Control characters, and the private-use range search uses for its own highlight markers.
const UNSAFE_CHARACTERS = /[\p{Cc}\uE000-\uF8FF]/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const TRAILING_WORD = /(^|\s)([\p{L}\p{N}]+)$/u;

/** Normalized, length-limited text without control characters or highlight markers. */
export function cleanText(raw: string, maxLength = MAX_SEARCH_LENGTH): string {
  return raw.normalize('NFKC').replace(UNSAFE_CHARACTERS, ' ').slice(0, maxLength);
}

/** Whether text holds a letter or a digit: punctuation alone is nothing to search for. */
export function hasWordCharacters(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Terms for a search box. Web-search syntax keeps working ("exact phrase", -word, or); the last
 * word, unless it is quoted, excluded or `or`, is matched as a prefix so results come while typing.
 */
export function searchTerms(raw: string): SearchTerms {
  const text = cleanText(raw).replace(TSQUERY_SYNTAX, ' ').replace(/\s+/g, ' ').trim().split(' ').slice(0, MAX_SEARCH_WORDS).join(' ');
  const plain = text.replace(/["-]/g, ' ').replace(/\s+/g, ' ').trim();
  const quotesBalanced = (text.match(/"/g)?.length ?? 0) % 2 === 0;
  const exact = text.includes('"') || /(^|\s)-[\p{L}\p{N}]/u.test(text);
  const last = TRAILING_WORD.exec(text);
  if (!last || !quotesBalanced || last[2].toLowerCase() === 'or') return { web: text, prefix: '', plain, exact };
  return { web: text.slice(0, last.index).trim(), prefix: `${last[2].toLowerCase()}:*`, plain, exact };
}

/**
 * Terms for suggesting articles from a request being written: any of its words may match (joined
 * with websearch's `or`), and its last word, while being typed, as a prefix.
 */
export function suggestionTerms(subject: string, description: string): SearchTerms {
  const text = cleanText(`${subject}\n${description}`, 4000);
  const words: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    if (word.length < 2 || word === 'or' || words.includes(word)) continue;
    words.push(word);
    if (words.length === MAX_SUGGESTION_WORDS) break;
  }
  const last = TRAILING_WORD.exec(text);
  const prefix = last && last[2].toLowerCase() !== 'or' ? `${last[2].toLowerCase()}:*` : '';
  return { web: words.join(' or '), prefix, plain: cleanText(subject, 100).replace(/\s+/g, ' ').trim(), exact: false };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * HTML for text that PostgreSQL's ts_headline marked with HIGHLIGHT_START/STOP: everything is
 * escaped as text, and only the markers become <mark> elements, always balanced. The article's
 * own text is never trusted as HTML.
 */
export function highlightedHtml(marked: string): string {
  let html = '';
  let open = false;
  let text = '';
  const flush = () => {
    html += escapeHtml(text);
    text = '';
  };
  for (const char of marked) {
    if (char === HIGHLIGHT_START) {
      flush();
      if (!open) html += '<mark>';
      open = true;
    } else if (char === HIGHLIGHT_STOP) {
      flush();
      if (open) html += '</mark>';
      open = false;
    } else {
      text += char;
    }
  }
  flush();
  return open ? `${html}</mark>` : html;
}

/** The start of a text, cut at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, maxLength = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= maxLength) return clean;
  const cut = clean.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > maxLength * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
