import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** A new category, placed last among its siblings. */
@InputType()
export class CreateArticleCategoryInput {
  @Field()
  @IsString()
  @MaxLength(1000)
  name: string;

  @Field(() => String, { nullable: true, description: 'Made from the name when omitted.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  slug?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A top-level category, to make this one of its subcategories.' })
  @IsOptional()
  @IsString()
  parentId?: string | null;
}

/** Changes to a category; omitted fields stay. `parentId: null` makes it top-level. */
@InputType()
export class UpdateArticleCategoryInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  slug?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  parentId?: string | null;
}
