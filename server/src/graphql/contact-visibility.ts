/**
 * The one explicit list of what a contact may read (SECURITY.md 19). Every field of the schema is
 * either here or in AGENT_ONLY_FIELDS; the schema-walk test fails for a field in neither, and for
 * any field a contact can reach (from any root, through fields the auth checker lets a contact
 * resolve) that is not listed here.
 */
export const CONTACT_READABLE_FIELDS: ReadonlySet<string> = new Set([
  // Public portal branding.
  'Query.portal',
  'PortalOrganization.slug',
  'PortalOrganization.name',
  'PortalOrganization.branding',
  'PortalOrganization.knowledgeBasePublic',
  'PortalBranding.displayName',
  'PortalBranding.logoUrl',
  'PortalBranding.primaryColor',
  'PortalBranding.primaryTextColor',
  'PortalBranding.accentColor',
  'PortalBranding.welcomeHeadline',
  'PortalBranding.welcomeIntro',
  'PortalBranding.signInText',
  'PortalBranding.footerText',
  // Identity: only ever the viewer's own profile (Viewer.agent is null unless the viewer is that agent).
  'Query.viewer',
  'Viewer.kind',
  'Viewer.contact',
  'Viewer.agent',
  'Viewer.organization',
  'ContactProfile.id',
  'ContactProfile.email',
  'ContactProfile.name',
  'AgentProfile.id',
  'AgentProfile.email',
  'AgentProfile.name',
  'AgentProfile.role',
  'ViewerOrganization.slug',
  'ViewerOrganization.name',
  'Mutation.requestPortalSignIn',
  'Mutation.verifyPortalSignInCode',
  'Mutation.requestAgentSignIn',
  'Mutation.verifyAgentSignInCode',
  'Mutation.signOut',
  'SignInRequested.message',
  'SignInRequested.codeLength',
  'SignInCompleted.returnPath',
]);

/** Fields only agents may read; a contact must not reach any of them by any path. */
export const AGENT_ONLY_FIELDS: ReadonlySet<string> = new Set<string>([]);
