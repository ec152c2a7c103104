// The documents live in cohort-operations.graphql; codegen writes them, typed, beside it
// (cohort-operations.generated.ts), so a page bundles only the operations it imports.
export {
  CreateCohortDocument as CreateCohortMutation,
  DeleteCohortDocument as DeleteCohortMutation,
  JoinCohortDocument as JoinCohortMutation,
  LeaveCohortDocument as LeaveCohortMutation,
  RemoveCohortMemberDocument as RemoveCohortMemberMutation,
  RotateCohortInviteDocument as RotateCohortInviteMutation,
  SetCohortMemberRoleDocument as SetCohortMemberRoleMutation,
  SetCohortSharingDocument as SetCohortSharingMutation,
} from "./cohort-operations.generated";
