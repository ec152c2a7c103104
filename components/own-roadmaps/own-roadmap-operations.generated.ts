/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Input of deleteAccount. */
export type DeleteAccountInput = {
  /** The viewer's GitHub login, typed to confirm. */
  login: string;
};

/** Input of deleteRoadmap. */
export type DeleteRoadmapInput = {
  /** One of the viewer's own roadmaps. */
  roadmapId: string;
};

/** Input of forkRoadmap. */
export type ForkRoadmapInput = {
  /**
   * Copy the viewer's own statuses on the original to the fork's items with the same keys. Default false.
   * A token needs READ_PROGRESS and WRITE_PROGRESS for it too (FORBIDDEN without, and no fork is made).
   */
  copyProgress?: boolean | null | undefined;
  /** A roadmap the viewer may see: public, unlisted, or their own. */
  roadmapId: string;
};

/** What a save changes about one item. */
export type RoadmapChangeKind =
  /** A new item (or a retired one back, with its history). */
  | 'ADDED'
  /** Another section or parent item, or another place among its siblings. */
  | 'MOVED'
  /**
   * Same key, new title: the key was pinned with <!-- key: ... -->, or the save guessed the
   * rename (RoadmapChange.guessed) from the item's place and title.
   */
  | 'RENAMED'
  /** No longer in the markdown: hidden, its learners' progress and notes kept. */
  | 'RETIRED';

/** Who may see a roadmap. */
export type RoadmapVisibility =
  /** Only its owner (the default for a learner's new roadmap). */
  | 'PRIVATE'
  /** Anyone; listed on Explore. Built-in roadmaps are PUBLIC. */
  | 'PUBLIC'
  /** Anyone with its address or id; never listed on Explore. */
  | 'UNLISTED';

/** Input of saveRoadmap. */
export type SaveRoadmapInput = {
  /**
   * Keep the key of an item reworded in place, whose key is not pinned (see RoadmapChange.guessed):
   * its learners keep their progress and notes. Default true; false takes every key from the
   * markdown alone.
   */
  detectRenames?: boolean | null | undefined;
  /** Say what the save would do, and write nothing. */
  dryRun?: boolean | null | undefined;
  /**
   * The roadmap as a markdown checklist: the Waymark format, a plain GitHub task list, or with
   * roadmap.sh's [@type@Title](url) links of any type (see the README). At most 5,000 items and
   * 1,000,000 bytes as Waymark writes the roadmap (its markdown export without key pins), in a file
   * of at most 2,100,000 bytes: any markdown export of a roadmap imports again.
   */
  markdown: string;
  /**
   * Keys (RoadmapChange.markdownKey) of items that are new, not renames of the item they
   * replace: they are saved as new items, and the items they replace are retired. At most 5,000.
   */
  notRenamed?: Array<string> | null | undefined;
  /**
   * Also set the viewer's statuses from the file's checkboxes ([x] done, [/] in progress, [-] skipped,
   * [ ] not started), as the markdown export writes them. A token needs WRITE_PROGRESS for it too
   * (FORBIDDEN without, and nothing is saved).
   */
  restoreStatuses?: boolean | null | undefined;
  /** The roadmap to save a new version of; absent to create a roadmap of the viewer's own. */
  roadmapId?: string | null | undefined;
  /**
   * The roadmap's name in its address, /roadmaps/<your login>/<slug>: lowercase letters, digits and
   * single dashes. Absent: made from the title (new roadmaps) or kept (saves).
   */
  slug?: string | null | undefined;
  /** Who may see it. Absent: PRIVATE for a new roadmap, unchanged for a save. */
  visibility?: RoadmapVisibility | null | undefined;
};

/** Input of setRoadmapVisibility. */
export type SetRoadmapVisibilityInput = {
  /** The roadmap. */
  roadmapId: string;
  /** Who may see it from now on. */
  visibility: RoadmapVisibility;
};

export type SaveRoadmapMutationVariables = Exact<{
  input: Types.SaveRoadmapInput;
}>;


export type SaveRoadmapMutation = { __typename: 'Mutation', saveRoadmap: { __typename: 'SaveRoadmapPayload', created: boolean, dryRun: boolean, added: number, moved: number, renamed: number, retired: number, learnersAffected: number, restoredStatuses: number, roadmap: { __typename: 'Roadmap', id: string, path: string } | null, changes: Array<{ __typename: 'RoadmapChange', kind: Types.RoadmapChangeKind, key: string, title: string, previousTitle: string | null, line: number | null, learners: number, guessed: boolean, markdownKey: string | null }>, skillChanges: Array<{ __typename: 'SkillClaimChange', key: string, title: string, from: string | null, to: string | null, learners: number }> } };

export type ForkRoadmapMutationVariables = Exact<{
  input: Types.ForkRoadmapInput;
}>;


export type ForkRoadmapMutation = { __typename: 'Mutation', forkRoadmap: { __typename: 'Roadmap', id: string, path: string } };

export type DeleteRoadmapMutationVariables = Exact<{
  input: Types.DeleteRoadmapInput;
}>;


export type DeleteRoadmapMutation = { __typename: 'Mutation', deleteRoadmap: boolean };

export type SetRoadmapVisibilityMutationVariables = Exact<{
  input: Types.SetRoadmapVisibilityInput;
}>;


export type SetRoadmapVisibilityMutation = { __typename: 'Mutation', setRoadmapVisibility: { __typename: 'Roadmap', id: string, visibility: Types.RoadmapVisibility } };

export type DeleteAccountMutationVariables = Exact<{
  input: Types.DeleteAccountInput;
}>;


export type DeleteAccountMutation = { __typename: 'Mutation', deleteAccount: boolean };


export const SaveRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"moved"}},{"kind":"Field","name":{"kind":"Name","value":"renamed"}},{"kind":"Field","name":{"kind":"Name","value":"retired"}},{"kind":"Field","name":{"kind":"Name","value":"learnersAffected"}},{"kind":"Field","name":{"kind":"Name","value":"restoredStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"previousTitle"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}},{"kind":"Field","name":{"kind":"Name","value":"guessed"}},{"kind":"Field","name":{"kind":"Name","value":"markdownKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skillChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"learners"}}]}}]}}]}}]} as unknown as DocumentNode<SaveRoadmapMutation, SaveRoadmapMutationVariables>;
export const ForkRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ForkRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForkRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forkRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<ForkRoadmapMutation, ForkRoadmapMutationVariables>;
export const DeleteRoadmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRoadmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRoadmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRoadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteRoadmapMutation, DeleteRoadmapMutationVariables>;
export const SetRoadmapVisibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoadmapVisibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoadmapVisibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoadmapVisibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}}]}}]}}]} as unknown as DocumentNode<SetRoadmapVisibilityMutation, SetRoadmapVisibilityMutationVariables>;
export const DeleteAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteAccountMutation, DeleteAccountMutationVariables>;