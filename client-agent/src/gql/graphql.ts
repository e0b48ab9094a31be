/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type RequestAgentSignInInput = {
  email: string;
  /** The organization's slug, e.g. `acme`. */
  workspace: string;
};

export type VerifyAgentSignInCodeInput = {
  code: string;
  email: string;
  /** The organization's slug, e.g. `acme`. */
  workspace: string;
};

export type ViewerKind =
  | 'AGENT'
  | 'ANONYMOUS'
  | 'CONTACT';

export type AgentViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentViewerQuery = { viewer: { kind: ViewerKind, agent: { id: string, email: string, name: string, role: string } | null, organization: { slug: string, name: string } | null } };

export type AgentSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type AgentSignOutMutation = { signOut: boolean };

export type VerifyAgentSignInCodeMutationVariables = Exact<{
  input: VerifyAgentSignInCodeInput;
}>;


export type VerifyAgentSignInCodeMutation = { verifyAgentSignInCode: { returnPath: string } };

export type RequestAgentSignInMutationVariables = Exact<{
  input: RequestAgentSignInInput;
}>;


export type RequestAgentSignInMutation = { requestAgentSignIn: { message: string, codeLength: number } };


export const AgentViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgentViewerQuery, AgentViewerQueryVariables>;
export const AgentSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AgentSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<AgentSignOutMutation, AgentSignOutMutationVariables>;
export const VerifyAgentSignInCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyAgentSignInCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyAgentSignInCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyAgentSignInCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnPath"}}]}}]}}]} as unknown as DocumentNode<VerifyAgentSignInCodeMutation, VerifyAgentSignInCodeMutationVariables>;
export const RequestAgentSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAgentSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAgentSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAgentSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"codeLength"}}]}}]}}]} as unknown as DocumentNode<RequestAgentSignInMutation, RequestAgentSignInMutationVariables>;