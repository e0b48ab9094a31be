import { IsNull, Not, QueryFailedError, type FindOptionsWhere } from 'typeorm';
import type { TenantData, TenantTx } from '../../db/tenant';
import { badInput, DomainError, ErrorCode, notFound } from '../../errors';
import { Organization, type KnowledgeBaseVisibility } from '../organizations/organization.entity';
import { ArticleCategory } from './article-category.entity';
import { Article } from './article.entity';
import type { EditorScope } from '../../auth/article.policy';
import { assertNesting, checkSlug, checkText, slugify } from './article.rules';
import { isUuid } from '@actionconnect/shared';

/** Limits of what an editor writes. */
export const CATEGORY_LIMITS = { name: 120, slug: 80, description: 1000 } as const;

/** A category as an editor creates or changes it. */
export interface CategoryDraft {
  name: string;
  slug?: string | null;
  description?: string | null;
  parentId?: string | null;
}

/** Changes to a category: null or omitted leaves a field as it is, except `parentId: null` (top level). */
export type CategoryChanges = { [K in keyof CategoryDraft]?: CategoryDraft[K] | null };

/** Managing categories (ordered, one level of nesting) and the knowledge base's visibility. */
export class ArticleCategoryService {
  constructor(
    private readonly tenant: TenantData,
    /** Drops the host cache, which holds whether each portal's knowledge base is public. */
    private readonly onOrganizationChanged: () => void,
  ) {}

  /** Every category of the organization, parents before their children, each level in order. */
  async list(scope: EditorScope): Promise<ArticleCategory[]> {
    const all = await this.tenant.run(scope.organizationId, (tx) => tx.find(ArticleCategory, { order: { position: 'ASC', name: 'ASC' } }));
    const top = all.filter((c) => !c.parentId);
    return top.flatMap((parent) => [parent, ...all.filter((c) => c.parentId === parent.id)]);
  }

  /** A new category, last among its siblings. */
  async create(scope: EditorScope, draft: CategoryDraft): Promise<ArticleCategory> {
    const name = checkText(draft.name, 'name', 'name', CATEGORY_LIMITS.name);
    const description = checkText(draft.description ?? '', 'description', 'description', CATEGORY_LIMITS.description, false);
    return slugTaken(
      this.tenant.run(scope.organizationId, async (tx) => {
        const parent = await findParent(tx, draft.parentId ?? null);
        assertNesting({ categoryId: null, parent, hasChildren: false });
        const slug = draft.slug?.trim() ? checkSlug(draft.slug, CATEGORY_LIMITS.slug) : slugify(name, CATEGORY_LIMITS.slug);
        await assertSlugFree(tx, slug, null);
        const position = await nextPosition(tx, parent?.id ?? null);
        return tx.insert(ArticleCategory, { name, slug, description, parentId: parent?.id ?? null, position });
      }),
    );
  }

  /** Renames, re-describes or moves a category; moving puts it last under its new parent. */
  async update(scope: EditorScope, id: string, changes: CategoryChanges): Promise<ArticleCategory> {
    return slugTaken(
      this.tenant.run(scope.organizationId, async (tx) => {
        const category = await findCategory(tx, id);
        if (changes.name != null) category.name = checkText(changes.name, 'name', 'name', CATEGORY_LIMITS.name);
        if (changes.description != null)
          category.description = checkText(changes.description, 'description', 'description', CATEGORY_LIMITS.description, false);
        if (changes.slug != null) {
          const slug = checkSlug(changes.slug, CATEGORY_LIMITS.slug);
          if (slug !== category.slug) category.slug = await assertSlugFree(tx, slug, category.id);
        }
        if (changes.parentId !== undefined && (changes.parentId ?? null) !== category.parentId) {
          const parent = await findParent(tx, changes.parentId ?? null);
          const hasChildren = await tx.exists(ArticleCategory, { parentId: category.id });
          assertNesting({ categoryId: category.id, parent, hasChildren });
          category.position = await nextPosition(tx, parent?.id ?? null);
          category.parentId = parent?.id ?? null;
        }
        return tx.save(ArticleCategory, category);
      }),
    );
  }

  /**
   * Sets the order of one level: `orderedIds` must be exactly the categories under `parentId`
   * (top level when null), in their new order.
   */
  async reorder(scope: EditorScope, parentId: string | null, orderedIds: string[]): Promise<ArticleCategory[]> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      if (parentId) await findCategory(tx, parentId);
      const siblings = await tx.find(ArticleCategory, {
        where: { parentId: parentId ? parentId : IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const known = new Set(siblings.map((c) => c.id));
      if (orderedIds.length !== known.size || new Set(orderedIds).size !== orderedIds.length || !orderedIds.every((id) => known.has(id))) {
        throw badInput('List every category of this level exactly once.', 'orderedIds');
      }
      await tx.sql(
        `UPDATE article_categories c SET position = v.position
         FROM unnest($2::uuid[]) WITH ORDINALITY AS v(id, position)
         WHERE c.organization_id = $1 AND c.id = v.id`,
        [scope.organizationId, orderedIds],
      );
      const byId = new Map(siblings.map((c) => [c.id, c]));
      return orderedIds.map((id, index) => Object.assign(byId.get(id) as ArticleCategory, { position: index + 1 }));
    });
  }

  /** Deletes an empty category. One that still holds articles or subcategories is refused, so nothing disappears by accident. */
  async remove(scope: EditorScope, id: string): Promise<string> {
    return this.tenant.run(scope.organizationId, async (tx) => {
      const category = await findCategory(tx, id);
      if (await tx.exists(ArticleCategory, { parentId: category.id })) {
        throw new DomainError(ErrorCode.Conflict, 'Move or delete its subcategories first.');
      }
      if (await tx.exists(Article, { categoryId: category.id })) {
        throw new DomainError(ErrorCode.Conflict, 'Move or delete its articles first.');
      }
      await tx.delete(ArticleCategory, { id: category.id });
      return category.id;
    });
  }

  /** Whether published articles are public or for signed-in contacts only (admins only). */
  async setVisibility(scope: EditorScope, visibility: KnowledgeBaseVisibility): Promise<KnowledgeBaseVisibility> {
    // The tenant filter on organizations is their id: this changes the editor's own organization only.
    await this.tenant.run(scope.organizationId, (tx) => tx.update(Organization, {}, { knowledgeBaseVisibility: visibility }));
    this.onOrganizationChanged();
    return visibility;
  }

  /** The organization's current visibility setting. */
  async visibility(scope: EditorScope): Promise<KnowledgeBaseVisibility> {
    const organization = await this.tenant.run(scope.organizationId, (tx) => tx.findOne(Organization));
    if (!organization) throw notFound('Organization');
    return organization.knowledgeBaseVisibility;
  }
}

async function findCategory(tx: TenantTx, id: string): Promise<ArticleCategory> {
  const category = isUuid(id) ? await tx.findOneBy(ArticleCategory, { id }) : null;
  if (!category) throw notFound('Category');
  return category;
}

async function findParent(tx: TenantTx, parentId: string | null): Promise<ArticleCategory | null> {
  if (!parentId) return null;
  const parent = isUuid(parentId) ? await tx.findOneBy(ArticleCategory, { id: parentId }) : null;
  if (!parent) throw new DomainError(ErrorCode.NotFound, 'Parent category not found', { field: 'parentId' });
  return parent;
}

async function assertSlugFree(tx: TenantTx, slug: string, categoryId: string | null): Promise<string> {
  const where: FindOptionsWhere<ArticleCategory> = { slug, ...(categoryId ? { id: Not(categoryId) } : {}) };
  if (await tx.exists(ArticleCategory, where)) throw badInput('Another category already uses this slug.', 'slug');
  return slug;
}

/** The position after the last category under `parentId` (top level when null). */
async function nextPosition(tx: TenantTx, parentId: string | null): Promise<number> {
  const [{ next }] = await tx.sql<{ next: number }>(
    `SELECT coalesce(max(position), 0) + 1 AS next FROM article_categories WHERE organization_id = $1 AND parent_id IS NOT DISTINCT FROM $2`,
    [tx.organizationId, parentId],
  );
  return next;
}

async function slugTaken<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code === '23505') throw badInput('Another category already uses this slug.', 'slug');
    throw error;
  }
}
