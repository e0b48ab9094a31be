import type { NonEmptyArray } from 'type-graphql';
import { ArticleAdminResolver } from '../modules/articles/article-admin.resolver';
import {
  AgentArticleFieldsResolver,
  ArticleCategoryFieldsResolver,
  ArticleFieldsResolver,
} from '../modules/articles/article-fields.resolver';
import { ArticleResolver } from '../modules/articles/article.resolver';
import { AuthResolver, TotpResolver } from '../modules/auth/auth.resolver';
import { CustomFieldAdminResolver } from '../modules/custom-fields/custom-field-admin.resolver';
import { CustomFieldResolver } from '../modules/custom-fields/custom-field.resolver';
import { IntakeFormAdminResolver } from '../modules/forms/intake-form-admin.resolver';
import { IntakeFormResolver, IntakeFormSettingsResolver } from '../modules/forms/intake-form.resolver';
import { BrandingResolver } from '../modules/organizations/branding.resolver';
import { CustomDomainResolver } from '../modules/organizations/custom-domain.resolver';
import { InboundSettingsResolver } from '../modules/inbound/inbound-settings.resolver';
import { FileSettingsResolver } from '../modules/attachments/file-settings.resolver';
import { ReplyPromiseResolver, ServiceLevelFieldsResolver } from '../modules/service-levels/service-level-fields.resolver';
import { ServiceLevelSettingsResolver } from '../modules/service-levels/service-level.resolver';
import { PortalResolver } from '../modules/portal/portal.resolver';
import { AgentTicketResolver } from '../modules/tickets/agent-ticket.resolver';
import { TicketMergeResolver } from '../modules/tickets/ticket-merge.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { PortalTicketResolver } from '../modules/tickets/portal-ticket.resolver';
import { TicketLiveResolver } from '../modules/tickets/ticket-live.resolver';
import { TicketPresenceResolver } from '../modules/tickets/ticket-presence.resolver';
import { TicketEventResolver, TicketFieldsResolver, TicketMessageResolver } from '../modules/tickets/ticket.resolver';
import { SatisfactionResolver, TicketSatisfactionResolver } from '../modules/satisfaction/satisfaction.resolver';
import { PrivacyResolver } from '../modules/privacy/privacy.resolver';
import { TagResolver, TicketTagsResolver } from '../modules/tags/tag.resolver';
import { MacroResolver } from '../modules/macros/macro.resolver';
import { AgentSearchResolver } from '../modules/search/agent-search.resolver';
import { CompanyAdminResolver, CompanyFieldsResolver } from '../modules/companies/company-admin.resolver';
import { CompanyRequestsResolver, TicketCcFieldsResolver, TicketPersonCompanyResolver } from '../modules/companies/company-portal.resolver';

/** Every resolver class in the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  PortalResolver,
  AuthResolver,
  TotpResolver,
  PortalTicketResolver,
  AgentTicketResolver,
  TicketMergeResolver,
  NotificationResolver,
  TicketLiveResolver,
  TicketPresenceResolver,
  TicketFieldsResolver,
  TicketMessageResolver,
  TicketEventResolver,
  IntakeFormResolver,
  IntakeFormSettingsResolver,
  CustomFieldResolver,
  IntakeFormAdminResolver,
  CustomFieldAdminResolver,
  BrandingResolver,
  CustomDomainResolver,
  InboundSettingsResolver,
  FileSettingsResolver,
  ServiceLevelSettingsResolver,
  ServiceLevelFieldsResolver,
  ReplyPromiseResolver,
  ArticleResolver,
  ArticleAdminResolver,
  ArticleFieldsResolver,
  ArticleCategoryFieldsResolver,
  AgentArticleFieldsResolver,
  CompanyAdminResolver,
  CompanyFieldsResolver,
  CompanyRequestsResolver,
  TicketCcFieldsResolver,
  TicketPersonCompanyResolver,
  SatisfactionResolver,
  TicketSatisfactionResolver,
  PrivacyResolver,
  TagResolver,
  TicketTagsResolver,
  MacroResolver,
  AgentSearchResolver,
];
