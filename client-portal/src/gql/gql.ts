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
    "\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n": typeof types.PortalShellDocument,
    "\n  query PortalViewer {\n    viewer {\n      kind\n      contact {\n        id\n        email\n        name\n      }\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    signOut\n  }\n": typeof types.PortalSignOutDocument,
    "\n  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {\n    verifyPortalSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": typeof types.VerifyPortalSignInCodeDocument,
    "\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n": typeof types.RequestPortalSignInDocument,
};
const documents: Documents = {
    "\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n": types.PortalShellDocument,
    "\n  query PortalViewer {\n    viewer {\n      kind\n      contact {\n        id\n        email\n        name\n      }\n    }\n  }\n": types.PortalViewerDocument,
    "\n  mutation PortalSignOut {\n    signOut\n  }\n": types.PortalSignOutDocument,
    "\n  mutation VerifyPortalSignInCode($input: VerifyPortalSignInCodeInput!) {\n    verifyPortalSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": types.VerifyPortalSignInCodeDocument,
    "\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n": types.RequestPortalSignInDocument,
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
export function graphql(source: "\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalShell {\n    portal {\n      slug\n      name\n      knowledgeBasePublic\n      branding {\n        displayName\n        logoUrl\n        primaryColor\n        primaryTextColor\n        accentColor\n        welcomeHeadline\n        welcomeIntro\n        signInText\n        footerText\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPortalSignIn($input: RequestPortalSignInInput!) {\n    requestPortalSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;