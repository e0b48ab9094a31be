import express, { type Request, type Response } from 'express';
import { articlePath, categoryPath, KB_ROOT } from '@actionconnect/shared';
import type { Services } from '../../compose';
import type { Config } from '../../config';
import { readSessionCookie } from '../../http/cookies';
import type { ShellPage } from '../../http/app';
import { escapeHtml } from '../../http/pages';
import type { ResolvedHost } from '../organizations/host';
import { pageHead, PortalPages, robotsTxt } from './portal-pages';

/** URLs a sitemap file lists at most (the protocol allows 50,000; smaller files answer faster). */
export const SITEMAP_PAGE_SIZE = 10_000;

type PortalHost = Extract<ResolvedHost, { kind: 'portal' }>;

/**
 * What search engines read on a portal: robots.txt, the sitemap, and the first HTML answer of every
 * portal page (status, head tags, content) that the SPA fallback sends.
 */
export function portalPageRoutes(deps: { config: Readonly<Config>; services: Services }): {
  router: express.Router;
  shell: (req: Request, res: Response) => Promise<ShellPage>;
} {
  const { config, services } = deps;
  const pages = new PortalPages(services.articles);
  const origin = (host: PortalHost) => services.organizations.urls.portalOrigin(host.organization);
  const router = express.Router();

  router.get('/robots.txt', async (_req, res, next) => {
    try {
      const host = res.locals.host as PortalHost;
      res.setHeader('Cache-Control', 'public, max-age=3600');
      res.type('text/plain').send(robotsTxt(host.organization, await origin(host)));
    } catch (error) {
      next(error);
    }
  });

  router.get('/sitemap.xml', async (_req, res, next) => {
    try {
      const host = res.locals.host as PortalHost;
      if (host.organization.knowledgeBaseVisibility !== 'public') return next();
      const base = await origin(host);
      const count = await services.articles.read.publishedCount(host.organization.id);
      const files = Math.max(1, Math.ceil(count / SITEMAP_PAGE_SIZE));
      const entries = Array.from(
        { length: files },
        (_, i) => `<sitemap><loc>${escapeHtml(`${base}/sitemap-${i + 1}.xml`)}</loc></sitemap>`,
      );
      sendXml(res, `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>`);
    } catch (error) {
      next(error);
    }
  });

  router.get('/sitemap-:page.xml', async (req, res, next) => {
    try {
      const host = res.locals.host as PortalHost;
      const page = /^[1-9]\d{0,5}$/.test(req.params.page) ? Number(req.params.page) : 0;
      if (host.organization.knowledgeBaseVisibility !== 'public' || page === 0) return next();
      const base = await origin(host);
      const organizationId = host.organization.id;
      const articles = await services.articles.read.sitemapPage(organizationId, (page - 1) * SITEMAP_PAGE_SIZE, SITEMAP_PAGE_SIZE);
      if (page > 1 && articles.length === 0) return next();
      const url = (path: string, modified?: Date) =>
        `<url><loc>${escapeHtml(`${base}${path}`)}</loc>${modified ? `<lastmod>${modified.toISOString()}</lastmod>` : ''}</url>`;
      const urls: string[] = [];
      if (page === 1) {
        urls.push(url('/'), url(KB_ROOT));
        for (const category of await services.articles.read.allCategories(organizationId)) urls.push(url(categoryPath(category.slug)));
      }
      for (const a of articles) {
        urls.push(url(articlePath({ slug: a.slug, category: a.categorySlug ? { slug: a.categorySlug } : null }), new Date(a.updatedAt)));
      }
      sendXml(res, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>`);
    } catch (error) {
      next(error);
    }
  });

  const shell = async (req: Request, res: Response): Promise<ShellPage> => {
    const host = res.locals.host as PortalHost;
    const query = new URL(req.originalUrl, 'http://portal.invalid').searchParams;
    const page = await pages.render(host.organization, req.path, query);
    const signedIn = readSessionCookie(req, config) !== null;
    // A signed-in contact's pages never go into a shared cache; public articles may, for visitors
    // without a session (Vary: Cookie keeps the two apart).
    const cacheControl = page.shareable && !signedIn ? 'public, no-cache' : 'private, no-cache';
    return {
      status: page.status,
      redirectTo: page.redirectTo,
      head: pageHead(page, await origin(host), host.organization),
      body: page.bodyHtml,
      cacheControl,
    };
  };

  return { router, shell };
}

function sendXml(res: Response, body: string): void {
  res.setHeader('Cache-Control', 'public, max-age=3600');
  res.type('application/xml').send(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
}
