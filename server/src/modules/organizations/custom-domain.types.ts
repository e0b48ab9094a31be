import { Field, ID, ObjectType } from 'type-graphql';
import { AgentOnly } from '../../auth/visibility';

/** One DNS record the admin creates at their DNS provider. */
@AgentOnly()
@ObjectType({ description: 'A DNS record to create for a custom domain.' })
export class DnsRecord {
  @Field({ description: 'TXT or CNAME.' })
  type: string;

  @Field({ description: 'Fully qualified record name, e.g. _actionconnect-challenge.support.acme.com.' })
  name: string;

  @Field()
  value: string;

  @Field({ description: 'What the record is for, in words for the admin.' })
  purpose: string;
}

/** A host name the organization has added; it serves the portal once verified. */
@AgentOnly()
@ObjectType('CustomDomain', { description: "A host name for the organization's portal, proven by a DNS TXT record. Admins only." })
export class CustomDomainNode {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Lower-case ASCII host name, e.g. support.acme.com.' })
  hostname: string;

  @Field({ description: 'Whether the TXT record was found: only verified domains serve the portal.' })
  verified: boolean;

  @Field(() => Date, { nullable: true })
  verifiedAt: Date | null;

  @Field({ description: 'Sign-in and ticket links in emails use the primary verified domain.' })
  isPrimary: boolean;

  @Field()
  createdAt: Date;

  @Field(() => [DnsRecord], { description: 'The TXT record that proves control, and the CNAME that routes visitors.' })
  dnsRecords: DnsRecord[];

  @Field({ description: 'The portal at this domain, e.g. https://support.acme.com/.' })
  portalUrl: string;
}

/** The organization's custom domains and where its portal answers without one. */
@AgentOnly()
@ObjectType({ description: "The organization's custom domains. Admins only." })
export class CustomDomainSettings {
  @Field(() => [CustomDomainNode], { description: 'Oldest first.' })
  domains: CustomDomainNode[];

  @Field({ description: 'Where the portal always answers: https://<slug>.<portal base domain>/.' })
  defaultPortalUrl: string;

  @Field({ description: "Where links in emails point now: the primary verified domain's portal, or the default address." })
  primaryPortalUrl: string;

  @Field({ description: 'The host name every custom domain CNAME record points at.' })
  cnameTarget: string;
}

/** What "verify" found. */
@AgentOnly()
@ObjectType({ description: 'The result of looking up the verification TXT record.' })
export class CustomDomainVerification {
  @Field()
  verified: boolean;

  @Field({ description: 'What was found, or what to fix, in words for the admin.' })
  message: string;

  @Field(() => CustomDomainNode)
  domain: CustomDomainNode;
}
