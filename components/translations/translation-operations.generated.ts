/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Input of deleteRoadmapTranslation. */
export type DeleteRoadmapTranslationInput = {
  /** The translation's language. */
  language: string;
  /** A roadmap the viewer may edit. */
  roadmapId: string;
};

/** Input of saveRoadmapTranslation. */
export type SaveRoadmapTranslationInput = {
  /** The translation's language: es, pt-BR, de, ja, ar or en (not the roadmap's own). */
  language: string;
  /**
   * The roadmap in that language: the original's sections in the same order and its items by key
   * (pin each with <!-- key: … -->), under the same parents. Links may differ; an item that lists
   * none keeps the original's.
   */
  markdown: string;
  /** A roadmap the viewer may edit. */
  roadmapId: string;
};

export type SaveRoadmapTranslationMutationVariables = Exact<{
  input: Types.SaveRoadmapTranslationInput;
}>;


export type SaveRoadmapTranslationMutation = { __typename: 'Mutation', saveRoadmapTranslation: { __typename: 'Roadmap', id: string, language: string, translations: Array<{ __typename: 'RoadmapTranslation', language: string, title: string, missingItems: number }> } };

export type DeleteRoadmapTranslationMutationVariables = Exact<{
  input: Types.DeleteRoadmapTranslationInput;
}>;


export type DeleteRoadmapTranslationMutation = { __typename: 'Mutation', deleteRoadmapTranslation: { __typename: 'Roadmap', id: string, translations: Array<{ __typename: 'RoadmapTranslation', language: string }> } };


export const SaveRoadmapTranslationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRoadmapTranslation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRoadmapTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRoadmapTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"missingItems"}}]}}]}}]}}]} as unknown as DocumentNode<SaveRoadmapTranslationMutation, SaveRoadmapTranslationMutationVariables>;
export const DeleteRoadmapTranslationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoadmapTranslation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoadmapTranslationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoadmapTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"translations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteRoadmapTranslationMutation, DeleteRoadmapTranslationMutationVariables>;