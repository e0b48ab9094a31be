/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RequestPortalSignInInput = {
  email: string;
  /** Relative path to come back to after signing in. */
  returnPath?: string | null | undefined;
};

export type VerifyPortalSignInCodeInput = {
  code: string;
  email: string;
};

export type ViewerKind =
  | 'AGENT'
  | 'ANONYMOUS'
  | 'CONTACT';

export type PortalShellQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalShellQuery = { portal: { slug: string, name: string, knowledgeBasePublic: boolean, branding: { displayName: string, logoUrl: string | null, primaryColor: string, primaryTextColor: string, accentColor: string, welcomeHeadline: string, welcomeIntro: string, signInText: string, footerText: string } } | null };

export type PortalViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalViewerQuery = { viewer: { kind: ViewerKind, contact: { id: string, email: string, name: string | null } | null } };

export type PortalSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type PortalSignOutMutation = { signOut: boolean };

export type VerifyPortalSignInCodeMutationVariables = Exact<{
  input: VerifyPortalSignInCodeInput;
}>;


export type VerifyPortalSignInCodeMutation = { verifyPortalSignInCode: { returnPath: string } };

export type RequestPortalSignInMutationVariables = Exact<{
  input: RequestPortalSignInInput;
}>;


export type RequestPortalSignInMutation = { requestPortalSignIn: { message: string, codeLength: number } };


export const PortalShellDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalShell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"knowledgeBasePublic"}},{"kind":"Field","name":{"kind":"Name","value":"branding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}},{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"primaryTextColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeHeadline"}},{"kind":"Field","name":{"kind":"Name","value":"welcomeIntro"}},{"kind":"Field","name":{"kind":"Name","value":"signInText"}},{"kind":"Field","name":{"kind":"Name","value":"footerText"}}]}}]}}]}}]} as unknown as DocumentNode<PortalShellQuery, PortalShellQueryVariables>;
export const PortalViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalViewerQuery, PortalViewerQueryVariables>;
export const PortalSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<PortalSignOutMutation, PortalSignOutMutationVariables>;
export const VerifyPortalSignInCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyPortalSignInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyPortalSignInCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPortalSignInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPath"}}]}}]}}]} as unknown as DocumentNode<VerifyPortalSignInCodeMutation, VerifyPortalSignInCodeMutationVariables>;
export const RequestPortalSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPortalSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPortalSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPortalSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"codeLength"}}]}}]}}]} as unknown as DocumentNode<RequestPortalSignInMutation, RequestPortalSignInMutationVariables>;