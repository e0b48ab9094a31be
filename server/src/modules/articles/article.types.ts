import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AgentOnly, ContactReadable } from '../../auth/visibility';

/** Whether readers can see an article. */
export enum ArticleStatusEnum {
  DRAFT = 'draft',
  PUBLISHED = 'published',
}
registerEnumType(ArticleStatusEnum, {
  name: 'ArticleStatus',
  description: 'DRAFT articles are seen by agents only; PUBLISHED ones by readers too.',
});

/** Who may read the organization's published articles. */
export enum KnowledgeBaseVisibilityEnum {
  PUBLIC = 'public',
  SIGNED_IN = 'signed_in',
}
registerEnumType(KnowledgeBaseVisibilityEnum, {
  name: 'KnowledgeBaseVisibility',
  description: 'PUBLIC: anyone visiting the portal. SIGNED_IN: signed-in contacts only.',
});

/** How a search result was found. */
export enum ArticleMatchEnum {
  FULL_TEXT = 'full_text',
  SIMILAR_TITLE = 'similar_title',
}
registerEnumType(ArticleMatchEnum, {
  name: 'ArticleMatch',
  description: 'FULL_TEXT: the words were found. SIMILAR_TITLE: the title is close to what was typed (a typo, most likely).',
});

/** A knowledge-base category; what the portal shows of it is public. */
@ContactReadable()
@ObjectType('ArticleCategory', { description: 'A group of articles. Categories are ordered and nest one level deep.' })
export class ArticleCategoryNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable URL segment, unique in the organization.' })
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int, { description: 'Order among its siblings, from 1.' })
  position: number;

  @Field(() => ID, { nullable: true })
  parentId: string | null;
}

/** A published article as readers see it. */
@ContactReadable()
@ObjectType('Article', { description: 'A published knowledge-base article as readers see it.' })
export class ArticleNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable URL segment, unique in the organization.' })
  slug: string;

  @Field()
  title: string;

  // bodyHtml and excerpt: field resolvers (article-fields.resolver.ts), as lists load no body.

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field()
  updatedAt: Date;
}

/** A search result. */
@ContactReadable()
@ObjectType('ArticleSearchHit')
export class ArticleSearchHitNode {
  @Field(() => ArticleNode)
  article: ArticleNode;

  @Field({ description: 'The title as HTML: escaped text with <mark> around matched words.' })
  titleHtml: string;

  @Field({ description: 'An excerpt as HTML: escaped text with <mark> around matched words.' })
  snippetHtml: string;

  @Field(() => ArticleMatchEnum)
  match: ArticleMatchEnum;
}

/** An article's numbers, for agents. */
@AgentOnly()
@ObjectType('ArticleStats', { description: 'Reader activity on an article.' })
export class ArticleStatsNode {
  @Field(() => Int, { description: 'Page views, and suggestions opened from the request form.' })
  views: number;

  @Field(() => Int)
  helpfulVotes: number;

  @Field(() => Int)
  unhelpfulVotes: number;

  @Field(() => Int, { description: 'Times it was opened as a suggestion while a request was being written.' })
  suggestionOpens: number;

  @Field(() => Int, {
    description:
      'Suggestion opens whose request form session reported no submission within 30 minutes of the opening: the reader found the answer instead of asking.',
  })
  deflections: number;
}

/** An article as agents manage it: drafts too, with its Markdown and numbers. */
@AgentOnly()
@ObjectType('AgentArticle', { description: 'An article in the agent app: drafts included, with its Markdown source.' })
export class AgentArticleNode {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  // bodyMarkdown and bodyHtml: field resolvers (article-fields.resolver.ts), as lists load no body.

  @Field(() => ArticleStatusEnum)
  status: ArticleStatusEnum;

  @Field(() => ID, { nullable: true })
  categoryId: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

/** The knowledge base's settings. */
@AgentOnly()
@ObjectType('KnowledgeBaseSettings')
export class KnowledgeBaseSettingsNode {
  @Field(() => KnowledgeBaseVisibilityEnum)
  visibility: KnowledgeBaseVisibilityEnum;

  @Field({ description: "The knowledge base's address on the organization's portal, e.g. `https://support.acme.com/knowledge-base`." })
  portalUrl: string;
}
