import type { TestApp } from './http';
// Knowledge-base set-up for organizations that already exist (e.g. the demo data's), by slug.
import type { DataSource } from 'typeorm';
import { ArticleCategory } from '../src/modules/articles/article-category.entity';
import { Article, type ArticleStatus } from '../src/modules/articles/article.entity';
import { Organization } from '../src/modules/organizations/organization.entity';
import { buildArticle } from './factories';

/** Saves an article in an existing organization, its slug made from the title unless given (published unless `status` says otherwise). */
export async function saveArticle(
  db: DataSource,
  slug: string,
  fields: { title: string; bodyMarkdown: string; slug?: string; status?: ArticleStatus; categorySlug?: string },
): Promise<Article> {
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug });
  const category = fields.categorySlug
    ? await db.getRepository(ArticleCategory).findOneByOrFail({ organizationId: organization.id, slug: fields.categorySlug })
    : null;
  return buildArticle(db, {
    organizationId: organization.id,
    title: fields.title,
    slug:
      fields.slug ??
      fields.title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    bodyMarkdown: fields.bodyMarkdown,
    status: fields.status ?? 'published',
    categoryId: category?.id ?? null,
  });
}

/** An existing article by organization slug and article slug. */
export async function articleBySlug(db: DataSource, orgSlug: string, slug: string): Promise<Article> {
  const organization = await db.getRepository(Organization).findOneByOrFail({ slug: orgSlug });
  return db.getRepository(Article).findOneByOrFail({ organizationId: organization.id, slug });
}

/** Sets who may read an organization's articles. */
export async function setVisibility(
  app: Pick<TestApp, 'dataSource' | 'services'>,
  orgSlug: string,
  visibility: 'public' | 'signed_in',
): Promise<void> {
  await app.dataSource.getRepository(Organization).update({ slug: orgSlug }, { knowledgeBaseVisibility: visibility });
  // Written behind the services' back: drop the host cache as the admin's mutation would.
  app.services.organizations.hosts.forget();
}
