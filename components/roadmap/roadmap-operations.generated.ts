/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Input of resetRoadmapProgress. */
export type ResetRoadmapProgressInput = {
  /**
   * Also reset the skills it shares with the viewer's other roadmaps (Roadmap.viewerSharedSkills):
   * their status is one on every roadmap, so they reset there too. False by default: items claiming
   * them keep their status.
   */
  resetSharedSkills?: boolean | null | undefined;
  /** The roadmap to start over. */
  roadmapId: string;
};

/** Input of setItemNote. */
export type SetItemNoteInput = {
  /** The item the note is about. */
  itemId: string;
  /**
   * Markdown (CommonMark with GFM tables, task lists, strikethrough, autolinks and footnotes);
   * empty or null deletes the note. At most 10,000 characters, quotes and lists nested at most
   * 8 deep, emphasis, links and images nested at most 8 deep, 1,000 table cells, 100 footnote
   * references, 6,000 markdown elements and 100,000 characters of rendered HTML. A note past a
   * limit is refused with BAD_USER_INPUT naming the limit and the line.
   */
  note?: string | null | undefined;
};

/** Input of setItemStatus. */
export type SetItemStatusInput = {
  /** The item to change. */
  itemId: string;
  /** Its new status. */
  status: ItemStatus;
};

export type ItemStateFragment = { __typename: 'Item', id: string, status: Types.ItemStatus | null, statusUpdatedAt: string | null, note: string | null, noteHtml: string | null };

export type RoadmapStatesQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapStatesQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, items: Array<{ __typename: 'Item', id: string, status: Types.ItemStatus | null, statusUpdatedAt: string | null, note: string | null, noteHtml: string | null }> } | null };

export type SetItemStatusMutationVariables = Exact<{
  input: Types.SetItemStatusInput;
}>;


export type SetItemStatusMutation = { __typename: 'Mutation', setItemStatus: { __typename: 'Item', id: string, status: Types.ItemStatus | null, statusUpdatedAt: string | null } };

export type SetItemNoteMutationVariables = Exact<{
  input: Types.SetItemNoteInput;
}>;


export type SetItemNoteMutation = { __typename: 'Mutation', setItemNote: { __typename: 'Item', id: string, note: string | null, noteHtml: string | null } };

export type ResetRoadmapProgressMutationVariables = Exact<{
  input: Types.ResetRoadmapProgressInput;
}>;


export type ResetRoadmapProgressMutation = { __typename: 'Mutation', resetRoadmapProgress: { __typename: 'Roadmap', id: string, items: Array<{ __typename: 'Item', id: string, status: Types.ItemStatus | null, statusUpdatedAt: string | null }> } };

export type RoadmapSharedSkillsQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapSharedSkillsQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, viewerSharedSkills: Array<{ __typename: 'SharedSkill', skill: { __typename: 'Skill', name: string, title: string }, roadmaps: Array<{ __typename: 'Roadmap', id: string, title: string }> }> } | null };

export const ItemStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteHtml"}}]}}]} as unknown as DocumentNode<ItemStateFragment, unknown>;
export const RoadmapStatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapStates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemState"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Item"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteHtml"}}]}}]} as unknown as DocumentNode<RoadmapStatesQuery, RoadmapStatesQueryVariables>;
export const SetItemStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetItemStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetItemStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setItemStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}}]}}]}}]} as unknown as DocumentNode<SetItemStatusMutation, SetItemStatusMutationVariables>;
export const SetItemNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetItemNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetItemNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setItemNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"noteHtml"}}]}}]}}]} as unknown as DocumentNode<SetItemNoteMutation, SetItemNoteMutationVariables>;
export const ResetRoadmapProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetRoadmapProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetRoadmapProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetRoadmapProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusUpdatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ResetRoadmapProgressMutation, ResetRoadmapProgressMutationVariables>;
export const RoadmapSharedSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapSharedSkills"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerSharedSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roadmaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapSharedSkillsQuery, RoadmapSharedSkillsQueryVariables>;