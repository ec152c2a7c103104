/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One item a guest changed. */
export type GuestProgressEntry = {
  /** The item. */
  itemId: string;
  /** The status the guest gave it. */
  status: ItemStatus;
  /** When the guest made the change, ISO 8601. */
  updatedAt: string;
};

/** A learner's status for one item. */
export type ItemStatus =
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started yet (also the status of every item a learner never touched). */
  | 'NOT_STARTED'
  /** Deliberately left out; counts as finished in completion figures. */
  | 'SKIPPED';

/** Input of mergeGuestProgress. */
export type MergeGuestProgressInput = {
  /** At most 5,000 entries. */
  entries: Array<GuestProgressEntry>;
};

export type MergeGuestProgressMutationVariables = Exact<{
  input: Types.MergeGuestProgressInput;
}>;


export type MergeGuestProgressMutation = { __typename: 'Mutation', mergeGuestProgress: { __typename: 'MergeGuestProgressPayload', merged: number, ignored: number } };


export const MergeGuestProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeGuestProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeGuestProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeGuestProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}}]}}]}}]} as unknown as DocumentNode<MergeGuestProgressMutation, MergeGuestProgressMutationVariables>;