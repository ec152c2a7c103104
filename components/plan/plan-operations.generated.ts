/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a forecast could be made. */
export type ForecastStatus =
  /** Nothing left: finishOn is the day the last item was finished. */
  | 'FINISHED'
  /** finishOn is the forecast. */
  | 'FORECAST'
  /** Less than a week since the viewer started, or fewer than two items done: no honest forecast yet. */
  | 'NOT_ENOUGH_HISTORY'
  /** Nothing marked DONE in the last 4 weeks. */
  | 'STALLED';

/** Input of setRoadmapGoal. A field left out stays as it is; null clears it. */
export type SetRoadmapGoalInput = {
  /** The roadmap. */
  roadmapId: string;
  /** The day to finish by, YYYY-MM-DD: from yesterday (it is still today somewhere) to 20 years ahead. */
  targetDate?: string | null | undefined;
  /** Items to finish per week, 1 to 500. */
  weeklyGoal?: number | null | undefined;
};

/** Where the viewer stands against their target date. */
export type TargetStatus =
  /** At this pace the roadmap is finished on or before the target. */
  | 'AHEAD'
  /** At this pace the target is missed (or nothing was done in the last 4 weeks). */
  | 'BEHIND'
  /** Everything is finished. */
  | 'FINISHED'
  /** The target date has passed with items left. */
  | 'PASSED'
  /** Not enough history for a forecast yet; requiredPacePerWeek says what is needed. */
  | 'TOO_EARLY_TO_TELL';

export type RoadmapPlanFieldsFragment = { __typename: 'Completion', total: number, done: number, skipped: number, pacePerWeek: number, pacePerWeekSinceStart: number, startedOn: string | null, forecast: Types.ForecastStatus, finishOn: string | null, targetDate: string | null, requiredPacePerWeek: number | null, targetStatus: Types.TargetStatus | null, daysAheadOfTarget: number | null, finishedThisWeek: number, weeklyGoal: number | null };

export type RoadmapPlanQueryVariables = Exact<{
  slug: string;
  timeZone: string;
}>;


export type RoadmapPlanQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, progress: { __typename: 'Completion', total: number, done: number, skipped: number, pacePerWeek: number, pacePerWeekSinceStart: number, startedOn: string | null, forecast: Types.ForecastStatus, finishOn: string | null, targetDate: string | null, requiredPacePerWeek: number | null, targetStatus: Types.TargetStatus | null, daysAheadOfTarget: number | null, finishedThisWeek: number, weeklyGoal: number | null } | null } | null };

export type SetRoadmapGoalMutationVariables = Exact<{
  input: Types.SetRoadmapGoalInput;
  timeZone: string;
}>;


export type SetRoadmapGoalMutation = { __typename: 'Mutation', setRoadmapGoal: { __typename: 'Roadmap', id: string, progress: { __typename: 'Completion', total: number, done: number, skipped: number, pacePerWeek: number, pacePerWeekSinceStart: number, startedOn: string | null, forecast: Types.ForecastStatus, finishOn: string | null, targetDate: string | null, requiredPacePerWeek: number | null, targetStatus: Types.TargetStatus | null, daysAheadOfTarget: number | null, finishedThisWeek: number, weeklyGoal: number | null } | null } };

export type RoadmapDatesQueryVariables = Exact<{
  slug: string;
}>;


export type RoadmapDatesQuery = { __typename: 'Query', roadmap: { __typename: 'Roadmap', id: string, sections: Array<{ __typename: 'Section', id: string, startedAt: string | null, completedAt: string | null }>, items: Array<{ __typename: 'Item', id: string, startedAt: string | null, finishedAt: string | null }> } | null };

export const RoadmapPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeekSinceStart"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"finishOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysAheadOfTarget"}},{"kind":"Field","name":{"kind":"Name","value":"finishedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]} as unknown as DocumentNode<RoadmapPlanFieldsFragment, unknown>;
export const RoadmapPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeekSinceStart"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"finishOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysAheadOfTarget"}},{"kind":"Field","name":{"kind":"Name","value":"finishedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]} as unknown as DocumentNode<RoadmapPlanQuery, RoadmapPlanQueryVariables>;
export const SetRoadmapGoalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRoadmapGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRoadmapGoalInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRoadmapGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"timeZone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"timeZone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoadmapPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoadmapPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Completion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"pacePerWeekSinceStart"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"finishOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"requiredPacePerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"targetStatus"}},{"kind":"Field","name":{"kind":"Name","value":"daysAheadOfTarget"}},{"kind":"Field","name":{"kind":"Name","value":"finishedThisWeek"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyGoal"}}]}}]} as unknown as DocumentNode<SetRoadmapGoalMutation, SetRoadmapGoalMutationVariables>;
export const RoadmapDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoadmapDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roadmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RoadmapDatesQuery, RoadmapDatesQueryVariables>;