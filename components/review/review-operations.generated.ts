/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A rating a visitor gave in the browser before signing in. */
export type GuestReviewRatingInput = {
  /** The item rated. */
  itemId: string;
  /** The rating. */
  rating: ReviewRating;
  /** When, ISO 8601 (a time in the future counts as now). */
  reviewedAt: string;
};

/** Input of mergeGuestReviews. */
export type MergeGuestReviewsInput = {
  /** At most 5,000 ratings. */
  ratings: Array<GuestReviewRatingInput>;
};

/** Input of reviewItem. */
export type ReviewItemInput = {
  /** Optional: the client's id for this rating (8 to 64 letters, digits, - or _): a retry with it is written once. */
  id?: string | null | undefined;
  /** The item reviewed. */
  itemId: string;
  /** How well the learner remembered it. */
  rating: ReviewRating;
  /** Optional: ReviewState.reps as the client read it: a second rating of that state is a retry, written once. */
  reps?: number | null | undefined;
};

/** How well the learner remembered an item when reviewing it, as FSRS names the answers. */
export type ReviewRating =
  /** Forgot it: it comes back soon. */
  | 'AGAIN'
  /** Remembered at once: the next review is further away. */
  | 'EASY'
  /** Remembered. */
  | 'GOOD'
  /** Remembered, with effort. */
  | 'HARD';

/** Input of setReviewSettings: what it leaves out stays as it is. */
export type SetReviewSettingsInput = {
  /** The most reviews a day, 1 to 500. */
  dailyLimit?: number | null | undefined;
  /** The chance of recall to schedule for, 0.7 to 0.99. */
  desiredRetention?: number | null | undefined;
  /** With roadmapId: review on (its finished items enter it) or off (they leave it). */
  enabled?: boolean | null | undefined;
  /** With enabled: the roadmap to turn review on or off on. */
  roadmapId?: string | null | undefined;
};

/** Input of undoLastReview. */
export type UndoLastReviewInput = {
  /** The item whose latest rating to take back. */
  itemId: string;
};

export type ReviewItemMutationVariables = Exact<{
  input: Types.ReviewItemInput;
}>;


export type ReviewItemMutation = { __typename: 'Mutation', reviewItem: { __typename: 'Item', id: string, review: { __typename: 'ReviewState', reps: number, due: string } | null } };

export type UndoLastReviewMutationVariables = Exact<{
  input: Types.UndoLastReviewInput;
}>;


export type UndoLastReviewMutation = { __typename: 'Mutation', undoLastReview: { __typename: 'Item', id: string, review: { __typename: 'ReviewState', reps: number, due: string } | null } };

export type SetReviewSettingsMutationVariables = Exact<{
  input: Types.SetReviewSettingsInput;
}>;


export type SetReviewSettingsMutation = { __typename: 'Mutation', setReviewSettings: { __typename: 'ReviewSettings', dailyLimit: number, desiredRetention: number, disabledRoadmapIds: Array<string> } };

export type MergeGuestReviewsMutationVariables = Exact<{
  input: Types.MergeGuestReviewsInput;
}>;


export type MergeGuestReviewsMutation = { __typename: 'Mutation', mergeGuestReviews: { __typename: 'MergeGuestReviewsPayload', merged: number, ignored: number } };


export const ReviewItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewItemMutation, ReviewItemMutationVariables>;
export const UndoLastReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoLastReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UndoLastReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoLastReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reps"}},{"kind":"Field","name":{"kind":"Name","value":"due"}}]}}]}}]}}]} as unknown as DocumentNode<UndoLastReviewMutation, UndoLastReviewMutationVariables>;
export const SetReviewSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReviewSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReviewSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReviewSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyLimit"}},{"kind":"Field","name":{"kind":"Name","value":"desiredRetention"}},{"kind":"Field","name":{"kind":"Name","value":"disabledRoadmapIds"}}]}}]}}]} as unknown as DocumentNode<SetReviewSettingsMutation, SetReviewSettingsMutationVariables>;
export const MergeGuestReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeGuestReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeGuestReviewsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeGuestReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merged"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}}]}}]}}]} as unknown as DocumentNode<MergeGuestReviewsMutation, MergeGuestReviewsMutationVariables>;