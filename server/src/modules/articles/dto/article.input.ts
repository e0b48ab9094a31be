import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { ArticleStatusEnum } from '../article.types';

// Generous outer bounds; the services check the exact limits and name the field.

/** A new article, created as a draft. */
@InputType()
export class CreateArticleInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  title: string;

  @Field(() => String, { nullable: true, description: 'Made from the title when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  slug?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  categoryId?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  bodyMarkdown?: string | null;
}

/** Changes to an article; omitted fields stay as they are. `categoryId: null` removes it from its category. */
@InputType()
export class UpdateArticleInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Changing it keeps the old slug as a redirect.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  slug?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  categoryId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200_000)
  bodyMarkdown?: string | null;
}

/** Narrows the agent app's article list. */
@InputType()
export class AgentArticleFilter {
  @Field(() => ArticleStatusEnum, { nullable: true })
  status?: ArticleStatusEnum | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  categoryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over titles and bodies, drafts included.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  search?: string | null;
}
