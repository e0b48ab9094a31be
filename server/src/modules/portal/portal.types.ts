import { Field, ObjectType } from 'type-graphql';
import { ContactReadable } from '../../auth/visibility';
import { RequestSignInMode } from '../forms/intake-form.types';

/** The public look of a portal: everything here is safe for anonymous visitors. */
@ContactReadable()
@ObjectType({ description: "An organization's public branding, shown on its portal and in its emails." })
export class PortalBranding {
  @Field({ description: 'Name shown in the header and page titles.' })
  displayName: string;

  @Field(() => String, { nullable: true, description: 'URL of the logo on this host, or null for a text logo.' })
  logoUrl: string | null;

  @Field({ description: 'Hex color of buttons, links and the header accent.' })
  primaryColor: string;

  @Field({
    description:
      "Hex color of text placed on the primary color: the admin's choice (at least 4.5:1), else black or white, whichever contrasts more.",
  })
  primaryTextColor: string;

  @Field()
  accentColor: string;

  @Field()
  welcomeHeadline: string;

  @Field()
  welcomeIntro: string;

  @Field()
  signInText: string;

  @Field()
  footerText: string;
}

/** The organization whose portal this host serves. */
@ContactReadable()
@ObjectType({ description: 'The organization whose portal answers on this host.' })
export class PortalOrganization {
  @Field()
  slug: string;

  @Field()
  name: string;

  @Field(() => PortalBranding)
  branding: PortalBranding;

  @Field({ description: 'Whether published articles are readable without signing in.' })
  knowledgeBasePublic: boolean;

  @Field(() => RequestSignInMode, { description: 'Whether a visitor may fill the request form before confirming their email.' })
  requestSignIn: RequestSignInMode;
}
