import { Field, InputType, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';

/** The branding an admin edits, as stored (a missing display name stays null here; the portal falls back to the name). */
@AgentOnly()
@ObjectType({ description: "The organization's portal and email branding, as an admin edits it. Admins only." })
export class BrandingSettings {
  @Field({ description: 'The organization name, shown when no display name is set.' })
  organizationName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name shown in the portal header, page titles and as the email sender; null uses the organization name.',
  })
  displayName: string | null;

  @Field({ description: 'Hex color (#rrggbb) of the header accent, buttons and links.' })
  primaryColor: string;

  @Field(() => String, { nullable: true, description: 'Hex color of text on the primary color; null picks black or white automatically.' })
  primaryTextColor: string | null;

  @Field({ description: 'Hex color of secondary accents (search button, hero glow).' })
  accentColor: string;

  @Field()
  welcomeHeadline: string;

  @Field()
  welcomeIntro: string;

  @Field()
  signInText: string;

  @Field()
  footerText: string;

  @Field(() => String, { nullable: true, description: 'The stored logo as a data: URL for previews, or null.' })
  logoDataUrl: string | null;

  @Field(() => Date, { nullable: true })
  logoUpdatedAt: Date | null;

  @Field({ description: "The portal's address: its primary verified domain, else `<slug>.<base domain>`." })
  portalUrl: string;
}

/** A logo file sent inline: the declared type is checked against the file's magic bytes. */
@InputType({ description: 'A PNG, JPEG or WebP logo of at most 512 KB, base64-encoded. SVG is refused.' })
export class BrandingLogoInput {
  @Field({ description: 'image/png, image/jpeg or image/webp; must match the file content.' })
  contentType: string;

  @Field({ description: 'The file, base64-encoded (no data: prefix).' })
  dataBase64: string;
}

/** Every branding value at once, as the settings form saves them. */
@InputType()
export class UpdateBrandingInput {
  @Field(() => String, { nullable: true, description: 'Empty or null uses the organization name. At most 120 characters.' })
  displayName?: string | null;

  @Field({ description: 'Hex color, #rgb or #rrggbb.' })
  primaryColor: string;

  @Field(() => String, {
    nullable: true,
    description: 'Hex text color on the primary color, or null for automatic. Refused below WCAG AA (4.5:1).',
  })
  primaryTextColor?: string | null;

  @Field({ description: 'Hex color, #rgb or #rrggbb.' })
  accentColor: string;

  @Field({ description: 'At most 200 characters, one line.' })
  welcomeHeadline: string;

  @Field({ description: 'At most 1000 characters.' })
  welcomeIntro: string;

  @Field({ description: 'At most 1000 characters.' })
  signInText: string;

  @Field({ description: 'At most 500 characters.' })
  footerText: string;

  @Field(() => BrandingLogoInput, { nullable: true, description: 'A new logo; omit to keep the current one.' })
  logo?: BrandingLogoInput | null;

  @Field({ nullable: true, defaultValue: false, description: 'Remove the logo (the portal shows a letter mark).' })
  removeLogo?: boolean;
}
