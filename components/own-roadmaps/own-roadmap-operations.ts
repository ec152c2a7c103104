// The documents live in own-roadmap-operations.graphql; codegen writes them, typed, beside it
// (own-roadmap-operations.generated.ts), so a page bundles only the operations it imports.
export {
  SaveRoadmapDocument as SaveRoadmapMutation,
  ForkRoadmapDocument as ForkRoadmapMutation,
  DeleteRoadmapDocument as DeleteRoadmapMutation,
  SetRoadmapVisibilityDocument as SetRoadmapVisibilityMutation,
  DeleteAccountDocument as DeleteAccountMutation,
} from "./own-roadmap-operations.generated";
