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
    "\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      requestSignIn\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n": typeof types.PortalShellDocument,
    "\n  query ReplyPromise {\n    replyPromise {\n      replyWithinMinutes\n      businessHours\n      openNow\n      opensAt\n    }\n  }\n": typeof types.ReplyPromiseDocument,
    "\n  query KbArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n      publishedAt\n      updatedAt\n      myVote\n      category {\n        id\n        slug\n        name\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      related(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n  }\n": typeof types.KbArticleDocument,
    "\n  mutation KbRecordView($articleId: ID!) {\n    recordArticleView(articleId: $articleId)\n  }\n": typeof types.KbRecordViewDocument,
    "\n  query KbSuggestions($subject: String!, $description: String!) {\n    articleSuggestions(subject: $subject, description: $description, first: 5) {\n      snippetHtml\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.KbSuggestionsDocument,
    "\n  query KbSuggestedArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n    }\n  }\n": typeof types.KbSuggestedArticleDocument,
    "\n  mutation KbSuggestionOpened($sessionId: ID!, $articleId: ID!) {\n    recordSuggestionOpened(sessionId: $sessionId, articleId: $articleId)\n  }\n": typeof types.KbSuggestionOpenedDocument,
    "\n  query KbCategory($slug: String!, $first: Int!) {\n    articleCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n        description\n        articleCount\n      }\n      articleCount\n      articles(first: $first) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n": typeof types.KbCategoryDocument,
    "\n  fragment KbCategoryArticle on Article {\n    id\n    slug\n    title\n    excerpt\n    category {\n      id\n      slug\n    }\n  }\n": typeof types.KbCategoryArticleFragmentDoc,
    "\n  query KbCategoryMore($slug: String!, $first: Int!, $after: ID!) {\n    articleCategory(slug: $slug) {\n      id\n      articles(first: $first, after: $after) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n": typeof types.KbCategoryMoreDocument,
    "\n  mutation KbVote($articleId: ID!, $helpful: Boolean!) {\n    voteOnArticle(articleId: $articleId, helpful: $helpful) {\n      id\n      myVote\n    }\n  }\n": typeof types.KbVoteDocument,
    "\n  query KbHome {\n    articleCategories {\n      id\n      slug\n      name\n      description\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n      articles(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n    popularArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n    recentArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n  }\n": typeof types.KbHomeDocument,
    "\n  query KbSearch($query: String!) {\n    searchArticles(query: $query, first: 20) {\n      titleHtml\n      snippetHtml\n      match\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.KbSearchDocument,
    "\n  mutation KbSuggestionSessionSubmitted($sessionId: ID!) {\n    recordSuggestionSessionSubmitted(sessionId: $sessionId)\n  }\n": typeof types.KbSuggestionSessionSubmittedDocument,
    "\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      status\n      createdAt\n    }\n  }\n": typeof types.MyDeletionRequestDocument,
    "\n  mutation RequestDataDeletion {\n    requestDataDeletion {\n      id\n      status\n      createdAt\n    }\n  }\n": typeof types.RequestDataDeletionDocument,
    "\n  fragment RequestListPage on TicketConnection {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      subject\n      status\n      createdAt\n      updatedAt\n      raisedBy\n    }\n  }\n": typeof types.RequestListPageFragmentDoc,
    "\n  query MyRequests($company: Boolean!, $status: [TicketStatus!], $search: String, $first: Int!, $after: String) {\n    myTickets(status: $status, search: $search, first: $first, after: $after) @skip(if: $company) {\n      ...RequestListPage\n    }\n    companyRequests(status: $status, search: $search, first: $first, after: $after) @include(if: $company) {\n      ...RequestListPage\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  query MyCompany {\n    myCompany {\n      name\n      seesCompanyRequests\n    }\n  }\n": typeof types.MyCompanyDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      number\n      subject\n      status\n    }\n  }\n": typeof types.SubmitRequestDocument,
    "\n  query PortalIntakeForms {\n    intakeForms {\n      id\n      slug\n      name\n      description\n      version\n      versionId\n      definition\n    }\n  }\n": typeof types.PortalIntakeFormsDocument,
    "\n  fragment LiveRequestRow on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n  }\n": typeof types.LiveRequestRowFragmentDoc,
    "\n  subscription MyTicketChanged {\n    myTicketChanged {\n      ...LiveRequestRow\n    }\n  }\n": typeof types.MyTicketChangedDocument,
    "\n  query PortalViewer {\n    viewer {\n      kind\n      contact {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    signOut\n  }\n": typeof types.PortalSignOutDocument,
    "\n  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {\n    verifyPortalSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": typeof types.VerifyPortalSignInCodeDocument,
    "\n  mutation ClaimPortalSignIn($input: ClaimPortalSignInInput!) {\n    claimPortalSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n": typeof types.ClaimPortalSignInDocument,
    "\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n": typeof types.RequestPortalSignInDocument,
    "\n  mutation RateRequest($number: Int!, $rating: SatisfactionRating!, $comment: String) {\n    rateRequest(number: $number, rating: $rating, comment: $comment) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.RateRequestDocument,
    "\n  mutation ReplyToRequest($number: Int!, $body: String!, $attachmentIds: [ID!]) {\n    replyToTicket(number: $number, body: $body, attachmentIds: $attachmentIds) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.ReplyToRequestDocument,
    "\n  mutation AddRequestCc($number: Int!, $email: String!) {\n    addCc(number: $number, email: $email) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.AddRequestCcDocument,
    "\n  mutation RemoveRequestCc($number: Int!, $contactId: ID!) {\n    removeCc(number: $number, contactId: $contactId) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.RemoveRequestCcDocument,
    "\n  fragment PortalTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    expectedReplyBy\n    raisedBy\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      changeableUntil\n      state\n    }\n    mergedInto {\n      number\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    form {\n      id\n      name\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      label\n      displayValue\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        actor {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n": typeof types.PortalTicketDetailFragmentDoc,
    "\n  query PortalTicket($number: Int!) {\n    ticket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.PortalTicketDocument,
    "\n  mutation ReopenRequest($number: Int!) {\n    reopenTicket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.ReopenRequestDocument,
    "\n  mutation MarkRequestSolved($number: Int!) {\n    markTicketSolved(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.MarkRequestSolvedDocument,
    "\n  subscription LiveRequest($number: Int!) {\n    ticketChanged(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": typeof types.LiveRequestDocument,
};
const documents: Documents = {
    "\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      requestSignIn\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n": types.PortalShellDocument,
    "\n  query ReplyPromise {\n    replyPromise {\n      replyWithinMinutes\n      businessHours\n      openNow\n      opensAt\n    }\n  }\n": types.ReplyPromiseDocument,
    "\n  query KbArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n      publishedAt\n      updatedAt\n      myVote\n      category {\n        id\n        slug\n        name\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      related(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n  }\n": types.KbArticleDocument,
    "\n  mutation KbRecordView($articleId: ID!) {\n    recordArticleView(articleId: $articleId)\n  }\n": types.KbRecordViewDocument,
    "\n  query KbSuggestions($subject: String!, $description: String!) {\n    articleSuggestions(subject: $subject, description: $description, first: 5) {\n      snippetHtml\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.KbSuggestionsDocument,
    "\n  query KbSuggestedArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n    }\n  }\n": types.KbSuggestedArticleDocument,
    "\n  mutation KbSuggestionOpened($sessionId: ID!, $articleId: ID!) {\n    recordSuggestionOpened(sessionId: $sessionId, articleId: $articleId)\n  }\n": types.KbSuggestionOpenedDocument,
    "\n  query KbCategory($slug: String!, $first: Int!) {\n    articleCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n        description\n        articleCount\n      }\n      articleCount\n      articles(first: $first) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n": types.KbCategoryDocument,
    "\n  fragment KbCategoryArticle on Article {\n    id\n    slug\n    title\n    excerpt\n    category {\n      id\n      slug\n    }\n  }\n": types.KbCategoryArticleFragmentDoc,
    "\n  query KbCategoryMore($slug: String!, $first: Int!, $after: ID!) {\n    articleCategory(slug: $slug) {\n      id\n      articles(first: $first, after: $after) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n": types.KbCategoryMoreDocument,
    "\n  mutation KbVote($articleId: ID!, $helpful: Boolean!) {\n    voteOnArticle(articleId: $articleId, helpful: $helpful) {\n      id\n      myVote\n    }\n  }\n": types.KbVoteDocument,
    "\n  query KbHome {\n    articleCategories {\n      id\n      slug\n      name\n      description\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n      articles(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n    popularArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n    recentArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n  }\n": types.KbHomeDocument,
    "\n  query KbSearch($query: String!) {\n    searchArticles(query: $query, first: 20) {\n      titleHtml\n      snippetHtml\n      match\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.KbSearchDocument,
    "\n  mutation KbSuggestionSessionSubmitted($sessionId: ID!) {\n    recordSuggestionSessionSubmitted(sessionId: $sessionId)\n  }\n": types.KbSuggestionSessionSubmittedDocument,
    "\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      status\n      createdAt\n    }\n  }\n": types.MyDeletionRequestDocument,
    "\n  mutation RequestDataDeletion {\n    requestDataDeletion {\n      id\n      status\n      createdAt\n    }\n  }\n": types.RequestDataDeletionDocument,
    "\n  fragment RequestListPage on TicketConnection {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      subject\n      status\n      createdAt\n      updatedAt\n      raisedBy\n    }\n  }\n": types.RequestListPageFragmentDoc,
    "\n  query MyRequests($company: Boolean!, $status: [TicketStatus!], $search: String, $first: Int!, $after: String) {\n    myTickets(status: $status, search: $search, first: $first, after: $after) @skip(if: $company) {\n      ...RequestListPage\n    }\n    companyRequests(status: $status, search: $search, first: $first, after: $after) @include(if: $company) {\n      ...RequestListPage\n    }\n  }\n": types.MyRequestsDocument,
    "\n  query MyCompany {\n    myCompany {\n      name\n      seesCompanyRequests\n    }\n  }\n": types.MyCompanyDocument,
    "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      number\n      subject\n      status\n    }\n  }\n": types.SubmitRequestDocument,
    "\n  query PortalIntakeForms {\n    intakeForms {\n      id\n      slug\n      name\n      description\n      version\n      versionId\n      definition\n    }\n  }\n": types.PortalIntakeFormsDocument,
    "\n  fragment LiveRequestRow on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n  }\n": types.LiveRequestRowFragmentDoc,
    "\n  subscription MyTicketChanged {\n    myTicketChanged {\n      ...LiveRequestRow\n    }\n  }\n": types.MyTicketChangedDocument,
    "\n  query PortalViewer {\n    viewer {\n      kind\n      contact {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    signOut\n  }\n": types.PortalSignOutDocument,
    "\n  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {\n    verifyPortalSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": types.VerifyPortalSignInCodeDocument,
    "\n  mutation ClaimPortalSignIn($input: ClaimPortalSignInInput!) {\n    claimPortalSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n": types.ClaimPortalSignInDocument,
    "\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n": types.RequestPortalSignInDocument,
    "\n  mutation RateRequest($number: Int!, $rating: SatisfactionRating!, $comment: String) {\n    rateRequest(number: $number, rating: $rating, comment: $comment) {\n      ...PortalTicketDetail\n    }\n  }\n": types.RateRequestDocument,
    "\n  mutation ReplyToRequest($number: Int!, $body: String!, $attachmentIds: [ID!]) {\n    replyToTicket(number: $number, body: $body, attachmentIds: $attachmentIds) {\n      ...PortalTicketDetail\n    }\n  }\n": types.ReplyToRequestDocument,
    "\n  mutation AddRequestCc($number: Int!, $email: String!) {\n    addCc(number: $number, email: $email) {\n      ...PortalTicketDetail\n    }\n  }\n": types.AddRequestCcDocument,
    "\n  mutation RemoveRequestCc($number: Int!, $contactId: ID!) {\n    removeCc(number: $number, contactId: $contactId) {\n      ...PortalTicketDetail\n    }\n  }\n": types.RemoveRequestCcDocument,
    "\n  fragment PortalTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    expectedReplyBy\n    raisedBy\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      changeableUntil\n      state\n    }\n    mergedInto {\n      number\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    form {\n      id\n      name\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      label\n      displayValue\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        actor {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n": types.PortalTicketDetailFragmentDoc,
    "\n  query PortalTicket($number: Int!) {\n    ticket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": types.PortalTicketDocument,
    "\n  mutation ReopenRequest($number: Int!) {\n    reopenTicket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": types.ReopenRequestDocument,
    "\n  mutation MarkRequestSolved($number: Int!) {\n    markTicketSolved(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": types.MarkRequestSolvedDocument,
    "\n  subscription LiveRequest($number: Int!) {\n    ticketChanged(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n": types.LiveRequestDocument,
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
export function graphql(source: "\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      requestSignIn\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      requestSignIn\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplyPromise {\n    replyPromise {\n      replyWithinMinutes\n      businessHours\n      openNow\n      opensAt\n    }\n  }\n"): (typeof documents)["\n  query ReplyPromise {\n    replyPromise {\n      replyWithinMinutes\n      businessHours\n      openNow\n      opensAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n      publishedAt\n      updatedAt\n      myVote\n      category {\n        id\n        slug\n        name\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      related(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n      publishedAt\n      updatedAt\n      myVote\n      category {\n        id\n        slug\n        name\n        parent {\n          id\n          slug\n          name\n        }\n      }\n      related(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbRecordView($articleId: ID!) {\n    recordArticleView(articleId: $articleId)\n  }\n"): (typeof documents)["\n  mutation KbRecordView($articleId: ID!) {\n    recordArticleView(articleId: $articleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSuggestions($subject: String!, $description: String!) {\n    articleSuggestions(subject: $subject, description: $description, first: 5) {\n      snippetHtml\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbSuggestions($subject: String!, $description: String!) {\n    articleSuggestions(subject: $subject, description: $description, first: 5) {\n      snippetHtml\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSuggestedArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  query KbSuggestedArticle($slug: String!) {\n    article(slug: $slug) {\n      id\n      slug\n      title\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbSuggestionOpened($sessionId: ID!, $articleId: ID!) {\n    recordSuggestionOpened(sessionId: $sessionId, articleId: $articleId)\n  }\n"): (typeof documents)["\n  mutation KbSuggestionOpened($sessionId: ID!, $articleId: ID!) {\n    recordSuggestionOpened(sessionId: $sessionId, articleId: $articleId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbCategory($slug: String!, $first: Int!) {\n    articleCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n        description\n        articleCount\n      }\n      articleCount\n      articles(first: $first) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbCategory($slug: String!, $first: Int!) {\n    articleCategory(slug: $slug) {\n      id\n      slug\n      name\n      description\n      parent {\n        id\n        slug\n        name\n      }\n      children {\n        id\n        slug\n        name\n        description\n        articleCount\n      }\n      articleCount\n      articles(first: $first) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KbCategoryArticle on Article {\n    id\n    slug\n    title\n    excerpt\n    category {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment KbCategoryArticle on Article {\n    id\n    slug\n    title\n    excerpt\n    category {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbCategoryMore($slug: String!, $first: Int!, $after: ID!) {\n    articleCategory(slug: $slug) {\n      id\n      articles(first: $first, after: $after) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbCategoryMore($slug: String!, $first: Int!, $after: ID!) {\n    articleCategory(slug: $slug) {\n      id\n      articles(first: $first, after: $after) {\n        ...KbCategoryArticle\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbVote($articleId: ID!, $helpful: Boolean!) {\n    voteOnArticle(articleId: $articleId, helpful: $helpful) {\n      id\n      myVote\n    }\n  }\n"): (typeof documents)["\n  mutation KbVote($articleId: ID!, $helpful: Boolean!) {\n    voteOnArticle(articleId: $articleId, helpful: $helpful) {\n      id\n      myVote\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbHome {\n    articleCategories {\n      id\n      slug\n      name\n      description\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n      articles(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n    popularArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n    recentArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbHome {\n    articleCategories {\n      id\n      slug\n      name\n      description\n      articleCount\n      children {\n        id\n        slug\n        name\n        articleCount\n      }\n      articles(first: 5) {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n        }\n      }\n    }\n    popularArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n    recentArticles(first: 5) {\n      id\n      slug\n      title\n      category {\n        id\n        slug\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KbSearch($query: String!) {\n    searchArticles(query: $query, first: 20) {\n      titleHtml\n      snippetHtml\n      match\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query KbSearch($query: String!) {\n    searchArticles(query: $query, first: 20) {\n      titleHtml\n      snippetHtml\n      match\n      article {\n        id\n        slug\n        title\n        category {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KbSuggestionSessionSubmitted($sessionId: ID!) {\n    recordSuggestionSessionSubmitted(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation KbSuggestionSessionSubmitted($sessionId: ID!) {\n    recordSuggestionSessionSubmitted(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyDeletionRequest {\n    myDeletionRequest {\n      id\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataDeletion {\n    requestDataDeletion {\n      id\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataDeletion {\n    requestDataDeletion {\n      id\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestListPage on TicketConnection {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      subject\n      status\n      createdAt\n      updatedAt\n      raisedBy\n    }\n  }\n"): (typeof documents)["\n  fragment RequestListPage on TicketConnection {\n    totalCount\n    totalCountCapped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      number\n      subject\n      status\n      createdAt\n      updatedAt\n      raisedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($company: Boolean!, $status: [TicketStatus!], $search: String, $first: Int!, $after: String) {\n    myTickets(status: $status, search: $search, first: $first, after: $after) @skip(if: $company) {\n      ...RequestListPage\n    }\n    companyRequests(status: $status, search: $search, first: $first, after: $after) @include(if: $company) {\n      ...RequestListPage\n    }\n  }\n"): (typeof documents)["\n  query MyRequests($company: Boolean!, $status: [TicketStatus!], $search: String, $first: Int!, $after: String) {\n    myTickets(status: $status, search: $search, first: $first, after: $after) @skip(if: $company) {\n      ...RequestListPage\n    }\n    companyRequests(status: $status, search: $search, first: $first, after: $after) @include(if: $company) {\n      ...RequestListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompany {\n    myCompany {\n      name\n      seesCompanyRequests\n    }\n  }\n"): (typeof documents)["\n  query MyCompany {\n    myCompany {\n      name\n      seesCompanyRequests\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      number\n      subject\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitRequest($input: SubmitRequestInput!) {\n    submitRequest(input: $input) {\n      id\n      number\n      subject\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalIntakeForms {\n    intakeForms {\n      id\n      slug\n      name\n      description\n      version\n      versionId\n      definition\n    }\n  }\n"): (typeof documents)["\n  query PortalIntakeForms {\n    intakeForms {\n      id\n      slug\n      name\n      description\n      version\n      versionId\n      definition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveRequestRow on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment LiveRequestRow on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTicketChanged {\n    myTicketChanged {\n      ...LiveRequestRow\n    }\n  }\n"): (typeof documents)["\n  subscription MyTicketChanged {\n    myTicketChanged {\n      ...LiveRequestRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalViewer {\n    viewer {\n      kind\n      contact {\n        id\n        email\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalViewer {\n    viewer {\n      kind\n      contact {\n        id\n        email\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation PortalSignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {\n    verifyPortalSignInCode(input: $input) {\n      returnPath\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {\n    verifyPortalSignInCode(input: $input) {\n      returnPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPortalSignIn($input: ClaimPortalSignInInput!) {\n    claimPortalSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPortalSignIn($input: ClaimPortalSignInInput!) {\n    claimPortalSignIn(input: $input) {\n      status\n      returnPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n      waitingHandle\n      matchNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateRequest($number: Int!, $rating: SatisfactionRating!, $comment: String) {\n    rateRequest(number: $number, rating: $rating, comment: $comment) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RateRequest($number: Int!, $rating: SatisfactionRating!, $comment: String) {\n    rateRequest(number: $number, rating: $rating, comment: $comment) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToRequest($number: Int!, $body: String!, $attachmentIds: [ID!]) {\n    replyToTicket(number: $number, body: $body, attachmentIds: $attachmentIds) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToRequest($number: Int!, $body: String!, $attachmentIds: [ID!]) {\n    replyToTicket(number: $number, body: $body, attachmentIds: $attachmentIds) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRequestCc($number: Int!, $email: String!) {\n    addCc(number: $number, email: $email) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AddRequestCc($number: Int!, $email: String!) {\n    addCc(number: $number, email: $email) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRequestCc($number: Int!, $contactId: ID!) {\n    removeCc(number: $number, contactId: $contactId) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveRequestCc($number: Int!, $contactId: ID!) {\n    removeCc(number: $number, contactId: $contactId) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    expectedReplyBy\n    raisedBy\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      changeableUntil\n      state\n    }\n    mergedInto {\n      number\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    form {\n      id\n      name\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      label\n      displayValue\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        actor {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PortalTicketDetail on Ticket {\n    id\n    number\n    subject\n    status\n    createdAt\n    updatedAt\n    solvedAt\n    closedAt\n    expectedReplyBy\n    raisedBy\n    satisfaction {\n      id\n      rating\n      comment\n      ratedAt\n      changeableUntil\n      state\n    }\n    mergedInto {\n      number\n    }\n    ccs {\n      id\n      name\n      email\n    }\n    form {\n      id\n      name\n    }\n    answers {\n      key\n      label\n      value\n    }\n    fieldValues {\n      key\n      label\n      displayValue\n    }\n    timeline {\n      __typename\n      ... on TicketMessage {\n        id\n        createdAt\n        body\n        attachments {\n          id\n          fileName\n          contentType\n          byteSize\n          isImage\n          url\n        }\n        author {\n          id\n          kind\n          name\n        }\n      }\n      ... on TicketEvent {\n        id\n        createdAt\n        type\n        fromStatus\n        toStatus\n        actor {\n          id\n          kind\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalTicket($number: Int!) {\n    ticket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  query PortalTicket($number: Int!) {\n    ticket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenRequest($number: Int!) {\n    reopenTicket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenRequest($number: Int!) {\n    reopenTicket(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRequestSolved($number: Int!) {\n    markTicketSolved(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRequestSolved($number: Int!) {\n    markTicketSolved(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveRequest($number: Int!) {\n    ticketChanged(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"): (typeof documents)["\n  subscription LiveRequest($number: Int!) {\n    ticketChanged(number: $number) {\n      ...PortalTicketDetail\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;