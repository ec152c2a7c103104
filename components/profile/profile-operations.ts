// The documents live in profile-operations.graphql; codegen writes them, typed, beside it
// (profile-operations.generated.ts), so a page bundles only the operations it imports.
export {
  SetProfileVisibilityDocument as SetProfileVisibilityMutation,
  CreateCalendarFeedDocument as CreateCalendarFeedMutation,
  RevokeCalendarFeedDocument as RevokeCalendarFeedMutation,
} from "./profile-operations.generated";
