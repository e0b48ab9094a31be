/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AgentViewer {\n    viewer {\n      kind\n      agent {\n        id\n        email\n        name\n        role\n      }\n      organization {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.AgentViewerDocument,
    "\n  mutation AgentSignOut {\n    signOut\n  }\n": typeof types.AgentSignOutDocument,
    "\n  query Companies {\n    companies {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  query Company($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      name\n      sharingMode\n      domains\n      contacts {\n        id\n        name\n        email\n        isCompanyManager\n      }\n      tickets(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          subject\n          status\n          updatedAt\n          requester {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n": typeof types.UpdateCompanyDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": typeof types.DeleteCompanyDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n": typeof types.CreateCustomFieldDocument,
    "\n  mutation SaveCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n": typeof types.SaveCustomFieldDocument,
    "\n  fragment CustomFieldAdminFields on CustomFieldDefinition {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    visibleToContact\n    position\n    archivedAt\n  }\n": typeof types.CustomFieldAdminFieldsFragmentDoc,
    "\n  query AdminCustomFields {\n    adminCustomFields {\n      ...CustomFieldAdminFields\n    }\n  }\n": typeof types.AdminCustomFieldsDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n": typeof types.UpdateCustomFieldDocument,
    "\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      ...CustomFieldAdminFields\n    }\n  }\n": typeof types.ArchiveCustomFieldDocument,
    "\n  mutation UpdateIntakeFormDraft($formId: ID!, $input: UpdateIntakeFormDraftInput!) {\n    updateIntakeFormDraft(formId: $formId, input: $input) {\n      ...AdminIntakeFormFields\n    }\n  }\n": typeof types.UpdateIntakeFormDraftDocument,
    "\n  mutation PublishIntakeForm($formId: ID!) {\n    publishIntakeForm(formId: $formId) {\n      created\n      version\n      form {\n        ...AdminIntakeFormFields\n      }\n    }\n  }\n": typeof types.PublishIntakeFormDocument,
    "\n  mutation SetIntakeFormActive($formId: ID!, $active: Boolean!) {\n    setIntakeFormActive(formId: $formId, active: $active) {\n      id\n      isActive\n    }\n  }\n": typeof types.SetIntakeFormActiveDocument,
    "\n  fragment AdminIntakeFormFields on AdminIntakeForm {\n    id\n    slug\n    name\n    description\n    isActive\n    publishedVersion\n    hasUnpublishedChanges\n    draftFieldCount\n    ticketCount\n    updatedAt\n    draftDefinition\n    draftMappings\n    versions {\n      id\n      version\n      publishedAt\n      publishedBy\n      ticketCount\n      definition\n      mappings\n    }\n  }\n": typeof types.AdminIntakeFormFieldsFragmentDoc,
    "\n  query AdminIntakeForm($id: ID!) {\n    adminIntakeForm(id: $id) {\n      ...AdminIntakeFormFields\n    }\n    adminCustomFields {\n      id\n      key\n      label\n      type\n      options {\n        value\n        label\n      }\n      archivedAt\n    }\n  }\n": typeof types.AdminIntakeFormDocument,
    "\n  query AdminIntakeForms {\n    adminIntakeForms {\n      id\n      name\n      description\n      slug\n      isActive\n      publishedVersion\n      hasUnpublishedChanges\n      draftFieldCount\n      ticketCount\n      updatedAt\n    }\n  }\n": typeof types.AdminIntakeFormsDocument,
    "\n  mutation CreateIntakeForm($input: CreateIntakeFormInput!) {\n    createIntakeForm(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateIntakeFormDocument,
    "\n  query IntakeFormSettings {\n    intakeFormSettings {\n      requestSignIn\n    }\n  }\n": typeof types.IntakeFormSettingsDocument,
    "\n  mutation SetRequestSignIn($mode: RequestSignInMode!) {\n    setRequestSignIn(mode: $mode) {\n      requestSignIn\n    }\n  }\n": typeof types.SetRequestSignInDocument,
    "\n  fragment KbEditorArticle on AgentArticle {\n    id\n    slug\n    title\n    bodyMarkdown\n    bodyHtml\n    status\n    categoryId\n    createdAt\n    updatedAt\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n    }\n    stats {\n      views\n      helpfulVotes\n      unhelpfulVotes\n      suggestionOpens\n      deflections\n    }\n  }\n": typeof types.KbEditorArticleFragmentDoc,
    "\n  query KbAgentArticle($id: ID!, $isNew: Boolean!) {\n    agentArticle(id: $id) @skip(if: $isNew) {\n      ...KbEditorArticle\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      portalUrl\n    }\n  }\n": typeof types.KbAgentArticleDocument,
    "\n  mutation KbCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...KbEditorArticle\n    }\n  }\n": typeof types.KbCreateArticleDocument,
    "\n  mutation KbUpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      ...KbEditorArticle\n    }\n  }\n": typeof types.KbUpdateArticleDocument,
    "\n  mutation KbPublishArticle($id: ID!) {\n    publishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n": typeof types.KbPublishArticleDocument,
    "\n  mutation KbUnpublishArticle($id: ID!) {\n    unpublishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n": typeof types.KbUnpublishArticleDocument,
    "\n  mutation KbDeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": typeof types.KbDeleteArticleDocument,
    "\n  query KbAgentCategories {\n    agentArticleCategories {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n      articleCount\n    }\n  }\n": typeof types.KbAgentCategoriesDocument,
    "\n  mutation KbCreateCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      id\n    }\n  }\n": typeof types.KbCreateCategoryDocument,
    "\n  mutation KbUpdateCategory($id: ID!, $input: UpdateArticleCategoryInput!) {\n    updateArticleCategory(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n    }\n  }\n": typeof types.KbUpdateCategoryDocument,
    "\n  mutation KbReorderCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderArticleCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      id\n      position\n    }\n  }\n": typeof types.KbReorderCategoriesDocument,
    "\n  mutation KbDeleteCategory($id: ID!) {\n    deleteArticleCategory(id: $id)\n  }\n": typeof types.KbDeleteCategoryDocument,
    "\n  query KbAgentArticles($filter: AgentArticleFilter) {\n    agentArticles(filter: $filter) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      category {\n        id\n        name\n      }\n      stats {\n        views\n        helpfulVotes\n        unhelpfulVotes\n        suggestionOpens\n        deflections\n      }\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      visibility\n      portalUrl\n    }\n  }\n": typeof types.KbAgentArticlesDocument,
    "\n  mutation KbSetVisibility($visibility: KnowledgeBaseVisibility!) {\n    setKnowledgeBaseVisibility(visibility: $visibility) {\n      visibility\n      portalUrl\n    }\n  }\n": typeof types.KbSetVisibilityDocument,
    "\n  query KbMarkdownPreview($markdown: String!) {\n    articleMarkdownPreview(markdown: $markdown)\n  }\n": typeof types.KbMarkdownPreviewDocument,
    "\n  query MacroPickerList($search: String) {\n    macros(search: $search) {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n": typeof types.MacroPickerListDocument,
    "\n  query MacrosSettings {\n    macros {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n": typeof types.MacrosSettingsDocument,
    "\n  mutation CreateMacro($input: MacroInput!) {\n    createMacro(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateMacroDocument,
    "\n  mutation UpdateMacro($id: ID!, $input: MacroInput!) {\n    updateMacro(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateMacroDocument,
    "\n  mutation DeleteMacro($id: ID!) {\n    deleteMacro(id: $id)\n  }\n": typeof types.DeleteMacroDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 20) {\n      id\n      kind\n      createdAt\n      readAt\n      ticketNumber\n      ticketSubject\n      actorName\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      mentionEmails\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation SetMentionEmails($enabled: Boolean!) {\n    setMentionEmails(enabled: $enabled) {\n      mentionEmails\n    }\n  }\n": typeof types.SetMentionEmailsDocument,
    "\n  mutation AnonymizeContact($contactId: ID!) {\n    anonymizeContact(contactId: $contactId) {\n      id\n      name\n      email\n      anonymizedAt\n    }\n  }\n": typeof types.AnonymizeContactDocument,
    "\n  query DataDeletionRequests($status: DeletionRequestStatus!) {\n    dataDeletionRequests(status: $status) {\n      id\n      status\n      createdAt\n      completedAt\n      contact {\n        id\n        name\n        email\n        anonymizedAt\n      }\n    }\n  }\n": typeof types.DataDeletionRequestsDocument,
    "\n  query SatisfactionReport($weeks: Int!) {\n    satisfactionReport(weeks: $weeks) {\n      since\n      good\n      bad\n      byAgent {\n        id\n        name\n        good\n        bad\n      }\n      byForm {\n        id\n        name\n        good\n        bad\n      }\n      byWeek {\n        weekStart\n        good\n        bad\n      }\n    }\n  }\n": typeof types.SatisfactionReportDocument,
    "\n  query ContactPage($id: ID!) {\n    agentContact(id: $id) {\n      id\n      name\n      email\n      isCompanyManager\n      companyId\n    }\n    companies {\n      id\n      name\n    }\n    ticketQueue(view: ALL, filter: { requesterId: $id }, first: 25) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.ContactPageDocument,
    "\n  query AgentSearch($text: String!) {\n    agentSearch(text: $text, first: 5) {\n      tickets {\n        id\n        number\n        subject\n        status\n      }\n      contacts {\n        id\n        name\n        email\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AgentSearchDocument,
    "\n  fragment BrandingSettingsFields on BrandingSettings {\n    organizationName\n    displayName\n    primaryColor\n    primaryTextColor\n    accentColor\n    welcomeHeadline\n    welcomeIntro\n    signInText\n    footerText\n    logoDataUrl\n    logoUpdatedAt\n    portalUrl\n  }\n": typeof types.BrandingSettingsFieldsFragmentDoc,
    "\n  query BrandingSettings {\n    brandingSettings {\n      ...BrandingSettingsFields\n    }\n  }\n": typeof types.BrandingSettingsDocument,
    "\n  mutation UpdateBranding($input: UpdateBrandingInput!) {\n    updateBranding(input: $input) {\n      ...BrandingSettingsFields\n    }\n  }\n": typeof types.UpdateBrandingDocument,
    "\n  mutation VerifyCustomDomain($id: ID!) {\n    verifyCustomDomain(id: $id) {\n      verified\n      message\n      domain {\n        ...CustomDomainFields\n      }\n    }\n  }\n": typeof types.VerifyCustomDomainDocument,
    "\n  mutation SetPrimaryCustomDomain($id: ID) {\n    setPrimaryCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n": typeof types.SetPrimaryCustomDomainDocument,
    "\n  mutation RemoveCustomDomain($id: ID!) {\n    removeCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n": typeof types.RemoveCustomDomainDocument,
    "\n  mutation AddCustomDomain($hostname: String!) {\n    addCustomDomain(hostname: $hostname) {\n      ...CustomDomainFields\n    }\n  }\n": typeof types.AddCustomDomainDocument,
    "\n  query InboundEmailSettings {\n    inboundEmailSettings {\n      enabled\n      requestAddress\n    }\n  }\n": typeof types.InboundEmailSettingsDocument,
    "\n  query FileSettings {\n    fileSettings {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n": typeof types.FileSettingsDocument,
    "\n  mutation UpdateBlockedFileTypes($extensions: [String!]) {\n    updateBlockedFileTypes(extensions: $extensions) {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n": typeof types.UpdateBlockedFileTypesDocument,
    "\n  query BadRatingReopens {\n    badRatingReopens\n  }\n": typeof types.BadRatingReopensDocument,
    "\n  mutation SetBadRatingReopens($on: Boolean!) {\n    setBadRatingReopens(on: $on)\n  }\n": typeof types.SetBadRatingReopensDocument,
    "\n  query ServiceLevelReport($weeks: Int!) {\n    serviceLevelReport(weeks: $weeks) {\n      week\n      priority\n      tickets\n      firstResponseMet\n      nextResponseMet\n      resolutionMet\n    }\n  }\n": typeof types.ServiceLevelReportDocument,
    "\n  query ServiceLevelSettings {\n    serviceLevelSettings {\n      businessHours {\n        timeZone\n        configured\n        hours {\n          weekday\n          opens\n          closes\n        }\n        holidays {\n          date\n          yearly\n          name\n        }\n      }\n      policies {\n        id\n        priority\n        formId\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n        businessHours\n      }\n    }\n  }\n": typeof types.ServiceLevelSettingsDocument,
    "\n  mutation UpdateBusinessHours($input: BusinessHoursInput!) {\n    updateBusinessHours(input: $input) {\n      businessHours {\n        timeZone\n        configured\n      }\n    }\n  }\n": typeof types.UpdateBusinessHoursDocument,
    "\n  mutation UpdateServiceLevelPolicies($policies: [ServiceLevelPolicyInput!]!) {\n    updateServiceLevelPolicies(policies: $policies) {\n      policies {\n        id\n      }\n    }\n  }\n": typeof types.UpdateServiceLevelPoliciesDocument,
    "\n  query TwoStepStatus {\n    viewer {\n      agent {\n        id\n        totpEnabled\n      }\n    }\n  }\n": typeof types.TwoStepStatusDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": typeof types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": typeof types.DisableTotpDocument,
    "\n  fragment CustomDomainFields on CustomDomain {\n    id\n    hostname\n    verified\n    verifiedAt\n    isPrimary\n    portalUrl\n    dnsRecords {\n      type\n      name\n      value\n      purpose\n    }\n  }\n": typeof types.CustomDomainFieldsFragmentDoc,
    "\n  query CustomDomainSettings {\n    customDomainSettings {\n      defaultPortalUrl\n      primaryPortalUrl\n      domains {\n        ...CustomDomainFields\n      }\n    }\n  }\n": typeof types.CustomDomainSettingsDocument,
    "\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": typeof types.VerifyAgentSignInCodeDocument,
    "\n  mutation ClaimAgentSignIn($input: ClaimAgentSignInInput!) {\n    claimAgentSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n": typeof types.ClaimAgentSignInDocument,
    "\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n": typeof types.RequestAgentSignInDocument,
    "\n  query TagsWithCounts {\n    tagsWithCounts {\n      id\n      name\n      ticketCount\n    }\n  }\n": typeof types.TagsWithCountsDocument,
    "\n  mutation RenameTag($id: ID!, $name: String!) {\n    renameTag(id: $id, name: $name) {\n      id\n      name\n      ticketCount\n    }\n  }\n": typeof types.RenameTagDocument,
    "\n  mutation MergeTags($sourceId: ID!, $targetId: ID!) {\n    mergeTags(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n      ticketCount\n    }\n  }\n": typeof types.MergeTagsDocument,
    "\n  query TagSuggestions($search: String) {\n    tags(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n": typeof types.TagSuggestionsDocument,
    "\n  mutation AddTicketTag($number: Int!, $name: String!) {\n    addTicketTag(number: $number, name: $name) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.AddTicketTagDocument,
    "\n  mutation RemoveTicketTag($number: Int!, $tagId: ID!) {\n    removeTicketTag(number: $number, tagId: $tagId) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.RemoveTicketTagDocument,
    "\n  query QueueFilterOptions {\n    agents {\n      id\n      name\n      email\n    }\n    intakeForms {\n      id\n      name\n    }\n    tags(first: 20) {\n      id\n      name\n    }\n  }\n": typeof types.QueueFilterOptionsDocument,
    "\n  query CompanyChoices {\n    companies {\n      id\n      name\n    }\n  }\n": typeof types.CompanyChoicesDocument,
    "\n  mutation SetContactCompany($contactId: ID!, $companyId: ID, $isManager: Boolean!) {\n    setContactCompany(contactId: $contactId, companyId: $companyId, isManager: $isManager) {\n      id\n      companyId\n      isCompanyManager\n    }\n  }\n": typeof types.SetContactCompanyDocument,
    "\n  mutation AgentAddCc($number: Int!, $email: String!) {\n    agentAddCc(number: $number, email: $email) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.AgentAddCcDocument,
    "\n  mutation AgentRemoveCc($number: Int!, $contactId: ID!) {\n    agentRemoveCc(number: $number, contactId: $contactId) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.AgentRemoveCcDocument,
    "\n  mutation AddTicketMessage($number: Int!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    addTicketMessage(number: $number, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.AddTicketMessageDocument,
    "\n  mutation ApplyMacro($number: Int!, $macroId: ID!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    applyMacro(number: $number, macroId: $macroId, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.ApplyMacroDocument,
    "\n  query TicketQueueCounts {\n    ticketQueueCounts {\n      countLimit\n      unassigned\n      mine\n      open\n      pending\n      solved\n      all\n      overdue\n    }\n  }\n": typeof types.TicketQueueCountsDocument,
    "\n  query MergeTarget($number: Int!) {\n    agentTicket(number: $number) {\n      id\n      number\n      subject\n      status\n    }\n  }\n": typeof types.MergeTargetDocument,
    "\n  mutation MergeTicket($sourceNumber: Int!, $targetNumber: Int!) {\n    mergeTicket(sourceNumber: $sourceNumber, targetNumber: $targetNumber) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.MergeTicketDocument,
    "\n  fragment AgentTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    tags {\n      id\n      name\n    }\n    mergedInto {\n      number\n    }\n    requester {\n      id\n      name\n      email\n      isCompanyManager\n      company {\n        id\n        name\n      }\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      solvedAt\n      changeableUntil\n      state\n    }\n    assignee {\n      id\n      name\n    }\n    form {\n      id\n      name\n      version\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      value\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        internal\n        viaEmail\n        unverifiedSenderEmail\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n          email\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        details\n        actor {\n          id\n          kind\n          name\n          email\n        }\n      }\n    }\n  }\n": typeof types.AgentTicketDetailFragmentDoc,
    "\n  query AgentTicket($number: Int!) {\n    agentTicket(number: $number) {\n      ...AgentTicketDetail\n      requesterOtherTickets(first: 5) {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n    agents {\n      id\n      name\n      email\n    }\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      visibleToContact\n      options {\n        value\n        label\n      }\n    }\n  }\n": typeof types.AgentTicketDocument,
    "\n  subscription TicketPresence($number: Int!) {\n    ticketPresence(number: $number) {\n      activity\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.TicketPresenceDocument,
    "\n  mutation ReportTicketActivity($number: Int!, $activity: TicketActivity!) {\n    reportTicketActivity(number: $number, activity: $activity)\n  }\n": typeof types.ReportTicketActivityDocument,
    "\n  mutation UpdateTicket($number: Int!, $input: UpdateTicketInput!) {\n    updateTicket(number: $number, input: $input) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.UpdateTicketDocument,
    "\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilter, $sort: TicketQueueSort, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        subject\n        status\n        priority\n        createdAt\n        updatedAt\n        dueAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TicketQueueDocument,
    "\n  fragment LiveQueueRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": typeof types.LiveQueueRowFragmentDoc,
    "\n  subscription OrganizationTicketChanged {\n    organizationTicketChanged {\n      ...LiveQueueRow\n    }\n  }\n": typeof types.OrganizationTicketChangedDocument,
    "\n  fragment LiveQueueRowBefore on Ticket {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n": typeof types.LiveQueueRowBeforeFragmentDoc,
    "\n  subscription LiveTicket($number: Int!) {\n    ticketChanged(number: $number) {\n      ...AgentTicketDetail\n    }\n  }\n": typeof types.LiveTicketDocument,
};
const documents: Documents = {
    "\n  query AgentViewer {\n    viewer {\n      kind\n      agent {\n        id\n        email\n        name\n        role\n      }\n      organization {\n        slug\n        name\n      }\n    }\n  }\n": types.AgentViewerDocument,
    "\n  mutation AgentSignOut {\n    signOut\n  }\n": types.AgentSignOutDocument,
    "\n  query Companies {\n    companies {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n": types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  query Company($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      name\n      sharingMode\n      domains\n      contacts {\n        id\n        name\n        email\n        isCompanyManager\n      }\n      tickets(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          subject\n          status\n          updatedAt\n          requester {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.CompanyDocument,
    "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n": types.UpdateCompanyDocument,
    "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n": types.DeleteCompanyDocument,
    "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n": types.CreateCustomFieldDocument,
    "\n  mutation SaveCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n": types.SaveCustomFieldDocument,
    "\n  fragment CustomFieldAdminFields on CustomFieldDefinition {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    visibleToContact\n    position\n    archivedAt\n  }\n": types.CustomFieldAdminFieldsFragmentDoc,
    "\n  query AdminCustomFields {\n    adminCustomFields {\n      ...CustomFieldAdminFields\n    }\n  }\n": types.AdminCustomFieldsDocument,
    "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n": types.UpdateCustomFieldDocument,
    "\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      ...CustomFieldAdminFields\n    }\n  }\n": types.ArchiveCustomFieldDocument,
    "\n  mutation UpdateIntakeFormDraft($formId: ID!, $input: UpdateIntakeFormDraftInput!) {\n    updateIntakeFormDraft(formId: $formId, input: $input) {\n      ...AdminIntakeFormFields\n    }\n  }\n": types.UpdateIntakeFormDraftDocument,
    "\n  mutation PublishIntakeForm($formId: ID!) {\n    publishIntakeForm(formId: $formId) {\n      created\n      version\n      form {\n        ...AdminIntakeFormFields\n      }\n    }\n  }\n": types.PublishIntakeFormDocument,
    "\n  mutation SetIntakeFormActive($formId: ID!, $active: Boolean!) {\n    setIntakeFormActive(formId: $formId, active: $active) {\n      id\n      isActive\n    }\n  }\n": types.SetIntakeFormActiveDocument,
    "\n  fragment AdminIntakeFormFields on AdminIntakeForm {\n    id\n    slug\n    name\n    description\n    isActive\n    publishedVersion\n    hasUnpublishedChanges\n    draftFieldCount\n    ticketCount\n    updatedAt\n    draftDefinition\n    draftMappings\n    versions {\n      id\n      version\n      publishedAt\n      publishedBy\n      ticketCount\n      definition\n      mappings\n    }\n  }\n": types.AdminIntakeFormFieldsFragmentDoc,
    "\n  query AdminIntakeForm($id: ID!) {\n    adminIntakeForm(id: $id) {\n      ...AdminIntakeFormFields\n    }\n    adminCustomFields {\n      id\n      key\n      label\n      type\n      options {\n        value\n        label\n      }\n      archivedAt\n    }\n  }\n": types.AdminIntakeFormDocument,
    "\n  query AdminIntakeForms {\n    adminIntakeForms {\n      id\n      name\n      description\n      slug\n      isActive\n      publishedVersion\n      hasUnpublishedChanges\n      draftFieldCount\n      ticketCount\n      updatedAt\n    }\n  }\n": types.AdminIntakeFormsDocument,
    "\n  mutation CreateIntakeForm($input: CreateIntakeFormInput!) {\n    createIntakeForm(input: $input) {\n      id\n    }\n  }\n": types.CreateIntakeFormDocument,
    "\n  query IntakeFormSettings {\n    intakeFormSettings {\n      requestSignIn\n    }\n  }\n": types.IntakeFormSettingsDocument,
    "\n  mutation SetRequestSignIn($mode: RequestSignInMode!) {\n    setRequestSignIn(mode: $mode) {\n      requestSignIn\n    }\n  }\n": types.SetRequestSignInDocument,
    "\n  fragment KbEditorArticle on AgentArticle {\n    id\n    slug\n    title\n    bodyMarkdown\n    bodyHtml\n    status\n    categoryId\n    createdAt\n    updatedAt\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n    }\n    stats {\n      views\n      helpfulVotes\n      unhelpfulVotes\n      suggestionOpens\n      deflections\n    }\n  }\n": types.KbEditorArticleFragmentDoc,
    "\n  query KbAgentArticle($id: ID!, $isNew: Boolean!) {\n    agentArticle(id: $id) @skip(if: $isNew) {\n      ...KbEditorArticle\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      portalUrl\n    }\n  }\n": types.KbAgentArticleDocument,
    "\n  mutation KbCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...KbEditorArticle\n    }\n  }\n": types.KbCreateArticleDocument,
    "\n  mutation KbUpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      ...KbEditorArticle\n    }\n  }\n": types.KbUpdateArticleDocument,
    "\n  mutation KbPublishArticle($id: ID!) {\n    publishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n": types.KbPublishArticleDocument,
    "\n  mutation KbUnpublishArticle($id: ID!) {\n    unpublishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n": types.KbUnpublishArticleDocument,
    "\n  mutation KbDeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n": types.KbDeleteArticleDocument,
    "\n  query KbAgentCategories {\n    agentArticleCategories {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n      articleCount\n    }\n  }\n": types.KbAgentCategoriesDocument,
    "\n  mutation KbCreateCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      id\n    }\n  }\n": types.KbCreateCategoryDocument,
    "\n  mutation KbUpdateCategory($id: ID!, $input: UpdateArticleCategoryInput!) {\n    updateArticleCategory(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n    }\n  }\n": types.KbUpdateCategoryDocument,
    "\n  mutation KbReorderCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderArticleCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      id\n      position\n    }\n  }\n": types.KbReorderCategoriesDocument,
    "\n  mutation KbDeleteCategory($id: ID!) {\n    deleteArticleCategory(id: $id)\n  }\n": types.KbDeleteCategoryDocument,
    "\n  query KbAgentArticles($filter: AgentArticleFilter) {\n    agentArticles(filter: $filter) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      category {\n        id\n        name\n      }\n      stats {\n        views\n        helpfulVotes\n        unhelpfulVotes\n        suggestionOpens\n        deflections\n      }\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      visibility\n      portalUrl\n    }\n  }\n": types.KbAgentArticlesDocument,
    "\n  mutation KbSetVisibility($visibility: KnowledgeBaseVisibility!) {\n    setKnowledgeBaseVisibility(visibility: $visibility) {\n      visibility\n      portalUrl\n    }\n  }\n": types.KbSetVisibilityDocument,
    "\n  query KbMarkdownPreview($markdown: String!) {\n    articleMarkdownPreview(markdown: $markdown)\n  }\n": types.KbMarkdownPreviewDocument,
    "\n  query MacroPickerList($search: String) {\n    macros(search: $search) {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n": types.MacroPickerListDocument,
    "\n  query MacrosSettings {\n    macros {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n": types.MacrosSettingsDocument,
    "\n  mutation CreateMacro($input: MacroInput!) {\n    createMacro(input: $input) {\n      id\n    }\n  }\n": types.CreateMacroDocument,
    "\n  mutation UpdateMacro($id: ID!, $input: MacroInput!) {\n    updateMacro(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateMacroDocument,
    "\n  mutation DeleteMacro($id: ID!) {\n    deleteMacro(id: $id)\n  }\n": types.DeleteMacroDocument,
    "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 20) {\n      id\n      kind\n      createdAt\n      readAt\n      ticketNumber\n      ticketSubject\n      actorName\n    }\n  }\n": types.NotificationBellDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      mentionEmails\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation SetMentionEmails($enabled: Boolean!) {\n    setMentionEmails(enabled: $enabled) {\n      mentionEmails\n    }\n  }\n": types.SetMentionEmailsDocument,
    "\n  mutation AnonymizeContact($contactId: ID!) {\n    anonymizeContact(contactId: $contactId) {\n      id\n      name\n      email\n      anonymizedAt\n    }\n  }\n": types.AnonymizeContactDocument,
    "\n  query DataDeletionRequests($status: DeletionRequestStatus!) {\n    dataDeletionRequests(status: $status) {\n      id\n      status\n      createdAt\n      completedAt\n      contact {\n        id\n        name\n        email\n        anonymizedAt\n      }\n    }\n  }\n": types.DataDeletionRequestsDocument,
    "\n  query SatisfactionReport($weeks: Int!) {\n    satisfactionReport(weeks: $weeks) {\n      since\n      good\n      bad\n      byAgent {\n        id\n        name\n        good\n        bad\n      }\n      byForm {\n        id\n        name\n        good\n        bad\n      }\n      byWeek {\n        weekStart\n        good\n        bad\n      }\n    }\n  }\n": types.SatisfactionReportDocument,
    "\n  query ContactPage($id: ID!) {\n    agentContact(id: $id) {\n      id\n      name\n      email\n      isCompanyManager\n      companyId\n    }\n    companies {\n      id\n      name\n    }\n    ticketQueue(view: ALL, filter: { requesterId: $id }, first: 25) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n  }\n": types.ContactPageDocument,
    "\n  query AgentSearch($text: String!) {\n    agentSearch(text: $text, first: 5) {\n      tickets {\n        id\n        number\n        subject\n        status\n      }\n      contacts {\n        id\n        name\n        email\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n": types.AgentSearchDocument,
    "\n  fragment BrandingSettingsFields on BrandingSettings {\n    organizationName\n    displayName\n    primaryColor\n    primaryTextColor\n    accentColor\n    welcomeHeadline\n    welcomeIntro\n    signInText\n    footerText\n    logoDataUrl\n    logoUpdatedAt\n    portalUrl\n  }\n": types.BrandingSettingsFieldsFragmentDoc,
    "\n  query BrandingSettings {\n    brandingSettings {\n      ...BrandingSettingsFields\n    }\n  }\n": types.BrandingSettingsDocument,
    "\n  mutation UpdateBranding($input: UpdateBrandingInput!) {\n    updateBranding(input: $input) {\n      ...BrandingSettingsFields\n    }\n  }\n": types.UpdateBrandingDocument,
    "\n  mutation VerifyCustomDomain($id: ID!) {\n    verifyCustomDomain(id: $id) {\n      verified\n      message\n      domain {\n        ...CustomDomainFields\n      }\n    }\n  }\n": types.VerifyCustomDomainDocument,
    "\n  mutation SetPrimaryCustomDomain($id: ID) {\n    setPrimaryCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n": types.SetPrimaryCustomDomainDocument,
    "\n  mutation RemoveCustomDomain($id: ID!) {\n    removeCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n": types.RemoveCustomDomainDocument,
    "\n  mutation AddCustomDomain($hostname: String!) {\n    addCustomDomain(hostname: $hostname) {\n      ...CustomDomainFields\n    }\n  }\n": types.AddCustomDomainDocument,
    "\n  query InboundEmailSettings {\n    inboundEmailSettings {\n      enabled\n      requestAddress\n    }\n  }\n": types.InboundEmailSettingsDocument,
    "\n  query FileSettings {\n    fileSettings {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n": types.FileSettingsDocument,
    "\n  mutation UpdateBlockedFileTypes($extensions: [String!]) {\n    updateBlockedFileTypes(extensions: $extensions) {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n": types.UpdateBlockedFileTypesDocument,
    "\n  query BadRatingReopens {\n    badRatingReopens\n  }\n": types.BadRatingReopensDocument,
    "\n  mutation SetBadRatingReopens($on: Boolean!) {\n    setBadRatingReopens(on: $on)\n  }\n": types.SetBadRatingReopensDocument,
    "\n  query ServiceLevelReport($weeks: Int!) {\n    serviceLevelReport(weeks: $weeks) {\n      week\n      priority\n      tickets\n      firstResponseMet\n      nextResponseMet\n      resolutionMet\n    }\n  }\n": types.ServiceLevelReportDocument,
    "\n  query ServiceLevelSettings {\n    serviceLevelSettings {\n      businessHours {\n        timeZone\n        configured\n        hours {\n          weekday\n          opens\n          closes\n        }\n        holidays {\n          date\n          yearly\n          name\n        }\n      }\n      policies {\n        id\n        priority\n        formId\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n        businessHours\n      }\n    }\n  }\n": types.ServiceLevelSettingsDocument,
    "\n  mutation UpdateBusinessHours($input: BusinessHoursInput!) {\n    updateBusinessHours(input: $input) {\n      businessHours {\n        timeZone\n        configured\n      }\n    }\n  }\n": types.UpdateBusinessHoursDocument,
    "\n  mutation UpdateServiceLevelPolicies($policies: [ServiceLevelPolicyInput!]!) {\n    updateServiceLevelPolicies(policies: $policies) {\n      policies {\n        id\n      }\n    }\n  }\n": types.UpdateServiceLevelPoliciesDocument,
    "\n  query TwoStepStatus {\n    viewer {\n      agent {\n        id\n        totpEnabled\n      }\n    }\n  }\n": types.TwoStepStatusDocument,
    "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n": types.StartTotpEnrollmentDocument,
    "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n": types.ConfirmTotpEnrollmentDocument,
    "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n": types.DisableTotpDocument,
    "\n  fragment CustomDomainFields on CustomDomain {\n    id\n    hostname\n    verified\n    verifiedAt\n    isPrimary\n    portalUrl\n    dnsRecords {\n      type\n      name\n      value\n      purpose\n    }\n  }\n": types.CustomDomainFieldsFragmentDoc,
    "\n  query CustomDomainSettings {\n    customDomainSettings {\n      defaultPortalUrl\n      primaryPortalUrl\n      domains {\n        ...CustomDomainFields\n      }\n    }\n  }\n": types.CustomDomainSettingsDocument,
    "\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": types.VerifyAgentSignInCodeDocument,
    "\n  mutation ClaimAgentSignIn($input: ClaimAgentSignInInput!) {\n    claimAgentSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n": types.ClaimAgentSignInDocument,
    "\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n": types.RequestAgentSignInDocument,
    "\n  query TagsWithCounts {\n    tagsWithCounts {\n      id\n      name\n      ticketCount\n    }\n  }\n": types.TagsWithCountsDocument,
    "\n  mutation RenameTag($id: ID!, $name: String!) {\n    renameTag(id: $id, name: $name) {\n      id\n      name\n      ticketCount\n    }\n  }\n": types.RenameTagDocument,
    "\n  mutation MergeTags($sourceId: ID!, $targetId: ID!) {\n    mergeTags(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n      ticketCount\n    }\n  }\n": types.MergeTagsDocument,
    "\n  query TagSuggestions($search: String) {\n    tags(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n": types.TagSuggestionsDocument,
    "\n  mutation AddTicketTag($number: Int!, $name: String!) {\n    addTicketTag(number: $number, name: $name) {\n      ...AgentTicketDetail\n    }\n  }\n": types.AddTicketTagDocument,
    "\n  mutation RemoveTicketTag($number: Int!, $tagId: ID!) {\n    removeTicketTag(number: $number, tagId: $tagId) {\n      ...AgentTicketDetail\n    }\n  }\n": types.RemoveTicketTagDocument,
    "\n  query QueueFilterOptions {\n    agents {\n      id\n      name\n      email\n    }\n    intakeForms {\n      id\n      name\n    }\n    tags(first: 20) {\n      id\n      name\n    }\n  }\n": types.QueueFilterOptionsDocument,
    "\n  query CompanyChoices {\n    companies {\n      id\n      name\n    }\n  }\n": types.CompanyChoicesDocument,
    "\n  mutation SetContactCompany($contactId: ID!, $companyId: ID, $isManager: Boolean!) {\n    setContactCompany(contactId: $contactId, companyId: $companyId, isManager: $isManager) {\n      id\n      companyId\n      isCompanyManager\n    }\n  }\n": types.SetContactCompanyDocument,
    "\n  mutation AgentAddCc($number: Int!, $email: String!) {\n    agentAddCc(number: $number, email: $email) {\n      ...AgentTicketDetail\n    }\n  }\n": types.AgentAddCcDocument,
    "\n  mutation AgentRemoveCc($number: Int!, $contactId: ID!) {\n    agentRemoveCc(number: $number, contactId: $contactId) {\n      ...AgentTicketDetail\n    }\n  }\n": types.AgentRemoveCcDocument,
    "\n  mutation AddTicketMessage($number: Int!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    addTicketMessage(number: $number, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n": types.AddTicketMessageDocument,
    "\n  mutation ApplyMacro($number: Int!, $macroId: ID!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    applyMacro(number: $number, macroId: $macroId, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n": types.ApplyMacroDocument,
    "\n  query TicketQueueCounts {\n    ticketQueueCounts {\n      countLimit\n      unassigned\n      mine\n      open\n      pending\n      solved\n      all\n      overdue\n    }\n  }\n": types.TicketQueueCountsDocument,
    "\n  query MergeTarget($number: Int!) {\n    agentTicket(number: $number) {\n      id\n      number\n      subject\n      status\n    }\n  }\n": types.MergeTargetDocument,
    "\n  mutation MergeTicket($sourceNumber: Int!, $targetNumber: Int!) {\n    mergeTicket(sourceNumber: $sourceNumber, targetNumber: $targetNumber) {\n      ...AgentTicketDetail\n    }\n  }\n": types.MergeTicketDocument,
    "\n  fragment AgentTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    tags {\n      id\n      name\n    }\n    mergedInto {\n      number\n    }\n    requester {\n      id\n      name\n      email\n      isCompanyManager\n      company {\n        id\n        name\n      }\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      solvedAt\n      changeableUntil\n      state\n    }\n    assignee {\n      id\n      name\n    }\n    form {\n      id\n      name\n      version\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      value\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        internal\n        viaEmail\n        unverifiedSenderEmail\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n          email\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        details\n        actor {\n          id\n          kind\n          name\n          email\n        }\n      }\n    }\n  }\n": types.AgentTicketDetailFragmentDoc,
    "\n  query AgentTicket($number: Int!) {\n    agentTicket(number: $number) {\n      ...AgentTicketDetail\n      requesterOtherTickets(first: 5) {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n    agents {\n      id\n      name\n      email\n    }\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      visibleToContact\n      options {\n        value\n        label\n      }\n    }\n  }\n": types.AgentTicketDocument,
    "\n  subscription TicketPresence($number: Int!) {\n    ticketPresence(number: $number) {\n      activity\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.TicketPresenceDocument,
    "\n  mutation ReportTicketActivity($number: Int!, $activity: TicketActivity!) {\n    reportTicketActivity(number: $number, activity: $activity)\n  }\n": types.ReportTicketActivityDocument,
    "\n  mutation UpdateTicket($number: Int!, $input: UpdateTicketInput!) {\n    updateTicket(number: $number, input: $input) {\n      ...AgentTicketDetail\n    }\n  }\n": types.UpdateTicketDocument,
    "\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilter, $sort: TicketQueueSort, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        subject\n        status\n        priority\n        createdAt\n        updatedAt\n        dueAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TicketQueueDocument,
    "\n  fragment LiveQueueRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n": types.LiveQueueRowFragmentDoc,
    "\n  subscription OrganizationTicketChanged {\n    organizationTicketChanged {\n      ...LiveQueueRow\n    }\n  }\n": types.OrganizationTicketChangedDocument,
    "\n  fragment LiveQueueRowBefore on Ticket {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n": types.LiveQueueRowBeforeFragmentDoc,
    "\n  subscription LiveTicket($number: Int!) {\n    ticketChanged(number: $number) {\n      ...AgentTicketDetail\n    }\n  }\n": types.LiveTicketDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentViewer {\n    viewer {\n      kind\n      agent {\n        id\n        email\n        name\n        role\n      }\n      organization {\n        slug\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentViewer {\n    viewer {\n      kind\n      agent {\n        id\n        email\n        name\n        role\n      }\n      organization {\n        slug\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation AgentSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies {\n    companies {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n"): (typeof documents)["\n  query Companies {\n    companies {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Company($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      name\n      sharingMode\n      domains\n      contacts {\n        id\n        name\n        email\n        isCompanyManager\n      }\n      tickets(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          subject\n          status\n          updatedAt\n          requester {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Company($id: ID!, $first: Int!, $after: String) {\n    company(id: $id) {\n      id\n      name\n      sharingMode\n      domains\n      contacts {\n        id\n        name\n        email\n        isCompanyManager\n      }\n      tickets(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          subject\n          status\n          updatedAt\n          requester {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompany($id: ID!, $input: UpdateCompanyInput!) {\n    updateCompany(id: $id, input: $input) {\n      id\n      name\n      sharingMode\n      domains\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCompany($id: ID!) {\n    deleteCompany(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomField($input: CreateCustomFieldInput!) {\n    createCustomField(input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomFieldAdminFields on CustomFieldDefinition {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    visibleToContact\n    position\n    archivedAt\n  }\n"): (typeof documents)["\n  fragment CustomFieldAdminFields on CustomFieldDefinition {\n    id\n    key\n    label\n    type\n    options {\n      value\n      label\n    }\n    visibleToContact\n    position\n    archivedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCustomFields {\n    adminCustomFields {\n      ...CustomFieldAdminFields\n    }\n  }\n"): (typeof documents)["\n  query AdminCustomFields {\n    adminCustomFields {\n      ...CustomFieldAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomField($id: ID!, $input: UpdateCustomFieldInput!) {\n    updateCustomField(id: $id, input: $input) {\n      ...CustomFieldAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      ...CustomFieldAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCustomField($id: ID!) {\n    archiveCustomField(id: $id) {\n      ...CustomFieldAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIntakeFormDraft($formId: ID!, $input: UpdateIntakeFormDraftInput!) {\n    updateIntakeFormDraft(formId: $formId, input: $input) {\n      ...AdminIntakeFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIntakeFormDraft($formId: ID!, $input: UpdateIntakeFormDraftInput!) {\n    updateIntakeFormDraft(formId: $formId, input: $input) {\n      ...AdminIntakeFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishIntakeForm($formId: ID!) {\n    publishIntakeForm(formId: $formId) {\n      created\n      version\n      form {\n        ...AdminIntakeFormFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishIntakeForm($formId: ID!) {\n    publishIntakeForm(formId: $formId) {\n      created\n      version\n      form {\n        ...AdminIntakeFormFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIntakeFormActive($formId: ID!, $active: Boolean!) {\n    setIntakeFormActive(formId: $formId, active: $active) {\n      id\n      isActive\n    }\n  }\n"): (typeof documents)["\n  mutation SetIntakeFormActive($formId: ID!, $active: Boolean!) {\n    setIntakeFormActive(formId: $formId, active: $active) {\n      id\n      isActive\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminIntakeFormFields on AdminIntakeForm {\n    id\n    slug\n    name\n    description\n    isActive\n    publishedVersion\n    hasUnpublishedChanges\n    draftFieldCount\n    ticketCount\n    updatedAt\n    draftDefinition\n    draftMappings\n    versions {\n      id\n      version\n      publishedAt\n      publishedBy\n      ticketCount\n      definition\n      mappings\n    }\n  }\n"): (typeof documents)["\n  fragment AdminIntakeFormFields on AdminIntakeForm {\n    id\n    slug\n    name\n    description\n    isActive\n    publishedVersion\n    hasUnpublishedChanges\n    draftFieldCount\n    ticketCount\n    updatedAt\n    draftDefinition\n    draftMappings\n    versions {\n      id\n      version\n      publishedAt\n      publishedBy\n      ticketCount\n      definition\n      mappings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIntakeForm($id: ID!) {\n    adminIntakeForm(id: $id) {\n      ...AdminIntakeFormFields\n    }\n    adminCustomFields {\n      id\n      key\n      label\n      type\n      options {\n        value\n        label\n      }\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminIntakeForm($id: ID!) {\n    adminIntakeForm(id: $id) {\n      ...AdminIntakeFormFields\n    }\n    adminCustomFields {\n      id\n      key\n      label\n      type\n      options {\n        value\n        label\n      }\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIntakeForms {\n    adminIntakeForms {\n      id\n      name\n      description\n      slug\n      isActive\n      publishedVersion\n      hasUnpublishedChanges\n      draftFieldCount\n      ticketCount\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query AdminIntakeForms {\n    adminIntakeForms {\n      id\n      name\n      description\n      slug\n      isActive\n      publishedVersion\n      hasUnpublishedChanges\n      draftFieldCount\n      ticketCount\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIntakeForm($input: CreateIntakeFormInput!) {\n    createIntakeForm(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIntakeForm($input: CreateIntakeFormInput!) {\n    createIntakeForm(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeFormSettings {\n    intakeFormSettings {\n      requestSignIn\n    }\n  }\n"): (typeof documents)["\n  query IntakeFormSettings {\n    intakeFormSettings {\n      requestSignIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRequestSignIn($mode: RequestSignInMode!) {\n    setRequestSignIn(mode: $mode) {\n      requestSignIn\n    }\n  }\n"): (typeof documents)["\n  mutation SetRequestSignIn($mode: RequestSignInMode!) {\n    setRequestSignIn(mode: $mode) {\n      requestSignIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbEditorArticle on AgentArticle {\n    id\n    slug\n    title\n    bodyMarkdown\n    bodyHtml\n    status\n    categoryId\n    createdAt\n    updatedAt\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n    }\n    stats {\n      views\n      helpfulVotes\n      unhelpfulVotes\n      suggestionOpens\n      deflections\n    }\n  }\n"): (typeof documents)["\n  fragment KbEditorArticle on AgentArticle {\n    id\n    slug\n    title\n    bodyMarkdown\n    bodyHtml\n    status\n    categoryId\n    createdAt\n    updatedAt\n    publishedAt\n    authorName\n    category {\n      id\n      slug\n    }\n    stats {\n      views\n      helpfulVotes\n      unhelpfulVotes\n      suggestionOpens\n      deflections\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAgentArticle($id: ID!, $isNew: Boolean!) {\n    agentArticle(id: $id) @skip(if: $isNew) {\n      ...KbEditorArticle\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      portalUrl\n    }\n  }\n"): (typeof documents)["\n  query KbAgentArticle($id: ID!, $isNew: Boolean!) {\n    agentArticle(id: $id) @skip(if: $isNew) {\n      ...KbEditorArticle\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      portalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...KbEditorArticle\n    }\n  }\n"): (typeof documents)["\n  mutation KbCreateArticle($input: CreateArticleInput!) {\n    createArticle(input: $input) {\n      ...KbEditorArticle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbUpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      ...KbEditorArticle\n    }\n  }\n"): (typeof documents)["\n  mutation KbUpdateArticle($id: ID!, $input: UpdateArticleInput!) {\n    updateArticle(id: $id, input: $input) {\n      ...KbEditorArticle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbPublishArticle($id: ID!) {\n    publishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n"): (typeof documents)["\n  mutation KbPublishArticle($id: ID!) {\n    publishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbUnpublishArticle($id: ID!) {\n    unpublishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n"): (typeof documents)["\n  mutation KbUnpublishArticle($id: ID!) {\n    unpublishArticle(id: $id) {\n      ...KbEditorArticle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbDeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n"): (typeof documents)["\n  mutation KbDeleteArticle($id: ID!) {\n    deleteArticle(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAgentCategories {\n    agentArticleCategories {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n      articleCount\n    }\n  }\n"): (typeof documents)["\n  query KbAgentCategories {\n    agentArticleCategories {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n      articleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbCreateCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation KbCreateCategory($input: CreateArticleCategoryInput!) {\n    createArticleCategory(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbUpdateCategory($id: ID!, $input: UpdateArticleCategoryInput!) {\n    updateArticleCategory(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n    }\n  }\n"): (typeof documents)["\n  mutation KbUpdateCategory($id: ID!, $input: UpdateArticleCategoryInput!) {\n    updateArticleCategory(id: $id, input: $input) {\n      id\n      slug\n      name\n      description\n      position\n      parentId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbReorderCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderArticleCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation KbReorderCategories($parentId: ID, $orderedIds: [ID!]!) {\n    reorderArticleCategories(parentId: $parentId, orderedIds: $orderedIds) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbDeleteCategory($id: ID!) {\n    deleteArticleCategory(id: $id)\n  }\n"): (typeof documents)["\n  mutation KbDeleteCategory($id: ID!) {\n    deleteArticleCategory(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbAgentArticles($filter: AgentArticleFilter) {\n    agentArticles(filter: $filter) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      category {\n        id\n        name\n      }\n      stats {\n        views\n        helpfulVotes\n        unhelpfulVotes\n        suggestionOpens\n        deflections\n      }\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      visibility\n      portalUrl\n    }\n  }\n"): (typeof documents)["\n  query KbAgentArticles($filter: AgentArticleFilter) {\n    agentArticles(filter: $filter) {\n      id\n      slug\n      title\n      status\n      updatedAt\n      category {\n        id\n        name\n      }\n      stats {\n        views\n        helpfulVotes\n        unhelpfulVotes\n        suggestionOpens\n        deflections\n      }\n    }\n    agentArticleCategories {\n      id\n      name\n      parentId\n    }\n    knowledgeBaseSettings {\n      visibility\n      portalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbSetVisibility($visibility: KnowledgeBaseVisibility!) {\n    setKnowledgeBaseVisibility(visibility: $visibility) {\n      visibility\n      portalUrl\n    }\n  }\n"): (typeof documents)["\n  mutation KbSetVisibility($visibility: KnowledgeBaseVisibility!) {\n    setKnowledgeBaseVisibility(visibility: $visibility) {\n      visibility\n      portalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbMarkdownPreview($markdown: String!) {\n    articleMarkdownPreview(markdown: $markdown)\n  }\n"): (typeof documents)["\n  query KbMarkdownPreview($markdown: String!) {\n    articleMarkdownPreview(markdown: $markdown)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MacroPickerList($search: String) {\n    macros(search: $search) {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MacroPickerList($search: String) {\n    macros(search: $search) {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MacrosSettings {\n    macros {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MacrosSettings {\n    macros {\n      id\n      name\n      body\n      shared\n      actions {\n        status\n        priority\n        assigneeId\n        addTags\n        removeTags\n        customFields {\n          key\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMacro($input: MacroInput!) {\n    createMacro(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMacro($input: MacroInput!) {\n    createMacro(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMacro($id: ID!, $input: MacroInput!) {\n    updateMacro(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMacro($id: ID!, $input: MacroInput!) {\n    updateMacro(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMacro($id: ID!) {\n    deleteMacro(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMacro($id: ID!) {\n    deleteMacro(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 20) {\n      id\n      kind\n      createdAt\n      readAt\n      ticketNumber\n      ticketSubject\n      actorName\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    unreadNotificationCount\n    notifications(first: 20) {\n      id\n      kind\n      createdAt\n      readAt\n      ticketNumber\n      ticketSubject\n      actorName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      mentionEmails\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      mentionEmails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMentionEmails($enabled: Boolean!) {\n    setMentionEmails(enabled: $enabled) {\n      mentionEmails\n    }\n  }\n"): (typeof documents)["\n  mutation SetMentionEmails($enabled: Boolean!) {\n    setMentionEmails(enabled: $enabled) {\n      mentionEmails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymizeContact($contactId: ID!) {\n    anonymizeContact(contactId: $contactId) {\n      id\n      name\n      email\n      anonymizedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymizeContact($contactId: ID!) {\n    anonymizeContact(contactId: $contactId) {\n      id\n      name\n      email\n      anonymizedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataDeletionRequests($status: DeletionRequestStatus!) {\n    dataDeletionRequests(status: $status) {\n      id\n      status\n      createdAt\n      completedAt\n      contact {\n        id\n        name\n        email\n        anonymizedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query DataDeletionRequests($status: DeletionRequestStatus!) {\n    dataDeletionRequests(status: $status) {\n      id\n      status\n      createdAt\n      completedAt\n      contact {\n        id\n        name\n        email\n        anonymizedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SatisfactionReport($weeks: Int!) {\n    satisfactionReport(weeks: $weeks) {\n      since\n      good\n      bad\n      byAgent {\n        id\n        name\n        good\n        bad\n      }\n      byForm {\n        id\n        name\n        good\n        bad\n      }\n      byWeek {\n        weekStart\n        good\n        bad\n      }\n    }\n  }\n"): (typeof documents)["\n  query SatisfactionReport($weeks: Int!) {\n    satisfactionReport(weeks: $weeks) {\n      since\n      good\n      bad\n      byAgent {\n        id\n        name\n        good\n        bad\n      }\n      byForm {\n        id\n        name\n        good\n        bad\n      }\n      byWeek {\n        weekStart\n        good\n        bad\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactPage($id: ID!) {\n    agentContact(id: $id) {\n      id\n      name\n      email\n      isCompanyManager\n      companyId\n    }\n    companies {\n      id\n      name\n    }\n    ticketQueue(view: ALL, filter: { requesterId: $id }, first: 25) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContactPage($id: ID!) {\n    agentContact(id: $id) {\n      id\n      name\n      email\n      isCompanyManager\n      companyId\n    }\n    companies {\n      id\n      name\n    }\n    ticketQueue(view: ALL, filter: { requesterId: $id }, first: 25) {\n      totalCount\n      totalCountCapped\n      nodes {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentSearch($text: String!) {\n    agentSearch(text: $text, first: 5) {\n      tickets {\n        id\n        number\n        subject\n        status\n      }\n      contacts {\n        id\n        name\n        email\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentSearch($text: String!) {\n    agentSearch(text: $text, first: 5) {\n      tickets {\n        id\n        number\n        subject\n        status\n      }\n      contacts {\n        id\n        name\n        email\n      }\n      companies {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BrandingSettingsFields on BrandingSettings {\n    organizationName\n    displayName\n    primaryColor\n    primaryTextColor\n    accentColor\n    welcomeHeadline\n    welcomeIntro\n    signInText\n    footerText\n    logoDataUrl\n    logoUpdatedAt\n    portalUrl\n  }\n"): (typeof documents)["\n  fragment BrandingSettingsFields on BrandingSettings {\n    organizationName\n    displayName\n    primaryColor\n    primaryTextColor\n    accentColor\n    welcomeHeadline\n    welcomeIntro\n    signInText\n    footerText\n    logoDataUrl\n    logoUpdatedAt\n    portalUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrandingSettings {\n    brandingSettings {\n      ...BrandingSettingsFields\n    }\n  }\n"): (typeof documents)["\n  query BrandingSettings {\n    brandingSettings {\n      ...BrandingSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBranding($input: UpdateBrandingInput!) {\n    updateBranding(input: $input) {\n      ...BrandingSettingsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBranding($input: UpdateBrandingInput!) {\n    updateBranding(input: $input) {\n      ...BrandingSettingsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCustomDomain($id: ID!) {\n    verifyCustomDomain(id: $id) {\n      verified\n      message\n      domain {\n        ...CustomDomainFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCustomDomain($id: ID!) {\n    verifyCustomDomain(id: $id) {\n      verified\n      message\n      domain {\n        ...CustomDomainFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPrimaryCustomDomain($id: ID) {\n    setPrimaryCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n"): (typeof documents)["\n  mutation SetPrimaryCustomDomain($id: ID) {\n    setPrimaryCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCustomDomain($id: ID!) {\n    removeCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveCustomDomain($id: ID!) {\n    removeCustomDomain(id: $id) {\n      primaryPortalUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCustomDomain($hostname: String!) {\n    addCustomDomain(hostname: $hostname) {\n      ...CustomDomainFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCustomDomain($hostname: String!) {\n    addCustomDomain(hostname: $hostname) {\n      ...CustomDomainFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboundEmailSettings {\n    inboundEmailSettings {\n      enabled\n      requestAddress\n    }\n  }\n"): (typeof documents)["\n  query InboundEmailSettings {\n    inboundEmailSettings {\n      enabled\n      requestAddress\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileSettings {\n    fileSettings {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n"): (typeof documents)["\n  query FileSettings {\n    fileSettings {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBlockedFileTypes($extensions: [String!]) {\n    updateBlockedFileTypes(extensions: $extensions) {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBlockedFileTypes($extensions: [String!]) {\n    updateBlockedFileTypes(extensions: $extensions) {\n      blockedExtensions\n      usesDefault\n      defaultBlockedExtensions\n      maxFileBytes\n      maxFilesPerMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BadRatingReopens {\n    badRatingReopens\n  }\n"): (typeof documents)["\n  query BadRatingReopens {\n    badRatingReopens\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBadRatingReopens($on: Boolean!) {\n    setBadRatingReopens(on: $on)\n  }\n"): (typeof documents)["\n  mutation SetBadRatingReopens($on: Boolean!) {\n    setBadRatingReopens(on: $on)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceLevelReport($weeks: Int!) {\n    serviceLevelReport(weeks: $weeks) {\n      week\n      priority\n      tickets\n      firstResponseMet\n      nextResponseMet\n      resolutionMet\n    }\n  }\n"): (typeof documents)["\n  query ServiceLevelReport($weeks: Int!) {\n    serviceLevelReport(weeks: $weeks) {\n      week\n      priority\n      tickets\n      firstResponseMet\n      nextResponseMet\n      resolutionMet\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceLevelSettings {\n    serviceLevelSettings {\n      businessHours {\n        timeZone\n        configured\n        hours {\n          weekday\n          opens\n          closes\n        }\n        holidays {\n          date\n          yearly\n          name\n        }\n      }\n      policies {\n        id\n        priority\n        formId\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n        businessHours\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceLevelSettings {\n    serviceLevelSettings {\n      businessHours {\n        timeZone\n        configured\n        hours {\n          weekday\n          opens\n          closes\n        }\n        holidays {\n          date\n          yearly\n          name\n        }\n      }\n      policies {\n        id\n        priority\n        formId\n        firstResponseMinutes\n        nextResponseMinutes\n        resolutionMinutes\n        businessHours\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessHours($input: BusinessHoursInput!) {\n    updateBusinessHours(input: $input) {\n      businessHours {\n        timeZone\n        configured\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBusinessHours($input: BusinessHoursInput!) {\n    updateBusinessHours(input: $input) {\n      businessHours {\n        timeZone\n        configured\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateServiceLevelPolicies($policies: [ServiceLevelPolicyInput!]!) {\n    updateServiceLevelPolicies(policies: $policies) {\n      policies {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateServiceLevelPolicies($policies: [ServiceLevelPolicyInput!]!) {\n    updateServiceLevelPolicies(policies: $policies) {\n      policies {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoStepStatus {\n    viewer {\n      agent {\n        id\n        totpEnabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query TwoStepStatus {\n    viewer {\n      agent {\n        id\n        totpEnabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n"): (typeof documents)["\n  mutation StartTotpEnrollment {\n    startTotpEnrollment {\n      secret\n      otpauthUri\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTotpEnrollment($code: String!) {\n    confirmTotpEnrollment(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n"): (typeof documents)["\n  mutation DisableTotp($code: String!) {\n    disableTotp(code: $code)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomDomainFields on CustomDomain {\n    id\n    hostname\n    verified\n    verifiedAt\n    isPrimary\n    portalUrl\n    dnsRecords {\n      type\n      name\n      value\n      purpose\n    }\n  }\n"): (typeof documents)["\n  fragment CustomDomainFields on CustomDomain {\n    id\n    hostname\n    verified\n    verifiedAt\n    isPrimary\n    portalUrl\n    dnsRecords {\n      type\n      name\n      value\n      purpose\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomDomainSettings {\n    customDomainSettings {\n      defaultPortalUrl\n      primaryPortalUrl\n      domains {\n        ...CustomDomainFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomDomainSettings {\n    customDomainSettings {\n      defaultPortalUrl\n      primaryPortalUrl\n      domains {\n        ...CustomDomainFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimAgentSignIn($input: ClaimAgentSignInInput!) {\n    claimAgentSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimAgentSignIn($input: ClaimAgentSignInInput!) {\n    claimAgentSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagsWithCounts {\n    tagsWithCounts {\n      id\n      name\n      ticketCount\n    }\n  }\n"): (typeof documents)["\n  query TagsWithCounts {\n    tagsWithCounts {\n      id\n      name\n      ticketCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameTag($id: ID!, $name: String!) {\n    renameTag(id: $id, name: $name) {\n      id\n      name\n      ticketCount\n    }\n  }\n"): (typeof documents)["\n  mutation RenameTag($id: ID!, $name: String!) {\n    renameTag(id: $id, name: $name) {\n      id\n      name\n      ticketCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTags($sourceId: ID!, $targetId: ID!) {\n    mergeTags(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n      ticketCount\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTags($sourceId: ID!, $targetId: ID!) {\n    mergeTags(sourceId: $sourceId, targetId: $targetId) {\n      id\n      name\n      ticketCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagSuggestions($search: String) {\n    tags(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query TagSuggestions($search: String) {\n    tags(search: $search, first: 10) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketTag($number: Int!, $name: String!) {\n    addTicketTag(number: $number, name: $name) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddTicketTag($number: Int!, $name: String!) {\n    addTicketTag(number: $number, name: $name) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTicketTag($number: Int!, $tagId: ID!) {\n    removeTicketTag(number: $number, tagId: $tagId) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTicketTag($number: Int!, $tagId: ID!) {\n    removeTicketTag(number: $number, tagId: $tagId) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueFilterOptions {\n    agents {\n      id\n      name\n      email\n    }\n    intakeForms {\n      id\n      name\n    }\n    tags(first: 20) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query QueueFilterOptions {\n    agents {\n      id\n      name\n      email\n    }\n    intakeForms {\n      id\n      name\n    }\n    tags(first: 20) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyChoices {\n    companies {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CompanyChoices {\n    companies {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactCompany($contactId: ID!, $companyId: ID, $isManager: Boolean!) {\n    setContactCompany(contactId: $contactId, companyId: $companyId, isManager: $isManager) {\n      id\n      companyId\n      isCompanyManager\n    }\n  }\n"): (typeof documents)["\n  mutation SetContactCompany($contactId: ID!, $companyId: ID, $isManager: Boolean!) {\n    setContactCompany(contactId: $contactId, companyId: $companyId, isManager: $isManager) {\n      id\n      companyId\n      isCompanyManager\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentAddCc($number: Int!, $email: String!) {\n    agentAddCc(number: $number, email: $email) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AgentAddCc($number: Int!, $email: String!) {\n    agentAddCc(number: $number, email: $email) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AgentRemoveCc($number: Int!, $contactId: ID!) {\n    agentRemoveCc(number: $number, contactId: $contactId) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AgentRemoveCc($number: Int!, $contactId: ID!) {\n    agentRemoveCc(number: $number, contactId: $contactId) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTicketMessage($number: Int!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    addTicketMessage(number: $number, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddTicketMessage($number: Int!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    addTicketMessage(number: $number, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyMacro($number: Int!, $macroId: ID!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    applyMacro(number: $number, macroId: $macroId, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyMacro($number: Int!, $macroId: ID!, $kind: TicketMessageKind!, $body: String!, $attachmentIds: [ID!]) {\n    applyMacro(number: $number, macroId: $macroId, kind: $kind, body: $body, attachmentIds: $attachmentIds) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueueCounts {\n    ticketQueueCounts {\n      countLimit\n      unassigned\n      mine\n      open\n      pending\n      solved\n      all\n      overdue\n    }\n  }\n"): (typeof documents)["\n  query TicketQueueCounts {\n    ticketQueueCounts {\n      countLimit\n      unassigned\n      mine\n      open\n      pending\n      solved\n      all\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MergeTarget($number: Int!) {\n    agentTicket(number: $number) {\n      id\n      number\n      subject\n      status\n    }\n  }\n"): (typeof documents)["\n  query MergeTarget($number: Int!) {\n    agentTicket(number: $number) {\n      id\n      number\n      subject\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTicket($sourceNumber: Int!, $targetNumber: Int!) {\n    mergeTicket(sourceNumber: $sourceNumber, targetNumber: $targetNumber) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTicket($sourceNumber: Int!, $targetNumber: Int!) {\n    mergeTicket(sourceNumber: $sourceNumber, targetNumber: $targetNumber) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgentTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    tags {\n      id\n      name\n    }\n    mergedInto {\n      number\n    }\n    requester {\n      id\n      name\n      email\n      isCompanyManager\n      company {\n        id\n        name\n      }\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      solvedAt\n      changeableUntil\n      state\n    }\n    assignee {\n      id\n      name\n    }\n    form {\n      id\n      name\n      version\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      value\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        internal\n        viaEmail\n        unverifiedSenderEmail\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n          email\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        details\n        actor {\n          id\n          kind\n          name\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AgentTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    tags {\n      id\n      name\n    }\n    mergedInto {\n      number\n    }\n    requester {\n      id\n      name\n      email\n      isCompanyManager\n      company {\n        id\n        name\n      }\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      solvedAt\n      changeableUntil\n      state\n    }\n    assignee {\n      id\n      name\n    }\n    form {\n      id\n      name\n      version\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      value\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        internal\n        viaEmail\n        unverifiedSenderEmail\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n          email\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        details\n        actor {\n          id\n          kind\n          name\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgentTicket($number: Int!) {\n    agentTicket(number: $number) {\n      ...AgentTicketDetail\n      requesterOtherTickets(first: 5) {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n    agents {\n      id\n      name\n      email\n    }\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      visibleToContact\n      options {\n        value\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgentTicket($number: Int!) {\n    agentTicket(number: $number) {\n      ...AgentTicketDetail\n      requesterOtherTickets(first: 5) {\n        id\n        number\n        subject\n        status\n        updatedAt\n      }\n    }\n    agents {\n      id\n      name\n      email\n    }\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      visibleToContact\n      options {\n        value\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketPresence($number: Int!) {\n    ticketPresence(number: $number) {\n      activity\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketPresence($number: Int!) {\n    ticketPresence(number: $number) {\n      activity\n      agent {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportTicketActivity($number: Int!, $activity: TicketActivity!) {\n    reportTicketActivity(number: $number, activity: $activity)\n  }\n"): (typeof documents)["\n  mutation ReportTicketActivity($number: Int!, $activity: TicketActivity!) {\n    reportTicketActivity(number: $number, activity: $activity)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($number: Int!, $input: UpdateTicketInput!) {\n    updateTicket(number: $number, input: $input) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicket($number: Int!, $input: UpdateTicketInput!) {\n    updateTicket(number: $number, input: $input) {\n      ...AgentTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilter, $sort: TicketQueueSort, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        subject\n        status\n        priority\n        createdAt\n        updatedAt\n        dueAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilter, $sort: TicketQueueSort, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        number\n        subject\n        status\n        priority\n        createdAt\n        updatedAt\n        dueAt\n        requester {\n          id\n          name\n          email\n        }\n        assignee {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveQueueRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LiveQueueRow on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    createdAt\n    updatedAt\n    requester {\n      id\n      name\n      email\n    }\n    assignee {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrganizationTicketChanged {\n    organizationTicketChanged {\n      ...LiveQueueRow\n    }\n  }\n"): (typeof documents)["\n  subscription OrganizationTicketChanged {\n    organizationTicketChanged {\n      ...LiveQueueRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveQueueRowBefore on Ticket {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment LiveQueueRowBefore on Ticket {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveTicket($number: Int!) {\n    ticketChanged(number: $number) {\n      ...AgentTicketDetail\n    }\n  }\n"): (typeof documents)["\n  subscription LiveTicket($number: Int!) {\n    ticketChanged(number: $number) {\n      ...AgentTicketDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;