// The documents live in profile-operations.graphql (codegen types them); importing them one by one
// keeps each page's bundle to the operations it uses.
export {
  SetProfileVisibilityDocument as SetProfileVisibilityMutation,
  CreateCalendarFeedDocument as CreateCalendarFeedMutation,
  RevokeCalendarFeedDocument as RevokeCalendarFeedMutation,
} from "@/graphql/generated/client/graphql";
