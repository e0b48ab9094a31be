import type { MigrationInterface } from 'typeorm';
import { InitialSchema1795600740952 } from './1795600740952-initial-schema';
import { BrandPrimaryTextColor1795603401795 } from './1795603401795-brand-primary-text-color';
import { KnowledgeBase1795603463899 } from './1795603463899-knowledge-base';
import { IntakeFormDraftMappings1795603467495 } from './1795603467495-intake-form-draft-mappings';
import { AgentTotp1795607564103 } from './1795607564103-agent-totp';
import { TenantRowLevelSecurity1795700000000 } from './1795700000000-tenant-row-level-security';
import { SignInTokenRequester1795700100000 } from './1795700100000-sign-in-token-requester';
import { OutgoingEmailSecretParts1795700200000 } from './1795700200000-outgoing-email-secret-parts';
import { TicketQueueIndexes1795800000000 } from './1795800000000-ticket-queue-indexes';
import { SigningKeys1795800100000 } from './1795800100000-signing-keys';
import { ArticleSearchCandidates1795800200000 } from './1795800200000-article-search-candidates';
import { ArticleListIndexes1795800300000 } from './1795800300000-article-list-indexes';
import { Attachments1795900000000 } from './1795900000000-attachments';
import { InboundEmail1796000000000 } from './1796000000000-inbound-email';
import { OrganizationBlockedFileTypes1796100000000 } from './1796100000000-organization-blocked-file-types';
import { ArticleCategoryTitleIndex1796700100000 } from './1796700100000-article-category-title-index';
import { RequestSignIn1796700200000 } from './1796700200000-request-sign-in';
import { TicketMerge1796900000000 } from './1796900000000-ticket-merge';
import { Notifications1796900100000 } from './1796900100000-notifications';
import { SignInApproval1796200000000 } from './1796200000000-sign-in-approval';
import { Companies1796300000000 } from './1796300000000-companies';
import { Satisfaction1796400000000 } from './1796400000000-satisfaction';
import { ContactPrivacy1796800000000 } from './1796800000000-contact-privacy';
import { ServiceLevels1796500000000 } from './1796500000000-service-levels';
import { TagsAndMacros1796600000000 } from './1796600000000-tags-and-macros';
import { AgentSearch1796600100000 } from './1796600100000-agent-search';
import { ArticleSearchRecentCandidates1796700000000 } from './1796700000000-article-search-recent-candidates';

// Every migration, in order. Create one with `npm run migration:create -- <name>` (see README).
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  InitialSchema1795600740952,
  BrandPrimaryTextColor1795603401795,
  KnowledgeBase1795603463899,
  IntakeFormDraftMappings1795603467495,
  AgentTotp1795607564103,
  TenantRowLevelSecurity1795700000000,
  SignInTokenRequester1795700100000,
  OutgoingEmailSecretParts1795700200000,
  TicketQueueIndexes1795800000000,
  SigningKeys1795800100000,
  ArticleSearchCandidates1795800200000,
  ArticleListIndexes1795800300000,
  Attachments1795900000000,
  InboundEmail1796000000000,
  OrganizationBlockedFileTypes1796100000000,
  SignInApproval1796200000000,
  Companies1796300000000,
  Satisfaction1796400000000,
  ServiceLevels1796500000000,
  TagsAndMacros1796600000000,
  AgentSearch1796600100000,
  ArticleSearchRecentCandidates1796700000000,
  ArticleCategoryTitleIndex1796700100000,
  RequestSignIn1796700200000,
  ContactPrivacy1796800000000,
  TicketMerge1796900000000,
  Notifications1796900100000,
];
