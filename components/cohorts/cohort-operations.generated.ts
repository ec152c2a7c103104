/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@/graphql/generated/client/graphql';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A member's part in a cohort. */
export type CohortRole =
  /** Follows the roadmap with the others; sees the standing, and the names and figures of members who show them. */
  | 'MEMBER'
  /** Sees every member's figures and statuses on the cohort's roadmap, and makes new invite links. */
  | 'MENTOR'
  /** Made the cohort: runs it (invites, mentors, removals) and deletes it. One per cohort. */
  | 'OWNER';

/** Input of createCohort. */
export type CreateCohortInput = {
  /** When the first invite link stops working, ISO 8601, at most 366 days ahead; null: never. */
  inviteExpiresAt?: string | null | undefined;
  /** How many learners may join with the first invite link, 1 to 10,000; null: no limit. */
  inviteMaxUses?: number | null | undefined;
  /** 1-100 characters. */
  name: string;
  /** The roadmap to follow: built-in, or a public or unlisted one (never private). */
  roadmapId: string;
};

/** Input of deleteCohort. */
export type DeleteCohortInput = {
  /** The cohort. */
  cohortId: string;
};

/** Input of joinCohort. */
export type JoinCohortInput = {
  /** The invite link, or the secret in it (wmi_...). */
  invite: string;
};

/** Input of leaveCohort. */
export type LeaveCohortInput = {
  /** The cohort. */
  cohortId: string;
};

/** Input of removeCohortMember. */
export type RemoveCohortMemberInput = {
  /** The cohort. */
  cohortId: string;
  /** The member's login. */
  login: string;
};

/** Input of rotateCohortInvite. */
export type RotateCohortInviteInput = {
  /** The cohort. */
  cohortId: string;
  /** When the new link stops working, ISO 8601, at most 366 days ahead; null: never. */
  inviteExpiresAt?: string | null | undefined;
  /** How many learners may join with the new link, 1 to 10,000; null: no limit. */
  inviteMaxUses?: number | null | undefined;
};

/** Input of setCohortMemberRole. */
export type SetCohortMemberRoleInput = {
  /** The cohort. */
  cohortId: string;
  /** The member's login. */
  login: string;
  /** MENTOR or MEMBER (the owner is the one who made the cohort). */
  role: CohortRole;
};

/** Input of setCohortSharing. A field left out stays as it is. */
export type SetCohortSharingInput = {
  /** The cohort. */
  cohortId: string;
  /** The item whose note of the viewer's (on the cohort's roadmap) to share; null unshares. */
  sharedNoteItemId?: string | null | undefined;
  /** Show the viewer's name and figures to the other members (the owner and mentors always see them). */
  showMeToCohort?: boolean | null | undefined;
};

export type CreateCohortMutationVariables = Exact<{
  input: Types.CreateCohortInput;
}>;


export type CreateCohortMutation = { __typename: 'Mutation', createCohort: { __typename: 'Cohort', id: string, name: string, inviteUrl: string | null } };

export type JoinCohortMutationVariables = Exact<{
  input: Types.JoinCohortInput;
}>;


export type JoinCohortMutation = { __typename: 'Mutation', joinCohort: { __typename: 'Cohort', id: string } };

export type LeaveCohortMutationVariables = Exact<{
  input: Types.LeaveCohortInput;
}>;


export type LeaveCohortMutation = { __typename: 'Mutation', leaveCohort: boolean };

export type RotateCohortInviteMutationVariables = Exact<{
  input: Types.RotateCohortInviteInput;
}>;


export type RotateCohortInviteMutation = { __typename: 'Mutation', rotateCohortInvite: { __typename: 'Cohort', id: string, inviteUrl: string | null } };

export type SetCohortMemberRoleMutationVariables = Exact<{
  input: Types.SetCohortMemberRoleInput;
}>;


export type SetCohortMemberRoleMutation = { __typename: 'Mutation', setCohortMemberRole: { __typename: 'CohortMember', role: Types.CohortRole } };

export type RemoveCohortMemberMutationVariables = Exact<{
  input: Types.RemoveCohortMemberInput;
}>;


export type RemoveCohortMemberMutation = { __typename: 'Mutation', removeCohortMember: boolean };

export type DeleteCohortMutationVariables = Exact<{
  input: Types.DeleteCohortInput;
}>;


export type DeleteCohortMutation = { __typename: 'Mutation', deleteCohort: boolean };

export type SetCohortSharingMutationVariables = Exact<{
  input: Types.SetCohortSharingInput;
}>;


export type SetCohortSharingMutation = { __typename: 'Mutation', setCohortSharing: { __typename: 'Cohort', id: string, showMeToCohort: boolean } };


export const CreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const JoinCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JoinCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<JoinCohortMutation, JoinCohortMutationVariables>;
export const LeaveCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<LeaveCohortMutation, LeaveCohortMutationVariables>;
export const RotateCohortInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateCohortInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateCohortInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateCohortInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUrl"}}]}}]}}]} as unknown as DocumentNode<RotateCohortInviteMutation, RotateCohortInviteMutationVariables>;
export const SetCohortMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCohortMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCohortMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCohortMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<SetCohortMemberRoleMutation, SetCohortMemberRoleMutationVariables>;
export const RemoveCohortMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCohortMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCohortMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCohortMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RemoveCohortMemberMutation, RemoveCohortMemberMutationVariables>;
export const DeleteCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeleteCohortMutation, DeleteCohortMutationVariables>;
export const SetCohortSharingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCohortSharing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCohortSharingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCohortSharing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"showMeToCohort"}}]}}]}}]} as unknown as DocumentNode<SetCohortSharingMutation, SetCohortSharingMutationVariables>;