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
    "\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": typeof types.VerifyAgentSignInCodeDocument,
    "\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n": typeof types.RequestAgentSignInDocument,
};
const documents: Documents = {
    "\n  query AgentViewer {\n    viewer {\n      kind\n      agent {\n        id\n        email\n        name\n        role\n      }\n      organization {\n        slug\n        name\n      }\n    }\n  }\n": types.AgentViewerDocument,
    "\n  mutation AgentSignOut {\n    signOut\n  }\n": types.AgentSignOutDocument,
    "\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n": types.VerifyAgentSignInCodeDocument,
    "\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n": types.RequestAgentSignInDocument,
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
export function graphql(source: "\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyAgentSignInCode($input: VerifyAgentSignInCodeInput!) {\n    verifyAgentSignInCode(input: $input) {\n      returnPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAgentSignIn($input: RequestAgentSignInInput!) {\n    requestAgentSignIn(input: $input) {\n      message\n      codeLength\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;