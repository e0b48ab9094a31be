import { articlePath, categoryPath, KB_ROOT, portalSiteName, searchPath } from '@actionconnect/shared';
import { escapeHtml } from '../../http/pages';
import type { ArticleServices } from '../articles/articles.module';
import type { ArticleCategory } from '../articles/article-category.entity';
import type { ArticleListItem } from '../articles/article-list';
import { excerpt } from '../articles/search-text';
import type { Organization } from '../organizations/organization.entity';
import { logoPath } from './portal.service';

/**
 * What the first HTML answer of a portal URL carries before the app starts: its status, the head
 * tags search engines and link previews read, and the page's content as plain safe HTML. The app
 * then renders on top of it (issue 16.3: readable without running JavaScript).
 */
export interface PortalPage {
  status: 200 | 404;
  title: string;
  description: string;
  /** Path (and query) of the page's one URL; absent on pages not worth a canonical link. */
  canonicalPath?: string;
  ogType?: 'website' | 'article';
  /** Search results, sign-in and requests: not for search engines' indexes. */
  noindex?: boolean;
  /** Safe HTML put inside #root until the app renders. */
  bodyHtml: string;
  /** The address of this content is another one (an old slug, another category segment): 301. */
  redirectTo?: string;
  /** Public knowledge-base content: a shared cache may keep it for visitors without a session. */
  shareable?: boolean;
  /** When the content last changed (articles). */
  modifiedAt?: Date;
}

/** Articles a category page lists before the app takes over (the app pages through the rest). */
export const RENDERED_CATEGORY_ARTICLES = 100;
/** Search results and popular articles a rendered page lists. */
export const RENDERED_LIST = 20;
/** Longest description (meta and Open Graph): what search engines show. */
const DESCRIPTION_LENGTH = 160;

// The portal's own routes that need a session or hold no public content (client-portal/src/app/router.tsx).
const APP_ONLY_PATHS = [/^\/requests$/, /^\/requests\/new(\/[^/]+)?$/, /^\/requests\/[^/]+$/, /^\/signin$/, /^\/my-data$/];

/** Renders the knowledge base's pages on the server; every other known path gets the bare shell. */
export class PortalPages {
  constructor(private readonly articles: Pick<ArticleServices, 'read' | 'search'>) {}

  async render(organization: Organization, rawPath: string, query: URLSearchParams): Promise<PortalPage> {
    const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
    const site = portalSiteName(organization.branding.displayName ?? organization.name);
    if (path === '/') return this.home(organization, site);
    if (path === KB_ROOT || path.startsWith(`${KB_ROOT}/`)) {
      if (organization.knowledgeBaseVisibility !== 'public') return appOnly(site, 'Knowledge base');
      const segments = path
        .slice(KB_ROOT.length + 1)
        .split('/')
        .filter(Boolean);
      if (segments.length === 0) {
        const q = (query.get('q') ?? '').trim();
        return q ? this.search(organization, site, q) : this.knowledgeBase(organization, site);
      }
      if (segments.length === 1) return this.category(organization, site, segments[0]);
      if (segments.length === 2) return this.article(organization, site, segments[0], segments[1]);
      return notFound(site);
    }
    if (APP_ONLY_PATHS.some((pattern) => pattern.test(path))) return appOnly(site, site);
    return notFound(site);
  }

  private async home(organization: Organization, site: string): Promise<PortalPage> {
    const b = organization.branding;
    const title = b.welcomeHeadline || `How can we help?`;
    const description = clip(b.welcomeIntro || `Answers and support from ${site}.`);
    const kbPublic = organization.knowledgeBaseVisibility === 'public';
    const categories = kbPublic ? await this.articles.read.topCategories(organization.id) : [];
    return {
      status: 200,
      title: site,
      description,
      canonicalPath: '/',
      ogType: 'website',
      shareable: kbPublic,
      bodyHtml: `<main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(description)}</p>
${categoryList(categories)}<p><a href="/requests/new">Submit a request</a></p></main>`,
    };
  }

  private async knowledgeBase(organization: Organization, site: string): Promise<PortalPage> {
    const [categories, popular] = await Promise.all([
      this.articles.read.topCategories(organization.id),
      this.articles.read.popular(organization.id, RENDERED_LIST),
    ]);
    const withCategories = await this.withCategories(organization.id, popular);
    return {
      status: 200,
      title: `Knowledge base · ${site}`,
      description: clip(`Guides and answers from ${site}.`),
      canonicalPath: KB_ROOT,
      ogType: 'website',
      shareable: true,
      bodyHtml: `<main><h1>Knowledge base</h1>${categoryList(categories)}<h2>Popular articles</h2>${articleList(withCategories)}</main>`,
    };
  }

  private async search(organization: Organization, site: string, q: string): Promise<PortalPage> {
    const hits = await this.articles.search.search({ organizationId: organization.id }, q, RENDERED_LIST);
    const withCategories = await this.withCategories(
      organization.id,
      hits.map((h) => h.article),
    );
    const items = hits.map(
      (hit, i) => `<li><a href="${escapeHtml(articlePath(withCategories[i]))}">${hit.titleHtml}</a><p>${hit.snippetHtml}</p></li>`,
    );
    return {
      status: 200,
      title: `Search: ${q} · ${site}`,
      description: clip(`Knowledge-base articles from ${site} matching “${q}”.`),
      canonicalPath: searchPath(q),
      ogType: 'website',
      noindex: true,
      shareable: true,
      bodyHtml: `<main><h1>Search results for “${escapeHtml(q)}”</h1>${
        items.length ? `<ol>${items.join('')}</ol>` : '<p>No articles match your search.</p>'
      }</main>`,
    };
  }

  private async category(organization: Organization, site: string, slug: string): Promise<PortalPage> {
    const category = await this.articles.read.categoryBySlug(organization.id, decode(slug)).catch(() => null);
    if (!category) return notFound(site);
    const [children, articles] = await Promise.all([
      this.articles.read.childrenOf(organization.id, [category.id]),
      this.articles.read.publishedPageIn(organization.id, [category.id], RENDERED_CATEGORY_ARTICLES, null),
    ]);
    const listed = (articles.get(category.id) ?? []).map((a) => ({ ...a, category }));
    return {
      status: 200,
      title: `${category.name} · ${site}`,
      description: clip(category.description || `${category.name}: articles from ${site}.`),
      canonicalPath: categoryPath(category.slug),
      ogType: 'website',
      shareable: true,
      redirectTo: slug === encodeURIComponent(category.slug) ? undefined : categoryPath(category.slug),
      bodyHtml: `<main><nav><a href="${KB_ROOT}">Knowledge base</a></nav><h1>${escapeHtml(category.name)}</h1>${
        category.description ? `<p>${escapeHtml(category.description)}</p>` : ''
      }${categoryList(children.get(category.id) ?? [])}${articleList(listed)}</main>`,
    };
  }

  private async article(organization: Organization, site: string, categorySegment: string, slug: string): Promise<PortalPage> {
    const article = await this.articles.read.publishedBySlug(organization.id, decode(slug)).catch(() => null);
    if (!article) return notFound(site);
    const [withCategory] = await this.withCategories(organization.id, [article]);
    const canonical = articlePath(withCategory);
    const requested = `${KB_ROOT}/${categorySegment}/${slug}`;
    const category = withCategory.category;
    return {
      status: 200,
      title: `${article.title} · ${site}`,
      description: clip(excerpt(article.bodyText, DESCRIPTION_LENGTH) || article.title),
      canonicalPath: canonical,
      ogType: 'article',
      shareable: true,
      modifiedAt: article.updatedAt,
      redirectTo: requested === canonical ? undefined : canonical,
      bodyHtml: `<main><nav><a href="${KB_ROOT}">Knowledge base</a>${
        category ? ` › <a href="${escapeHtml(categoryPath(category.slug))}">${escapeHtml(category.name)}</a>` : ''
      }</nav><article><h1>${escapeHtml(article.title)}</h1>${article.bodyHtml}</article></main>`,
    };
  }

  /** The category of each article, for its URL: one statement for the list. */
  private async withCategories(
    organizationId: string,
    articles: ArticleListItem[],
  ): Promise<(ArticleListItem & { category: ArticleCategory | null })[]> {
    const ids = [...new Set(articles.map((a) => a.categoryId).filter((id): id is string => id !== null))];
    const categories = ids.length ? await this.articles.read.categoriesById(organizationId, ids) : new Map<string, ArticleCategory>();
    return articles.map((a) => ({ ...a, category: a.categoryId ? (categories.get(a.categoryId) ?? null) : null }));
  }
}

/** A portal route whose content the app renders for the signed-in contact: the bare shell, never indexed. */
function appOnly(site: string, title: string): PortalPage {
  return { status: 200, title: title === site ? site : `${title} · ${site}`, description: '', noindex: true, bodyHtml: '' };
}

function notFound(site: string): PortalPage {
  return {
    status: 404,
    title: `Page not found · ${site}`,
    description: '',
    noindex: true,
    bodyHtml: `<main><h1>We couldn't find that page</h1><p><a href="/">Go to the help center</a></p></main>`,
  };
}

function categoryList(categories: ArticleCategory[]): string {
  if (categories.length === 0) return '';
  const items = categories.map(
    (c) =>
      `<li><a href="${escapeHtml(categoryPath(c.slug))}">${escapeHtml(c.name)}</a>${c.description ? ` ${escapeHtml(c.description)}` : ''}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function articleList(articles: (ArticleListItem & { category: { slug: string } | null })[]): string {
  if (articles.length === 0) return '';
  return `<ul>${articles.map((a) => `<li><a href="${escapeHtml(articlePath(a))}">${escapeHtml(a.title)}</a></li>`).join('')}</ul>`;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= DESCRIPTION_LENGTH ? flat : `${flat.slice(0, DESCRIPTION_LENGTH - 1).trimEnd()}…`;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The head tags of a page, with absolute URLs on the organization's canonical origin. */
export function pageHead(page: PortalPage, origin: string, organization: Organization): string {
  const site = portalSiteName(organization.branding.displayName ?? organization.name);
  const tags = [`<title>${escapeHtml(page.title)}</title>`];
  if (page.description) tags.push(`<meta name="description" content="${escapeHtml(page.description)}">`);
  if (page.noindex) tags.push('<meta name="robots" content="noindex, follow">');
  if (page.canonicalPath) {
    const url = `${origin}${page.canonicalPath}`;
    tags.push(`<link rel="canonical" href="${escapeHtml(url)}">`);
    tags.push(`<meta property="og:url" content="${escapeHtml(url)}">`);
  }
  if (page.ogType) {
    tags.push(`<meta property="og:type" content="${page.ogType}">`);
    tags.push(`<meta property="og:title" content="${escapeHtml(page.title)}">`);
    tags.push(`<meta property="og:site_name" content="${escapeHtml(site)}">`);
    if (page.description) tags.push(`<meta property="og:description" content="${escapeHtml(page.description)}">`);
    const logo = logoPath(organization);
    if (logo)
      tags.push(`<meta property="og:image" content="${escapeHtml(`${origin}${logo.replace('/branding/logo?', '/branding/logo.png?')}`)}">`);
    if (page.modifiedAt) tags.push(`<meta property="article:modified_time" content="${page.modifiedAt.toISOString()}">`);
    tags.push('<meta name="twitter:card" content="summary">');
  }
  return tags.join('\n    ');
}

/** robots.txt: the organization's choice. A knowledge base kept for signed-in contacts asks not to be indexed. */
export function robotsTxt(organization: Organization, origin: string): string {
  if (organization.knowledgeBaseVisibility !== 'public') return 'User-agent: *\nDisallow: /\n';
  return [
    'User-agent: *',
    'Disallow: /requests',
    'Disallow: /signin',
    'Disallow: /my-data',
    'Disallow: /auth/',
    // Rating links carry a token (modules/satisfaction): never worth crawling.
    'Disallow: /satisfaction/',
    'Disallow: /attachments/',
    `Disallow: ${KB_ROOT}?`,
    'Allow: /',
    `Sitemap: ${origin}/sitemap.xml`,
    '',
  ].join('\n');
}
