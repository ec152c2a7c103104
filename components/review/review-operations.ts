// The documents live in review-operations.graphql; codegen writes them, typed, beside it.
export {
  MergeGuestReviewsDocument as MergeGuestReviewsMutation,
  ReviewItemDocument as ReviewItemMutation,
  SetReviewSettingsDocument as SetReviewSettingsMutation,
  UndoLastReviewDocument as UndoLastReviewMutation,
} from "./review-operations.generated";
