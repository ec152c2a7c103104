/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Input of setRoadmapGoal. A field left out stays as it is; null clears it. */
export type SetRoadmapGoalInput = {
  /** The roadmap. */
  roadmapId: string;
  /** The day to finish by, YYYY-MM-DD: from yesterday (it is still today somewhere) to 20 years ahead. */
  targetDate?: string | null | undefined;
  /** Items to finish per week, 1 to 500. */
  weeklyGoal?: number | null | undefined;
};

export type SetRoadmapGoalMutationVariables = Exact<{
  input: Types.SetRoadmapGoalInput;
}>;


export type SetRoadmapGoalMutation = { __typename: 'Mutation', setRoadmapGoal: { __typename: 'Roadmap', id: string, progress: { __typename: 'Completion', targetDate: string | null, weeklyGoal: number | null } | null } };

export type RoadmapDatesQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapDatesQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, sections: Array<{ __typename: 'Section', id: string, startedAt: string | null, completedAt: string | null }>, items: Array<{ __typename: 'Item', id: string, startedAt: string | null, finishedAt: string | null }> } | null };


export const SetRoadmapGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoadmapGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoadmapGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoadmapGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]}}]}}]} as unknown as DocumentNode<SetRoadmapGoalMutation, SetRoadmapGoalMutationVariables>;
export const RoadmapDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapDatesQuery, RoadmapDatesQueryVariables>;