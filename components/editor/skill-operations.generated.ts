/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Why a skill is suggested for an item. */
export type SkillSuggestionReason =
  /** Items that claim it link to one of the item's links. */
  | 'LINK'
  /** Its name is a word or words of the item's title, or its title is like the item's. */
  | 'TITLE';

export type SkillSuggestionsQueryVariables = Exact<{
  title: string;
  urls?: Array<string> | string | null | undefined;
}>;


export type SkillSuggestionsQuery = { __typename: 'Query', skillSuggestions: Array<{ __typename: 'SkillSuggestion', name: string, title: string, reasons: Array<Types.SkillSuggestionReason>, sharedLinks: number, example: { __typename: 'SkillSuggestionExample', itemTitle: string, roadmapTitle: string, roadmapPath: string } }> };


export const SkillSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SkillSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"title"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"urls"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skillSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"title"},"value":{"kind":"Variable","name":{"kind":"Name","value":"title"}}},{"kind":"Argument","name":{"kind":"Name","value":"urls"},"value":{"kind":"Variable","name":{"kind":"Name","value":"urls"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"sharedLinks"}},{"kind":"Field","name":{"kind":"Name","value":"example"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapTitle"}},{"kind":"Field","name":{"kind":"Name","value":"roadmapPath"}}]}}]}}]}}]} as unknown as DocumentNode<SkillSuggestionsQuery, SkillSuggestionsQueryVariables>;